import type { ActionStatus } from './development-action.entity';

/** Statuses of an action still to be done: only these can be overdue. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['planned', 'in-progress'];

/** Open, and its due date (YYYY-MM-DD) is before `today` (a Helsinki date). */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, today: string): boolean {
  return OPEN_STATUSES.includes(action.status) && action.dueDate < today;
}

/**
 * The status an action had at an instant: the status of its last follow-up note made before
 * it. Every action starts planned, and each follow-up records the status it moved to, so the
 * history tells what the plan looked like at any year's end.
 */
export function statusAt(history: readonly { notedAt: string; status: ActionStatus }[], instant: Date): ActionStatus {
  const before = instant.toISOString();
  let status: ActionStatus = 'planned';
  for (const note of history) if (note.notedAt < before) status = note.status;
  return status;
}
