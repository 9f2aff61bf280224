import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { CRITERIA } from '../factories/evaluation.factory';
import { choose, question } from './support/respondent';
import { DEMO, getFromPage, logInAt, newDesktopContext } from './support/staff';

// The evaluation cycle (issue #20) in the staff pages: Koivukylä's team evaluates itself, the
// region analyst assigns a peer evaluation to Hakunila, whose coordinator fills it in; the
// comparison shows the gaps, an action is added from a criterion and shows as due.

jest.setTimeout(360_000);

const suite = useBrowserSuite();
const SCALE = ['1 Not yet started', '2 Getting started', '3 Established', '4 Exemplary, developing further'];

async function openAs(account: { email: string; password: string }): Promise<Page> {
  const { page } = await suite.open(newDesktopContext(suite.browser));
  await logInAt(page, `${suite.server.baseUrl}/staff/evaluations`, account);
  await page.getByRole('heading', { level: 1, name: 'Self- and peer evaluation' }).waitFor();
  return page;
}

/**
 * Rates every criterion not yet rated (`score`, or an override) in survey-core's form, writes
 * both summaries and submits. (Tapping a chosen rating again clears it, as survey-core does.)
 */
async function fillAndSubmit(page: Page, score: number, overrides: Record<string, number>, team: string, rated: string[] = []): Promise<void> {
  for (const name of CRITERIA.filter((c) => !rated.includes(c))) await choose(page, name, SCALE[(overrides[name] ?? score) - 1]);
  await question(page, 'strengths').locator('textarea').fill(`Vahvuudet (${team})`);
  await question(page, 'development_targets').locator('textarea').fill(`Kehittämiskohteet (${team})`);
  await page.getByRole('button', { name: 'Submit' }).click();
  const submitted = page.getByRole('status').filter({ hasText: 'The evaluation has been submitted.' });
  await submitted.or(page.getByRole('alert')).first().waitFor();
  // A refusal says why (an answer missing or invalid) instead of a timeout.
  expect(await page.getByRole('alert').allTextContents()).toEqual([]);
}

