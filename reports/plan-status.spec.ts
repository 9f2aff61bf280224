import { activityStates, countStatuses, helsinkiMonthOf, openStatus, PlanActivity, shiftMonth } from './plan-status';

describe('plan activity statuses', () => {
  // 2027-03-15 noon in Helsinki.
  const midMarch = new Date('2027-03-15T10:00:00Z');

  it('reads the month in Helsinki time at the boundaries (EET in winter, EEST in summer)', () => {
    expect(helsinkiMonthOf(new Date('2027-02-28T21:59:59Z'))).toBe('2027-02'); // 23:59:59 EET
    expect(helsinkiMonthOf(new Date('2027-02-28T22:00:00Z'))).toBe('2027-03'); // 00:00 on 1 March in Helsinki
    expect(helsinkiMonthOf(new Date('2027-06-30T20:59:59Z'))).toBe('2027-06'); // 23:59:59 EEST
    expect(helsinkiMonthOf(new Date('2027-06-30T21:00:00Z'))).toBe('2027-07');
    expect(helsinkiMonthOf(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01'); // new year in Helsinki first
  });

  it('is upcoming before its month, due in it and overdue after it', () => {
    expect(openStatus('2027-04', '2027-03')).toBe('upcoming');
    expect(openStatus('2027-03', '2027-03')).toBe('due');
    expect(openStatus('2027-02', '2027-03')).toBe('overdue');
    expect(openStatus('2026-12', '2027-01')).toBe('overdue');
  });

  it('turns overdue at midnight Helsinki time on the first of the next month, not at midnight UTC', () => {
    const plan: PlanActivity[] = [{ kind: 'visitor-survey', due: '2027-02' }];
    expect(activityStates(2027, plan, [], new Date('2027-02-28T21:59:00Z'))[0].status).toBe('due');
    expect(activityStates(2027, plan, [], new Date('2027-02-28T22:01:00Z'))[0].status).toBe('overdue');
  });

  it('is done when evidence of its kind from the plan’s year lies in or before its month', () => {
    const plan: PlanActivity[] = [
      { kind: 'visitor-survey', due: '2027-03' },
      { kind: 'stakeholder-survey', due: '2027-02' },
      { kind: 'co-development-day', due: '2027-05' },
    ];
    const states = activityStates(
      2027,
      plan,
      [
        { kind: 'visitor-survey', on: '2027-03-31' },
        { kind: 'co-development-day', on: '2027-01-20' },
        // Last year's stakeholder round does not count for this year's plan.
        { kind: 'stakeholder-survey', on: '2026-12-15' },
      ],
      midMarch,
    );
    expect(states).toEqual([
      { status: 'done', completedOn: '2027-03-31', late: false },
      { status: 'overdue', completedOn: null, late: false },
      { status: 'done', completedOn: '2027-01-20', late: false },
    ]);
  });

  it('lets each piece of evidence complete one activity only, earliest month first', () => {
    const plan: PlanActivity[] = [
      { kind: 'huomaa-minut', due: '2027-10' },
      { kind: 'huomaa-minut', due: '2027-04' },
    ];
    const states = activityStates(2027, plan, [{ kind: 'huomaa-minut', on: '2027-04-28' }], new Date('2027-05-02T09:00:00Z'));
    expect(states).toEqual([
      { status: 'upcoming', completedOn: null, late: false },
      { status: 'done', completedOn: '2027-04-28', late: false },
    ]);
  });

  it('counts evidence after the month as done late, once the on-time matches are made', () => {
    const plan: PlanActivity[] = [
      { kind: 'huomaa-minut', due: '2027-04' },
      { kind: 'huomaa-minut', due: '2027-10' },
    ];
    // One round in May: the October activity is done on time by it; April's stays overdue.
    const oneRound = activityStates(2027, plan, [{ kind: 'huomaa-minut', on: '2027-05-10' }], new Date('2027-06-01T09:00:00Z'));
    expect(oneRound.map((s) => s.status)).toEqual(['overdue', 'done']);
    // A second round later in the year completes April's, late.
    const twoRounds = activityStates(
      2027,
      plan,
      [
        { kind: 'huomaa-minut', on: '2027-05-10' },
        { kind: 'huomaa-minut', on: '2027-11-10' },
      ],
      new Date('2027-12-01T09:00:00Z'),
    );
    expect(twoRounds).toEqual([
      { status: 'done', completedOn: '2027-11-10', late: true },
      { status: 'done', completedOn: '2027-05-10', late: false },
    ]);
  });

  it('counts statuses and shifts months by years', () => {
    expect(countStatuses([{ status: 'done' }, { status: 'due' }, { status: 'done' }])).toEqual({ upcoming: 0, due: 1, done: 2, overdue: 0 });
    expect(shiftMonth('2026-03', 1)).toBe('2027-03');
    expect(() => shiftMonth('2026-13', 1)).toThrow(RangeError);
  });
});
