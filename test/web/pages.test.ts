import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  useBrowserSuite,
  newPhoneContext,
  scrollWidth,
  
} from '../support/browser';
import { choose, question } from './support/respondent';

// Every respondent page: reachable, friendly when the link is wrong, usable at 360 px (and
// reflowing at 320 px, i.e. 400 % zoom of a 1280 px screen), and free of serious axe findings.

jest.setTimeout(90_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  ({ context, page } = await suite.open(newPhoneContext(suite.browser, { locale: 'fi-FI' })));
});


/** Visible controls smaller than a finger (WCAG 2.5.5 asks 44 × 44 CSS px). */
function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`
    Array.from(document.querySelectorAll(${JSON.stringify(selector)}))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, box]) => box.height < 44 || box.width < 44)
      .map(([el, box]) => (el.textContent || el.className).trim().slice(0, 40) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height))
  `);
}

test('at 360 px the place page and a survey fit the screen with big touch targets', async () => {
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
  await expect(smallTargets(page, '.language-switcher__toggle, .survey-link, .site-footer a, .button')).resolves.toEqual([]);
  await page.locator('.language-switcher__toggle').click();
  await expect(smallTargets(page, '.language-switcher a')).resolves.toEqual([]);
  await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
  await page.locator('.language-switcher__toggle').click();

  await page.goto(`${suite.server.baseUrl}/s/koivukyla/visitor-survey`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await question(page, 'felt_welcome').waitFor();
  await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
  await expect(
    smallTargets(page, '.survey-host label, .survey-host button, .language-switcher__toggle'),
  ).resolves.toEqual([]);
  await page.screenshot({ path: 'test-results/web/visitor-survey-360.png', fullPage: true });

  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await question(page, 'respondent_role').waitFor();
  await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
  await expect(smallTargets(page, '.survey-host label')).resolves.toEqual([]);
  await expectNoSeriousAxeViolations(page, 'visitor survey background page (fi)');
});

test('content reflows at 320 px (400 % zoom) without horizontal scrolling', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/p/koivukyla', '/s/koivukyla/instant-feedback', '/accessibility', '/p/koivukyla/poster/instant-feedback']) {
    await page.goto(`${suite.server.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect([path, await scrollWidth(page)]).toEqual([path, 320]);
  }
});

test('every language of the page chrome passes axe on the place page', async () => {
  for (const lang of ['fi', 'sv', 'en', 'ar', 'ru', 'so', 'et', 'uk', 'fa', 'sq']) {
    await page.goto(`${suite.server.baseUrl}/p/koivukyla?lang=${lang}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expectNoSeriousAxeViolations(page, `place page (${lang})`);
  }
  // Ten axe scans: more time than one page's test.
}, 240_000);

test('unknown places, surveys and paths get a friendly page, not a blank screen', async () => {
  const cases: Array<[string, string]> = [
    ['/p/no-such-place', 'Kohtaamispaikkaa ei löytynyt'],
    ['/s/no-such-place/visitor-survey', 'Kohtaamispaikkaa ei löytynyt'],
    ['/s/koivukyla/no-such-survey', 'Kyselyä ei löytynyt'],
    ['/s/koivukyla/visitor-survey/v/99', 'Kyselyä ei löytynyt'],
    ['/no/such/page', 'Sivua ei löytynyt'],
  ];
  for (const [path, heading] of cases) {
    await page.goto(`${suite.server.baseUrl}${path}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    await expect(page.getByRole('main').getByRole('link').count()).resolves.toBeGreaterThan(0);
  }
  await expectNoSeriousAxeViolations(page, 'not found page');
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/no-such-survey?lang=sv`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Enkäten hittades inte');
  await expectNoSeriousAxeViolations(page, 'survey not found (sv)');
});

test('the accessibility statement is there in Finnish, Swedish and English with a feedback channel', async () => {
  const titles = { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' };
  for (const [lang, title] of Object.entries(titles)) {
    await page.goto(`${suite.server.baseUrl}/accessibility?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(page.locator('a[href="mailto:saavutettavuus@kohtaamo.example"]').count()).resolves.toBe(1);
    await expect(
      page.locator('a[href^="https://www.saavutettavuusvaatimukset.fi"]').count(),
    ).resolves.toBe(1);
    await expectNoSeriousAxeViolations(page, `accessibility statement (${lang})`);
  }
  // Reached from every page's footer.
  await page.goto(`${suite.server.baseUrl}/p/koivukyla?lang=sv`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsutlåtande' }).click();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tillgänglighetsutlåtande');
});

test('staff print an A4 poster with the QR code of the survey link and titles in several languages', async () => {
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('link', { name: 'Juliste: Pikapalaute' }).click();
  await page.waitForURL(/\/p\/koivukyla\/poster\/instant-feedback/);
  const link = `${suite.server.baseUrl}/s/koivukyla/instant-feedback`;
  await page.locator('.poster__qr svg path').first().waitFor();
  await expect(page.getByRole('img', { name: `QR: ${link}` }).count()).resolves.toBe(1);
  await expect(page.locator('.poster__url').textContent()).resolves.toBe(link);
  const titles = await page.locator('.poster__titles li').allTextContents();
  expect(titles).toEqual([
    'Pikapalaute',
    'Snabbrespons',
    'Quick feedback',
    'رأيك السريع',
    'Быстрый отзыв',
    'Jawaab degdeg ah',
    'Kiire tagasiside',
    'Швидкий відгук',
    'نظر سریع',
    'Mendim i shpejtë',
  ]);
  await expect(page.locator('.poster__titles li[lang="ar"]').getAttribute('dir')).resolves.toBe('rtl');
  await expect(page.locator('.poster__titles li[lang="fa"]').getAttribute('dir')).resolves.toBe('rtl');
  await expectNoSeriousAxeViolations(page, 'poster page');

  // On paper only the poster is printed, on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
  await expect(page.locator('.poster-toolbar').isVisible()).resolves.toBe(false);
  await expect(page.locator('.poster').isVisible()).resolves.toBe(true);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The QR code leads to the survey.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pikapalaute');
});

test('respondent pages do not load poster or later staff code, and stay within the size budget', async () => {
  const loaded = (p: Page) => {
    const urls: string[] = [];
    p.on('response', (r) => {
      if (r.url().startsWith(suite.server.baseUrl) && /\.(js|css)$/.test(new URL(r.url()).pathname)) urls.push(r.url());
    });
    return urls;
  };
  const placeAssets = loaded(page);
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(placeAssets.filter((u) => /respond-page|poster-page/.test(u))).toEqual([]);

  const surveyPage = await context.newPage();
  const surveyAssets = loaded(surveyPage);
  await surveyPage.goto(`${suite.server.baseUrl}/s/koivukyla/visitor-survey`);
  await surveyPage.getByRole('button', { name: 'Aloita' }).click();
  await question(surveyPage, 'felt_welcome').waitFor();
  await choose(surveyPage, 'felt_welcome', 'Täysin samaa mieltä');
  expect(surveyAssets.filter((u) => /poster-page|accessibility-page/.test(u))).toEqual([]);

  let gzipped = 0;
  for (const url of new Set([`${suite.server.baseUrl}/s/koivukyla/visitor-survey`, ...surveyAssets])) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  // About 106 kB gzipped with the plain renderer (React is about 60 kB of it); survey-core,
  // about 350 kB gzipped, is no longer on this page. This budget guards against regressions,
  // e.g. survey-core or dashboard code leaking into this page.
  console.log(`respondent page: ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
  expect(gzipped).toBeLessThan(160 * 1024);
  await surveyPage.close();
});