test('self-evaluation, a peer evaluation by another place’s coordinator, the comparison, and an action from a criterion shown as due', async () => {
  // Koivukylä's coordinator starts the self-evaluation, saves a draft, then submits it.
  const coordinator = await openAs(DEMO.coordinator);
  await coordinator.getByRole('heading', { name: /^Evaluations 2026: Koivukyl/ }).waitFor();
  await coordinator.getByRole('button', { name: 'Start the self-evaluation' }).click();
  await coordinator.getByRole('heading', { name: /^Self-evaluation: Koivukyl/ }).waitFor();
  await expectNoSeriousAxeViolations(coordinator, 'evaluation form');
  await choose(coordinator, 'crit_activity_encounter', SCALE[3]);
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  await coordinator.getByRole('status').filter({ hasText: 'The draft has been saved.' }).waitFor();
  await fillAndSubmit(coordinator, 3, { crit_access_languages: 1 }, 'Koivukylä', ['crit_activity_encounter']);

  // The region analyst assigns the peer evaluation to Hakunila's team.
  const analyst = await openAs(DEMO.analyst);
  await analyst.getByLabel('Meeting place', { exact: true }).selectOption('koivukyla');
  await analyst.getByRole('heading', { name: /^Evaluations 2026: Koivukyl/ }).waitFor();
  await analyst.getByLabel('Evaluating place', { exact: true }).selectOption('hakunila');
  await analyst.getByRole('button', { name: 'Assign' }).click();
  await analyst.getByRole('status').filter({ hasText: /The peer evaluation is assigned to Hakunila/ }).waitFor();
  await analyst.getByRole('heading', { name: 'Regional view' }).waitFor();
  await expectNoSeriousAxeViolations(analyst, 'evaluations page with the regional view');

  // Hakunila's coordinator sees its assignment (and nothing of Koivukylä's own evaluation) and fills it in.
  const peer = await openAs(DEMO.hakunila);
  const assignment = peer.getByRole('button', { name: /^Fill in: Peer evaluation of Koivukyl/ });
  await assignment.click();
  await peer.getByRole('heading', { name: /^Peer evaluation: Koivukyl/ }).waitFor();
  await fillAndSubmit(peer, 2, { crit_access_languages: 3 }, 'Hakunila');
  const ownSelf = await getFromPage<unknown[]>(peer, '/api/meeting-places/koivukyla/evaluations/2026/comparison');
  expect(ownSelf.status).toBe(403);

  // The comparison: the largest gaps marked, the teams' texts for the report.
  await coordinator.reload();
  const criteria = coordinator.getByRole('table', { name: /self and peer scores per criterion/ });
  const encounter = criteria.getByRole('row', { name: /Every visitor is met with respect/ });
  await encounter.filter({ hasText: '+2' }).waitFor();
  await expect(encounter.textContent()).resolves.toMatch(/4.*2.*2.*\+2.*largest gap/);
  await expect(criteria.getByRole('row', { name: /different languages/ }).textContent()).resolves.toMatch(/1.*3.*3.*-2.*largest gap/);
  await coordinator.getByRole('heading', { name: 'Self-evaluation (koivukyla)' }).waitFor();
  await coordinator.getByText('Vahvuudet (Hakunila)').waitFor();
  await expectNoSeriousAxeViolations(coordinator, 'comparison');

  // An action straight from a criterion; it shows in the plan with its due date, with the follow-ups.
  await encounter.getByRole('button', { name: /^Add an action for: Every visitor/ }).click();
  await expect(coordinator.getByLabel('Criterion (optional)', { exact: true }).inputValue()).resolves.toBe('crit_activity_encounter');
  await coordinator.getByLabel('Action', { exact: true }).fill('Tervetuloa-kierros uusille perheille');
  await coordinator.getByLabel('Responsible organisation', { exact: true }).fill('MLL Uusimaa');
  await coordinator.getByLabel('Due date', { exact: true }).fill('2027-01-15');
  await coordinator.getByRole('button', { name: 'Add to the plan' }).click();
  await coordinator.getByRole('status').filter({ hasText: 'is in the development plan' }).waitFor();
  const plan = coordinator.getByRole('table', { name: /development actions/ });
  await plan.getByRole('row', { name: /Tervetuloa-kierros/ }).filter({ hasText: 'planned' }).waitFor();
  await expect(plan.getByRole('row', { name: /Tervetuloa-kierros/ }).textContent()).resolves.toMatch(/Every visitor is met with respect.*MLL Uusimaa/);
  await coordinator.getByText(/6-month follow-up of the 2026 evaluation: due/).waitFor();
  await expectNoSeriousAxeViolations(coordinator, 'development plan');

  // The steering group reads the plan but has no form to change it.
  const steering = await openAs(DEMO.steering);
  await steering.getByRole('table', { name: /development actions/ }).getByRole('row', { name: /Tervetuloa-kierros/ }).waitFor();
  await expect(steering.getByRole('button', { name: 'Add to the plan' }).count()).resolves.toBe(0);

  // The place's dashboard shows what the plan has due, and links to the plan.
  await steering.goto(`${suite.server.baseUrl}/staff/dashboards/place/koivukyla`);
  const due = steering.getByRole('table', { name: /open development actions and follow-ups/ });
  await due.getByRole('row', { name: /Tervetuloa-kierros/ }).filter({ hasText: '15/01/2027' }).waitFor();
  await due.getByRole('row', { name: /6-month follow-up of the 2026 evaluation/ }).waitFor();
  await expectNoSeriousAxeViolations(steering, 'place dashboard with the plan’s due items');
  await steering.getByRole('link', { name: 'Open the development plan' }).click();
  await steering.getByRole('table', { name: /^Koivukylä.*: development actions$/ }).waitFor();
});
