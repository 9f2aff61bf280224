import { randomUUID } from 'node:crypto';
import type { Role } from '../../api/src/access/roles';
import type { TestApp } from '../support/test-app';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { Region } from '../../api/src/organisations/region.entity';
import { PasswordHasher } from '../../api/src/users/password-hasher';
import { UserAccount } from '../../api/src/users/user-account.entity';

export const TEST_PASSWORD = 'test password 123';

let sequence = 0;
const hasher = new PasswordHasher();
// argon2id is slow on purpose; tests reuse one hash per password.
const hashes = new Map<string, Promise<string>>();

export interface UserOverrides {
  email?: string;
  password?: string;
  regions?: string[];
  meetingPlaces?: Pick<MeetingPlace, 'id'>[];
  mustChangePassword?: boolean;
  active?: boolean;
}

/**
 * An active account with TEST_PASSWORD and no forced password change, unless told otherwise;
 * made a second ago by the app's clock, so sessions begun after it are valid.
 */
export async function createUser(t: Pick<TestApp, 'dataSource' | 'clock'>, role: Role, overrides: UserOverrides = {}): Promise<UserAccount & { password: string }> {
  sequence += 1;
  const password = overrides.password ?? TEST_PASSWORD;
  if (!hashes.has(password)) hashes.set(password, hasher.hash(password));
  const now = new Date(t.clock.now().getTime() - 1000);
  const account = await t.dataSource.getRepository(UserAccount).save({
    id: randomUUID(),
    email: overrides.email ?? `${role}-${sequence}-${randomUUID().slice(0, 8)}@test.kohtaamo.example`,
    passwordHash: await hashes.get(password)!,
    role,
    mustChangePassword: overrides.mustChangePassword ?? false,
    active: overrides.active ?? true,
    failedLoginCount: 0,
    lockedUntil: null,
    passwordChangedAt: now,
    createdAt: now,
    lastLoginAt: null,
    regions: (overrides.regions ?? []).map((code) => ({ code }) as Region),
    meetingPlaces: (overrides.meetingPlaces ?? []) as MeetingPlace[],
  });
  return { ...account, password };
}
