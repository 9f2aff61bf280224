import type { Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  focusOutline,
  useBrowserSuite,
  newPhoneContext,
  tabTo,
  
} from '../support/browser';
import {
  choose,
  eventually,
  expectRightToLeftPage,
  expectRightToLeftSurvey,
  nextSubmission,
  optionBoxes,
  outbox,
  question,
  submissionOf,
  tabToElement,
  tamperFirstSubmission,
} from './support/respondent';
import { storedResponses } from './support/stored-responses';

// A family answers on a phone: in Finnish, in Arabic (right to left), with a keyboard only,
// and the server's own validation reaches the question it concerns.

jest.setTimeout(90_000);

const suite = useBrowserSuite();
let page: Page;

async function openPhone(locale: string): Promise<void> {
  ({ page } = await suite.open(newPhoneContext(suite.browser, { locale })));
}


test('a family answers the visitor survey in Finnish and the response is stored', async () => {
  await openPhone('fi-FI');
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Koivukylä/);
  await expectNoSeriousAxeViolations(page, 'place page (fi)');

  await page.getByRole('link', { name: 'Perheiden kävijäkysely', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Perheiden kävijäkysely' }).waitFor();
  expect(page.url()).toBe(`${suite.server.baseUrl}/s/koivukyla/visitor-survey?lang=fi`);

  // The privacy notice comes before any question.
  await expect(page.getByRole('heading', { name: 'Ennen kuin aloitat' }).isVisible()).resolves.toBe(true);
  await expect(page.locator('.privacy-points').textContent()).resolves.toContain('Kysely on nimetön.');
  await expect(page.getByRole('radio').count()).resolves.toBe(0);
  await expectNoSeriousAxeViolations(page, 'privacy notice (fi)');

  // The switcher is visible and changes the language of the page and the survey.
  await page.getByRole('button', { name: 'Kieli: Suomi' }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Visitor survey for families' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('link', { name: 'Suomi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Perheiden kävijäkysely' }).waitFor();

  await page.getByRole('button', { name: 'Aloita' }).click();
  await question(page, 'felt_welcome').waitFor();
  // Rating items are radios named by their label: what a screen reader announces.
  await expect(page.getByRole('radiogroup', { name: /Tunnen itseni tervetulleeksi/ }).count()).resolves.toBe(1);
  await expect(
    question(page, 'felt_welcome').getByRole('radio', { name: 'Täysin samaa mieltä' }).count(),
  ).resolves.toBe(1);
  await expectNoSeriousAxeViolations(page, 'visitor survey page 1 (fi)');

  // Page 1: the model's goals.
  await choose(page, 'felt_welcome', 'Täysin samaa mieltä');
  await choose(page, 'peer_support', 'Jokseenkin samaa mieltä');
  await choose(page, 'children_play', 'Täysin samaa mieltä');
  await page.getByRole('button', { name: 'Seuraava' }).click();

  // Later pages: answer loneliness, skip the rest (nothing is required).
  for (let i = 0; i < 6; i += 1) {
    if (await question(page, 'loneliness').isVisible()) {
      await choose(page, 'loneliness', 'Harvoin');
    }
    if (await question(page, 'feedback_free_text').isVisible()) {
      await question(page, 'feedback_free_text').locator('textarea').fill('Mukava paikka, kiitos!');
    }
    const complete = page.getByRole('button', { name: 'Valmis' });
    if (await complete.isVisible()) break;
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  await expectNoSeriousAxeViolations(page, 'visitor survey last page (fi)');

  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'Valmis' }).click();
  const submission = submissionOf(await sent);

  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  await expect(page.locator('[data-delivery]').textContent()).resolves.toBe('Vastauksesi on lähetetty.');
  await expectNoSeriousAxeViolations(page, 'thank-you page (fi)');

  expect(submission.clientResponseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const [stored, ...more] = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(more).toEqual([]);
  expect(stored).toMatchObject({
    surveyKey: 'visitor-survey',
    surveyVersion: 3,
    meetingPlaceSlug: 'koivukyla',
    locale: 'fi',
  });
  expect(stored.answers).toMatchObject({
    felt_welcome: 5,
    peer_support: 4,
    children_play: 5,
    feedback_free_text: 'Mukava paikka, kiitos!',
  });
  expect(stored.answers.loneliness).toBe(2);

  // Nothing lets the next person on this device see these answers.
  await expect(outbox(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Uusi vastaus' }).click();
  await page.getByRole('button', { name: 'Aloita' }).click();
  await question(page, 'felt_welcome').waitFor();
  await expect(page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Aloita' }).click();
  await expect(page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
});

test('a family answers in Arabic: the page and the survey are right to left, the locale is stored', async () => {
  // The browser's language picks Arabic without the family touching the switcher.
  await openPhone('ar');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('heading', { level: 1, name: 'رأيك السريع' }).waitFor();
  await expectRightToLeftPage(page, 'ar');
  await expect(page.getByRole('button', { name: 'اللغة: العربية' }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('heading', { name: 'قبل أن تبدأ' }).isVisible()).resolves.toBe(true);
  await expectNoSeriousAxeViolations(page, 'privacy notice (ar)');

  await page.getByRole('button', { name: 'ابدأ' }).click();
  await question(page, 'mood').waitFor();
  await expectRightToLeftSurvey(page);
  // Right to left for real: where the faces stand in a row (a tablet), the first sits to the
  // right of the second (on this phone they are a column, read top to bottom).
  await page.setViewportSize({ width: 1024, height: 768 });
  const [first, second] = await eventually(() => optionBoxes(page, 'mood'), ([a, b]) => a.top === b.top, 10_000);
  expect(first.top).toBe(second.top);
  expect(first.left).toBeGreaterThan(second.left);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousAxeViolations(page, 'instant feedback question (ar)');

  // The form advances by itself after each single choice on this instrument.
  await choose(page, 'mood', '😀 جميل');
  await question(page, 'respondent').waitFor();
  await choose(page, 'respondent', '🧑 أحد الوالدين أو شخص بالغ آخر');
  await question(page, 'reason').waitFor();
  const firstReason = question(page, 'reason').getByRole('checkbox').first();
  await firstReason.locator('xpath=ancestor::label[1]').click();

  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'إرسال البيانات' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'شكرًا على إجاباتك!' }).waitFor();
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  await expectNoSeriousAxeViolations(page, 'thank-you page (ar)');

  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ surveyKey: 'instant-feedback', locale: 'ar', meetingPlaceSlug: 'koivukyla' });
  expect(stored[0].answers).toMatchObject({ mood: 3, respondent: 'parent' });
  expect(Array.isArray(stored[0].answers.reason)).toBe(true);
});

test('a version in the URL pins that version of the survey', async () => {
  await openPhone('en-GB');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/visitor-survey/v/1`);
  await page.getByRole('button', { name: 'Start' }).click();
  await choose(page, 'felt_welcome', 'Somewhat agree');
  while (!(await page.getByRole('button', { name: 'Complete' }).isVisible())) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  // would_recommend is new in version 2: version 1 never asks it.
  await expect(question(page, 'would_recommend').count()).resolves.toBe(0);
  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'Complete' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'Thank you for your answers!' }).waitFor();

  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored.map((s) => [s.surveyVersion, s.locale, s.answers])).toEqual([[1, 'en', { felt_welcome: 4 }]]);
});

test('keyboard only: start, answer and send with visible focus', async () => {
  await openPhone('fi-FI');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).waitFor();

  await tabTo(page, 'button.button--primary');
  await expect(focusOutline(page)).resolves.toMatch(/^solid 3px/);
  await page.keyboard.press('Enter');

  await question(page, 'mood').waitFor();
  await tabTo(page, 'input[type=radio]');
  await expect(focusOutline(page, 'label')).resolves.toMatch(/^solid 3px/);
  // Arrow keys move within the radio group and choose. Unlike a tap, a key press does not
  // advance the page by itself (WCAG 3.2.2): the family moves on with the Next button.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await tabToElement(page, page.getByRole('button', { name: 'Seuraava' }));
  await expect(focusOutline(page)).resolves.toMatch(/^solid 3px/);
  await page.keyboard.press('Enter');
  await question(page, 'respondent').waitFor();

  await tabTo(page, 'input[type=radio]');
  await page.keyboard.press('Space');
  await tabToElement(page, page.getByRole('button', { name: 'Seuraava' }));
  await page.keyboard.press('Enter');
  await question(page, 'reason').waitFor();

  await tabTo(page, 'input[type=checkbox]');
  await page.keyboard.press('Space');
  const sent = nextSubmission(page);
  await tabToElement(page, page.getByRole('button', { name: 'Valmis' }));
  await expect(focusOutline(page)).resolves.toMatch(/^solid 3px/);
  await page.keyboard.press('Enter');
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();

  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored).toHaveLength(1);
  expect(stored[0].answers).toMatchObject({ mood: 3, respondent: 'child' });
});

test('a server validation error is shown at the question it concerns, and nothing is stored', async () => {
  await openPhone('fi-FI');
  await tamperFirstSubmission(page);
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await choose(page, 'mood', '😐 Ihan ok');
  await question(page, 'respondent').waitFor();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await question(page, 'reason').waitFor();

  const refused = page.waitForResponse((r) => r.url().endsWith('/api/responses'));
  const first = nextSubmission(page);
  await page.getByRole('button', { name: 'Valmis' }).click();
  const clientResponseId = submissionOf(await first).clientResponseId;
  expect((await refused).status()).toBe(400);

  await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
    'Tarkista merkityt vastaukset',
  );
  // The form went back to the mood question and marks it.
  await question(page, 'mood').waitFor();
  // The server's code (not-a-choice), said in Finnish.
  await expect(question(page, 'mood').textContent()).resolves.toContain('Valitse jokin vaihtoehdoista.');
  await expect(page.getByRole('heading', { name: 'Kiitos vastauksistasi!' }).count()).resolves.toBe(0);
  await expect(storedResponses(suite.server.databasePath, clientResponseId)).resolves.toEqual([]);
  await expectNoSeriousAxeViolations(page, 'server validation error (fi)');

  // Sent again unchanged, it is accepted.
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  const stored = await eventually(
    () => storedResponses(suite.server.databasePath, clientResponseId),
    (rows) => rows.length > 0,
  );
  expect(stored.map((s) => s.answers.mood)).toEqual([2]);
});

test('a definition outside the plain subset is shown by survey-core and answered end to end', async () => {
  // Service workers blocked: the route below must see the page's own request for the definition.
  ({ page } = await suite.open(newPhoneContext(suite.browser, { locale: 'fi-FI', serviceWorkers: 'block' })));
  // The same published version, but its last question shown only once "who answers" has an
  // answer: a rule that only survey-core runs, so the page falls back to it.
  await page.route('**/api/surveys/instant-feedback/versions/current', async (route) => {
    const response = await route.fetch();
    const version = (await response.json()) as { definition: { pages: Array<{ elements: Array<Record<string, unknown>> }> } };
    version.definition.pages[2].elements[0].visibleIf = '{respondent} notempty';
    await route.fulfill({ response, json: version });
  });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });

  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await question(page, 'mood').waitFor();
  expect(scripts.filter((p) => /\/(survey-setup|survey-react-ui|survey-runner)-/.test(p))).toHaveLength(3);
  // The required mood, skipped: survey-core says so at the question, in Finnish.
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(question(page, 'mood').textContent()).resolves.toContain('Vastaa kysymykseen, kiitos.');
  await expectNoSeriousAxeViolations(page, 'survey-core fallback, mood (fi)');

  await choose(page, 'mood', '😀 Kiva');
  await question(page, 'respondent').waitFor();
  await choose(page, 'respondent', '🧑 Vanhempi tai muu aikuinen');
  await question(page, 'reason').waitFor();
  await question(page, 'reason').getByRole('checkbox').first().locator('xpath=ancestor::label[1]').click();
  await expectNoSeriousAxeViolations(page, 'survey-core fallback, reason (fi)');

  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'Valmis' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  await expect(page.locator('[data-delivery]').textContent()).resolves.toBe('Vastauksesi on lähetetty.');
  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ surveyKey: 'instant-feedback', locale: 'fi', meetingPlaceSlug: 'koivukyla' });
  expect(stored[0].answers).toMatchObject({ mood: 3, respondent: 'parent' });
  expect(stored[0].answers.reason).toHaveLength(1);
});

test('when the language’s few survey texts cannot be fetched, the page still has its buttons, in English', async () => {
  // Service workers blocked, so the route below sees the chunk's request (and nothing cached it).
  ({ page } = await suite.open(newPhoneContext(suite.browser, { locale: 'fi-FI', serviceWorkers: 'block' })));
  let refused = 0;
  await page.route(/\/assets\/_?plain-survey-strings-fi-[^/]*\.js$/, (route) => {
    refused++;
    return route.abort('internetdisconnected');
  });

  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await question(page, 'mood').waitFor();
  await page.getByRole('button', { name: 'Next' }).waitFor();
  expect(refused).toBeGreaterThan(0);
  // The survey itself stays in Finnish; only survey-core's words fall back.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(question(page, 'mood').textContent()).resolves.toContain('Response required.');

  await choose(page, 'mood', '😀 Kiva');
  await question(page, 'respondent').waitFor();
  await choose(page, 'respondent', '🧑 Vanhempi tai muu aikuinen');
  await question(page, 'reason').waitFor();
  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'Valmis' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored[0]).toMatchObject({ locale: 'fi', answers: { mood: 3, respondent: 'parent' } });
});
