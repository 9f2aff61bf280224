import type { BrowserContext, Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  useBrowserSuite,
  newPhoneContext,
  scrollWidth,
  tabTo,
  
} from '../support/browser';
import { choose, expectRightToLeftPage, expectRightToLeftSurvey, nextSubmission, options, question, submissionOf, tamperFirstSubmission } from './support/respondent';
import { storedResponses } from './support/stored-responses';

// Families answer in the languages they speak: a Somali phone, a Persian phone (right to
// left), the language list by keyboard, a remembered choice, a kiosk that forgets, and a
// survey that lacks the chosen language.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

async function openPhone(locale: string): Promise<void> {
  ({ context, page } = await suite.open(newPhoneContext(suite.browser, { locale })));
}


/** Clicks Next until the survey's complete button shows, answering nothing more. */
async function skipToEnd(next: string, complete: string): Promise<void> {
  for (let i = 0; i < 6 && !(await page.getByRole('button', { name: complete }).isVisible()); i += 1) {
    await page.getByRole('button', { name: next }).click();
  }
}

test('a family whose phone speaks Somali answers the visitor survey in Somali at 360 px', async () => {
  await openPhone('so-SO');
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 2, name: 'Sahannada' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('so');
  await expect(page.getByRole('button', { name: 'Luqadda: Soomaali' }).isVisible()).resolves.toBe(true);
  await expectNoSeriousAxeViolations(page, 'place page (so)');

  await page.locator('a.survey-link[href*="/visitor-survey"]').click();
  await page.getByRole('heading', { level: 1, name: 'Sahan xog-ururinta qoysaska booqda' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Intaadan bilaabin' }).isVisible()).resolves.toBe(true);
  await expect(page.locator('.privacy-points').textContent()).resolves.toContain('Sahanku waa qarsoodi.');
  await expect(scrollWidth(page)).resolves.toBe(360);
  await expectNoSeriousAxeViolations(page, 'privacy notice (so)');

  await page.getByRole('button', { name: 'Bilow' }).click();
  await question(page, 'felt_welcome').waitFor();
  await expect(page.getByRole('radiogroup', { name: /Halkan waxaan dareemaa in la i soo dhaweeyay/ }).count()).resolves.toBe(1);
  await choose(page, 'felt_welcome', 'Gabi ahaanba waan ku raacsanahay');
  await choose(page, 'peer_support', 'Xoogaa waan ku raacsanahay');
  await expect(scrollWidth(page)).resolves.toBe(360);
  await expectNoSeriousAxeViolations(page, 'visitor survey page 1 (so)');

  await page.getByRole('button', { name: 'Xiga' }).click();
  await skipToEnd('Xiga', 'Dir');
  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'Dir' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'Waad ku mahadsan tahay jawaabahaaga!' }).waitFor();
  await expect(page.locator('[data-delivery]').textContent()).resolves.toBe('Jawaabahaaga waa la diray.');
  await expectNoSeriousAxeViolations(page, 'thank-you page (so)');

  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored.map((s) => [s.surveyKey, s.surveyVersion, s.locale, s.answers])).toEqual([
    ['visitor-survey', 3, 'so', { felt_welcome: 5, peer_support: 4 }],
  ]);

  // survey-core's own texts (buttons, "please answer") come from our Somali locale, which
  // survey-core does not ship: not Finnish, not English.
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Bilow' }).click();
  await question(page, 'mood').waitFor();
  await page.getByRole('button', { name: 'Xiga' }).click();
  await expect(question(page, 'mood').textContent()).resolves.toContain('Fadlan ka jawaab su’aashan.');
});

