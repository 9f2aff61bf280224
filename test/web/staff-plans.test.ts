import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { DEMO, getFromPage, logInAt, newDesktopContext } from './support/staff';

// Issue #21 part A in the staff pages (the server's clock and the browser's at 10 December
// 2026): the region analyst makes Myyrmäki's 2026 plan with a target, records a co-development
// day with an agreed action, and sees the statuses and the target on the place's dashboard;
// Koivukylä's coordinator finds what is overdue on the staff home page.

jest.setTimeout(360_000);

const suite = useBrowserSuite();

async function openAs(account: { email: string; password: string }, path: string): Promise<Page> {
  const { page } = await suite.open(newDesktopContext(suite.browser));
  await logInAt(page, `${suite.server.baseUrl}${path}`, account);
  return page;
}

test('a plan with a target, a co-development day with an action, the statuses and the target on the dashboard, reminders at home', async () => {
  const analyst = await openAs(DEMO.analyst, '/staff/plans?place=myyrmaki&year=2026');
  await analyst.getByRole('heading', { level: 1, name: 'Evaluation plan' }).waitFor();
  await analyst.getByRole('heading', { name: /^Evaluation plan 2026: Myyrm/ }).waitFor();
  await analyst.getByText('No plan has been saved for this year yet.').waitFor();

  // Two activities and one target; shares are typed in per cent.
  await analyst.getByRole('button', { name: 'Add an activity' }).click();
  await analyst.getByLabel('Activity 1', { exact: true }).selectOption('visitor-survey');
  await analyst.getByLabel('Month of activity 1', { exact: true }).fill('2026-11');
  await analyst.getByRole('button', { name: 'Add an activity' }).click();
  await analyst.getByLabel('Activity 2', { exact: true }).selectOption('co-development-day');
  await analyst.getByLabel('Month of activity 2', { exact: true }).fill('2026-12');
  await analyst.getByRole('button', { name: 'Add a target' }).click();
  await analyst.getByLabel('Indicator of target 1', { exact: true }).selectOption('felt-welcome');
  // Out of range first: the form says so by the field and sends nothing.
  await analyst.getByLabel('Target 1', { exact: true }).fill('150');
  await analyst.getByRole('button', { name: 'Save the plan' }).click();
  await analyst.getByText('Between 0 and 100.').waitFor();
  await analyst.getByLabel('Target 1', { exact: true }).fill('50');
  await analyst.getByRole('button', { name: 'Save the plan' }).click();
  await analyst.getByRole('status').filter({ hasText: 'The plan has been saved.' }).waitFor();

  const activities = analyst.getByRole('table', { name: /planned activities 2026/ });
  // The demo's autumn visitor round closed with answers at the end of November.
  await activities.getByRole('row', { name: /Visitor survey/ }).filter({ hasText: 'done 30/11/2026' }).waitFor();
  await activities.getByRole('row', { name: /Co-development day/ }).filter({ hasText: 'due this month' }).waitFor();
  const saved = await getFromPage<{ targets: { indicator: string; target: number }[] }>(analyst, '/api/meeting-places/myyrmaki/plans/2026');
  expect(saved.body.targets.map((t) => [t.indicator, t.target])).toEqual([['felt-welcome', 0.5]]);
  await expectNoSeriousAxeViolations(analyst, 'plan page with its editor');

  // A co-development day with an agreed action.
  await analyst.getByLabel('Date', { exact: true }).fill('2026-12-08');
  await analyst.getByLabel('Families', { exact: true }).fill('10');
  await analyst.getByLabel('Children', { exact: true }).fill('7');
  await analyst.getByLabel('Staff', { exact: true }).fill('3');
  await analyst.getByLabel('Partners', { exact: true }).fill('2');
  await analyst.getByLabel('Themes', { exact: true }).fill('Aukioloajat\nIsien osallistuminen');
  await analyst.getByLabel('Outcomes', { exact: true }).fill('Isille oma ilta kerran kuussa.');
  await analyst.getByRole('button', { name: 'Add an action' }).click();
  await analyst.getByLabel('Action 1', { exact: true }).fill('Isien ilta kerran kuussa');
  await analyst.getByLabel('Organisation responsible for action 1', { exact: true }).fill('Moniperheet ry');
  await analyst.getByLabel('Due date of action 1', { exact: true }).fill('2027-03-31');
  await analyst.getByRole('button', { name: 'Record the day' }).click();
  await analyst.getByRole('status').filter({ hasText: 'has been recorded' }).waitFor();
  const days = analyst.getByRole('table', { name: /co-development days 2026/ });
  await days.getByRole('row', { name: /08\/12\/2026/ }).filter({ hasText: 'Isien ilta kerran kuussa (Moniperheet ry, 31/03/2027)' }).waitFor();
  await expect(days.getByRole('row', { name: /08\/12\/2026/ }).textContent()).resolves.toMatch(/10 families, 7 children, 3 staff, 2 partners.*Aukioloajat, Isien osallistuminen/);
  // The day completes the plan's December activity.
  await activities.getByRole('row', { name: /Co-development day/ }).filter({ hasText: 'done 08/12/2026' }).waitFor();
  const actions = await getFromPage<{ actions: { title: string; source: { kind: string } }[] }>(analyst, '/api/meeting-places/myyrmaki/actions');
  expect(actions.body.actions.filter((a) => a.source.kind === 'co-development').map((a) => a.title)).toEqual(['Isien ilta kerran kuussa']);
  await expectNoSeriousAxeViolations(analyst, 'plan page with a recorded day');

  // The place's dashboard for 2026: the plan's statuses, and the target beside the figure, which
  // is not released before the year has ended: no figure, no decision.
  await analyst.goto(`${suite.server.baseUrl}/staff/dashboards/place/myyrmaki?period=2026`);
  await analyst.getByRole('heading', { name: 'Evaluation plan 2026' }).waitFor();
  const targets2026 = analyst.getByRole('table', { name: /targets 2026 and the released figures/ });
  await expect(targets2026.getByRole('row', { name: /Feeling welcome/ }).textContent()).resolves.toMatch(/–50\.0%no figure$/);
  await analyst.getByText('2 done, 0 due this month, 0 overdue, 0 upcoming.').waitFor();
  await expect(analyst.getByRole('table', { name: /planned activities 2026/ }).getByRole('row').count()).resolves.toBe(3);
  await expectNoSeriousAxeViolations(analyst, 'place dashboard with the plan of the year');

  // Targets for 2025, whose figures are released: met and not met, by the indicator's direction.
  await analyst.goto(`${suite.server.baseUrl}/staff/plans?place=myyrmaki&year=2025`);
  await analyst.getByRole('heading', { name: /^Evaluation plan 2025: Myyrm/ }).waitFor();
  await analyst.getByRole('button', { name: 'Add a target' }).click();
  await analyst.getByLabel('Indicator of target 1', { exact: true }).selectOption('felt-welcome');
  await analyst.getByLabel('Target 1', { exact: true }).fill('40');
  await analyst.getByRole('button', { name: 'Add a target' }).click();
  await analyst.getByLabel('Indicator of target 2', { exact: true }).selectOption('loneliness');
  await analyst.getByLabel('Target 2', { exact: true }).fill('10');
  await analyst.getByRole('button', { name: 'Save the plan' }).click();
  await analyst.getByRole('status').filter({ hasText: 'The plan has been saved.' }).waitFor();
  await analyst.goto(`${suite.server.baseUrl}/staff/dashboards/place/myyrmaki`);
  await analyst.getByRole('heading', { name: 'Evaluation plan 2025' }).waitFor();
  const targets = analyst.getByRole('table', { name: /targets 2025 and the released figures/ });
  // Released 61.9 % (49.6–72.9 %): the whole interval is above 40 %.
  await expect(targets.getByRole('row', { name: /Feeling welcome/ }).textContent()).resolves.toMatch(/61\.9%.*49\.6–72\.9%.*40\.0%met$/);
  // Loneliness, lower is better: 23.8 % (15.0–35.6 %) lies above the 10 % aimed for.
  await expect(targets.getByRole('row', { name: /Loneliness/ }).textContent()).resolves.toMatch(/lower is better.*23\.8%.*15\.0–35\.6%.*10\.0%not met$/);
  await expectNoSeriousAxeViolations(analyst, 'place dashboard with targets assessed');
  await analyst.getByRole('link', { name: 'Open the evaluation plan' }).click();
  await analyst.getByRole('heading', { name: /^Evaluation plan 2025: Myyrm/ }).waitFor();

  // Koivukylä's coordinator: the staff home page lists what is overdue in its demo plan.
  const coordinator = await openAs(DEMO.coordinator, '/staff');
  const reminders = coordinator.getByRole('table', { name: 'Activities of the evaluation plans due this month or overdue' });
  await reminders.getByRole('row', { name: /Koivukyl/ }).first().waitFor();
  const rows = await reminders.getByRole('row').allTextContents();
  // Overdue: this year's self-evaluation and stakeholder survey (the demo has no stakeholder
  // round), and last year's stakeholder survey, which never happened either.
  expect(rows.slice(1).map((row) => row.replace(/^Koivukylä open meeting place for families/, ''))).toEqual([
    'Stakeholder surveyOctober 2025overdue',
    'Self-evaluationOctober 2026overdue',
    'Stakeholder surveyOctober 2026overdue',
  ]);
  await expectNoSeriousAxeViolations(coordinator, 'staff home page with reminders');

  // The plan page in Swedish: Koivukylä's demo plan with its statuses in words.
  await coordinator.goto(`${suite.server.baseUrl}/staff/plans?lang=sv`);
  await coordinator.getByRole('heading', { level: 1, name: 'Utvärderingsplan' }).waitFor();
  const planSv = coordinator.getByRole('table', { name: /planerade aktiviteter 2026/ });
  await planSv.getByRole('row', { name: /Självutvärdering/ }).filter({ hasText: 'försenad' }).waitFor();
  await planSv.getByRole('row', { name: /Besöksenkät/ }).filter({ hasText: 'klar' }).waitFor();
  await expectNoSeriousAxeViolations(coordinator, 'sv /staff/plans (coordinator)');
});
