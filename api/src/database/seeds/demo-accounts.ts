import type { AccountSeed } from '../../users/users.service';

/**
 * One demo account per role, scoped to the demo network (DEMO_DATA=true, new database only),
 * and a coordinator of a second place: the team that makes Koivukylä's peer evaluation.
 * The passwords are public, for local use: never run a shared server with demo data.
 */
export const DEMO_ACCOUNTS: readonly AccountSeed[] = [
  { email: 'admin@kohtaamo.example', password: 'demo-admin-2026', role: 'admin' },
  { email: 'analyst@kohtaamo.example', password: 'demo-analyst-2026', role: 'region-analyst', regions: ['04'] },
  { email: 'coordinator@kohtaamo.example', password: 'demo-coordinator-2026', role: 'coordinator', meetingPlaces: ['koivukyla'] },
  { email: 'hakunila@kohtaamo.example', password: 'demo-hakunila-2026', role: 'coordinator', meetingPlaces: ['hakunila'] },
  { email: 'steering@kohtaamo.example', password: 'demo-steering-2026', role: 'steering-group', meetingPlaces: ['koivukyla'] },
];