test('a family whose phone speaks Persian answers right to left', async () => {
  await openPhone('fa-IR');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/visitor-survey`);
  await page.getByRole('heading', { level: 1, name: 'نظرسنجی بازدیدکنندگان برای خانواده‌ها' }).waitFor();
  await expectRightToLeftPage(page, 'fa');
  await expect(page.getByRole('heading', { name: 'پیش از شروع' }).isVisible()).resolves.toBe(true);
  await expectNoSeriousAxeViolations(page, 'privacy notice (fa)');

  await page.getByRole('button', { name: 'شروع' }).click();
  await question(page, 'felt_welcome').waitFor();
  await expectRightToLeftSurvey(page);
  // On a phone the scale is a column read top to bottom; its text runs right to left. (Where a
  // scale stands in a row, respond.test.ts checks the order of the faces in Arabic.)
  await expect(
    options(page, 'felt_welcome').first().evaluate((option) => getComputedStyle(option).direction),
  ).resolves.toBe('rtl');
  // Text in the Arabic script gets the Arabic-script font stack and taller lines.
  await expect(
    page.evaluate<string>(`getComputedStyle(document.querySelector('.site-main')).fontFamily`),
  ).resolves.toMatch(/^"Noto Naskh Arabic"/);
  await expect(scrollWidth(page)).resolves.toBe(360);
  await expectNoSeriousAxeViolations(page, 'visitor survey page 1 (fa)');

  await choose(page, 'felt_welcome', 'کاملاً موافقم');
  await page.getByRole('button', { name: 'بعدی' }).click();
  await question(page, 'parenting_resources').waitFor();
  await skipToEnd('بعدی', 'تکمیل');
  await question(page, 'feedback_free_text').locator('textarea').fill('ممنون از همه');
  const sent = nextSubmission(page);
  await page.getByRole('button', { name: 'تکمیل' }).click();
  const submission = submissionOf(await sent);
  await page.getByRole('heading', { level: 1, name: 'از پاسخ‌هایتان سپاسگزاریم!' }).waitFor();
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  await expectNoSeriousAxeViolations(page, 'thank-you page (fa)');

  const stored = await storedResponses(suite.server.databasePath, submission.clientResponseId);
  expect(stored.map((s) => [s.surveyVersion, s.locale, s.answers])).toEqual([
    [3, 'fa', { felt_welcome: 5, feedback_free_text: 'ممنون از همه' }],
  ]);
});

test('a server validation error is explained in the chosen language by its code', async () => {
  await openPhone('uk-UA');
  await tamperFirstSubmission(page);
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Почати' }).click();
  await choose(page, 'mood', '😐 Нормально');
  await question(page, 'respondent').waitFor();
  await page.getByRole('button', { name: 'Далі' }).click();
  await question(page, 'reason').waitFor();
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/responses'));
  await page.getByRole('button', { name: 'Завершити' }).click();
  const problem = (await (await refused).json()) as { errors: Array<{ field: string; code: string }> };
  expect(problem.errors.map((e) => [e.field, e.code])).toEqual([['answers.mood', 'not-a-choice']]);
  await question(page, 'mood').waitFor();
  await expect(question(page, 'mood').textContent()).resolves.toContain('Виберіть один із варіантів.');
  await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Перевірте позначені відповіді');
});

test('the language list opens from the keyboard, is written in endonyms, and is remembered on a family’s phone', async () => {
  await openPhone('fi-FI');
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  await tabTo(page, '.language-switcher__toggle');
  await expect(page.locator('.language-switcher__toggle').getAttribute('aria-expanded')).resolves.toBe('false');
  await page.keyboard.press('Enter');
  await expect(page.locator('.language-switcher__toggle').getAttribute('aria-expanded')).resolves.toBe('true');
  const names = await page.locator('.language-switcher li a').allTextContents();
  expect(names).toEqual(['Suomi', 'Svenska', 'English', 'العربية', 'Русский', 'Soomaali', 'Eesti', 'Українська', 'فارسی', 'Shqip']);
  await expectNoSeriousAxeViolations(page, 'language list open (fi)');

  // Escape closes the list and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(page.locator('.language-switcher ul').isVisible()).resolves.toBe(false);
  await expect(page.evaluate<boolean>(`document.activeElement.matches('.language-switcher__toggle')`)).resolves.toBe(true);

  await page.keyboard.press('Enter');
  await tabTo(page, '.language-switcher a[lang="uk"]', 12);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Опитування' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');

  // The next visit on this phone, without ?lang, opens in Ukrainian.
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 2, name: 'Опитування' }).waitFor();
  await expect(page.getByRole('button', { name: 'Мова: Українська' }).isVisible()).resolves.toBe(true);
});

test('a kiosk does not remember a family’s language and returns to its own after each answer', async () => {
  await openPhone('fi-FI');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback?kiosk=fi`);
  await page.getByRole('button', { name: 'Aloita' }).waitFor();
  await page.getByRole('button', { name: 'Kieli: Suomi' }).click();
  await page.getByRole('link', { name: 'Eesti' }).click();
  await page.getByRole('button', { name: 'Alusta' }).click();
  await choose(page, 'mood', '😀 Tore');
  await question(page, 'respondent').waitFor();
  await page.getByRole('button', { name: 'Edasi' }).click();
  await question(page, 'reason').waitFor();
  await page.getByRole('button', { name: 'Lõpeta' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aitäh vastuste eest!' }).waitFor();

  await page.getByRole('button', { name: 'Uus vastus' }).click();
  await page.getByRole('button', { name: 'Aloita' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fi');
  await expect(page.evaluate<string | null>(`localStorage.getItem('kohtaamo.language')`)).resolves.toBeNull();
});

test('a survey without the chosen language says so in that language and offers English and the official languages', async () => {
  await openPhone('so');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/stakeholder-survey`);
  await page.getByRole('heading', { level: 1, name: 'Sahankan weli laguma helo Soomaali.' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('so');
  await expect(page.locator('.missing-language__choices a').allTextContents()).resolves.toEqual([
    'English',
    'Suomi',
    'Svenska',
  ]);
  // Nothing was switched silently: no question and no privacy notice in another language.
  await expect(page.getByRole('button', { name: 'Start' }).count()).resolves.toBe(0);
  await expectNoSeriousAxeViolations(page, 'missing language (so)');

  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
});

test('axe finds no serious violations in Arabic and Persian on the place page and the language list', async () => {
  for (const lang of ['ar', 'fa']) {
    await openPhone(lang);
    await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await page.locator('.language-switcher__toggle').click();
    await expectNoSeriousAxeViolations(page, `place page with the language list (${lang})`);
    await context.close();
  }
});
