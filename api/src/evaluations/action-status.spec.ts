import { isOverdue, statusAt } from './action-status';

describe('an action’s status over time', () => {
  const history = [
    { notedAt: '2025-03-01T08:00:00.000Z', status: 'in-progress' as const },
    { notedAt: '2025-12-31T21:59:59.999Z', status: 'done' as const },
    { notedAt: '2026-02-01T08:00:00.000Z', status: 'in-progress' as const },
  ];

  it('is planned before its first follow-up, then the status of the last note before the instant', () => {
    expect(statusAt(history, new Date('2025-01-01T00:00:00Z'))).toBe('planned');
    expect(statusAt(history, new Date('2025-03-01T08:00:00.001Z'))).toBe('in-progress');
    // Helsinki's new year 2026 is 2025-12-31T22:00Z: a note a millisecond before counts for 2025.
    expect(statusAt(history, new Date('2025-12-31T22:00:00Z'))).toBe('done');
    expect(statusAt(history, new Date('2026-06-01T00:00:00Z'))).toBe('in-progress');
    expect(statusAt([], new Date('2030-01-01T00:00:00Z'))).toBe('planned');
  });

  it('counts a note made exactly at the instant as after it', () => {
    expect(statusAt(history, new Date('2025-03-01T08:00:00.000Z'))).toBe('planned');
  });

  it('is overdue only while open and past its due date', () => {
    expect(isOverdue({ status: 'planned', dueDate: '2025-06-30' }, '2025-07-01')).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueDate: '2025-06-30' }, '2025-06-30')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2025-06-30' }, '2026-01-01')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2025-06-30' }, '2026-01-01')).toBe(false);
  });
});
