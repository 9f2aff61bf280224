import type { BrowserContext, Page, Route } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite, newPhoneContext } from '../support/browser';
import { answerInstantFeedback, choose, eventually, expectFocusIn, options, optionBoxes, outbox, question } from './support/respondent';
import { storedResponses } from './support/stored-responses';

// The family's flow as a new user meets it on a 360 px phone (and a 1024 px tablet where
// layout differs): what axe does not see — cut-off texts, faint controls, a frozen submit,
// lost focus, stale language, ragged scales, empty answers and the family page's list.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

async function openDevice(locale: string, width = 360, height = 740, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<void> {
  ({ context, page } = await suite.open(newPhoneContext(suite.browser, { locale, width, height, serviceWorkers })));
}


async function startVisitorSurvey(lang: string): Promise<void> {
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/visitor-survey?lang=${lang}`);
  await page.locator('.privacy-notice button').click();
  await question(page, 'felt_welcome').waitFor();
}

/**
 * Choice texts on the page that are cut: an option (the label around a radio or checkbox) with
 * an ellipsis, an unwrappable line, or text that overflows it or its own box.
 */
function cutOffTexts(): Promise<string[]> {
  return page.locator('.survey-host label:has(input[type=radio], input[type=checkbox])').evaluateAll((labels) => {
    const cut: string[] = [];
    for (const option of labels) {
      const outer = option.getBoundingClientRect();
      const parts = [option, ...Array.from(option.querySelectorAll('*'))].filter(
        (el) => !el.matches('input') && el.textContent?.trim() && el.getClientRects().length > 0,
      );
      const isCut = parts.some((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const overflows = el.scrollWidth > el.clientWidth + 1 || box.right > outer.right + 1 || box.left < outer.left - 1;
        return style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap' || overflows;
      });
      if (isCut) cut.push(option.textContent?.trim() ?? '');
    }
    return cut;
  });
}

test('every choice text is readable in full at 360 px, selected or not, in Finnish and Swedish', async () => {
  for (const [lang, longest, otherLong] of [
    ['fi', 'Jokseenkin samaa mieltä', 'Jokseenkin eri mieltä'],
    ['sv', 'Varken av samma eller annan åsikt', 'Delvis av samma åsikt'],
  ] as const) {
    await openDevice(lang === 'fi' ? 'fi-FI' : 'sv-FI');
    await startVisitorSurvey(lang);
    await choose(page, 'felt_welcome', longest);
    await choose(page, 'peer_support', otherLong);
    const chosen = options(page, 'felt_welcome').filter({ has: page.locator('input:checked') });
    await expect(chosen.textContent()).resolves.toBe(longest);
    await expect(cutOffTexts()).resolves.toEqual([]);
    // Every page of the survey: radio groups and checkboxes too.
    for (let i = 0; i < 6; i += 1) {
      await expect(cutOffTexts()).resolves.toEqual([]);
      const next = page.getByRole('button', { name: lang === 'fi' ? 'Seuraava' : 'Nästa' });
      if (!(await next.isVisible())) break;
      await next.click();
    }
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    await context.close();
  }
});

type Control = { name: string; kind: 'rating' | 'radio' | 'checkbox' | 'text' | 'button'; ratio: number };

/**
 * Contrast ratio (WCAG 2.1) of each control's boundary in the survey against what surrounds
 * it. A radio or checkbox drawn by itself is measured on the input; one whose input is hidden
 * (a rating scale's pill) on its label. `which`: every control, the checked options, or the
 * option with keyboard focus.
 */
async function controlBoundaries(which: 'all' | 'checked' | 'focused'): Promise<Control[]> {
  // The theme may animate colours: measure the state, not a frame of the transition.
  await page.waitForTimeout(400);
  return page.evaluate<Control[]>(`(() => {
    const which = ${JSON.stringify(which)};
    const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
    const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
    const backdrop = (el) => { const layers = []; for (let n = el; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a === 1) break; } } let colour = { r: 255, g: 255, b: 255, a: 1 }; for (const layer of layers.reverse()) colour = over(layer, colour); return colour; };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const host = document.querySelector('.survey-host');
    const controls = [];
    for (const input of host.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      if (which === 'checked' && !input.checked) continue;
      if (which === 'focused' && input !== document.activeElement) continue;
      const drawn = getComputedStyle(input).opacity !== '0' && input.getBoundingClientRect().width > 2;
      controls.push({ el: drawn ? input : input.closest('label'), kind: drawn ? input.type : 'rating' });
    }
    if (which === 'all') for (const el of host.querySelectorAll('textarea, input[type=text], button')) controls.push({ el, kind: el.matches('button') ? 'button' : 'text' });
    return controls.filter(({ el }) => el && el.getClientRects().length > 0).map(({ el, kind }) => {
      const style = getComputedStyle(el);
      const around = backdrop(el.parentElement);
      const candidates = [];
      // Shadows drawn as rings (spread of at least 1 px) are borders too.
      for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\\))/)) {
        const colour = parse(shadow);
        const lengths = (shadow.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || []).map(parseFloat);
        if (colour && colour.a > 0 && lengths.length >= 4 && Math.abs(lengths[3]) >= 1) candidates.push(over(colour, around));
      }
      if (parseFloat(style.borderTopWidth) >= 1) { const c = parse(style.borderTopColor); if (c && c.a > 0) candidates.push(over(c, around)); }
      const fill = parse(style.backgroundColor);
      if (fill && fill.a > 0) candidates.push(over(fill, around));
      const best = Math.max(1, ...candidates.map((c) => ratio(c, around)));
      const name = (el.closest('label, [data-name]')?.textContent || el.textContent || el.className).trim().slice(0, 40);
      return { name, kind, ratio: Math.round(best * 100) / 100 };
    });
  })()`);
}

const weak = (controls: Control[]) => controls.filter((c) => c.ratio < 3);

test('the boundary of every control has at least 3:1 contrast in every state', async () => {
  await openDevice('fi-FI');
  await startVisitorSurvey('fi');

  // Unselected rating pills.
  const unselected = (await controlBoundaries('all')).filter((c) => c.kind === 'rating');
  expect(unselected.length).toBeGreaterThanOrEqual(15);
  expect(weak(unselected)).toEqual([]);
  // Selected, and selected with keyboard focus.
  await choose(page, 'felt_welcome', 'Täysin samaa mieltä');
  const selected = await controlBoundaries('checked');
  expect(selected.map((c) => [c.name, c.kind])).toEqual([['Täysin samaa mieltä', 'rating']]);
  expect(weak(selected)).toEqual([]);
  await question(page, 'felt_welcome').getByRole('radio', { name: 'Täysin samaa mieltä' }).focus();
  const focused = await controlBoundaries('focused');
  expect(focused).toHaveLength(1);
  expect(weak(focused)).toEqual([]);
  // Hovered.
  await options(page, 'peer_support').first().hover();
  await expect(weak(await controlBoundaries('all'))).toEqual([]);

  // Radio buttons, checkboxes and text fields on the later pages: unselected, checked, focused.
  const seen = { radio: 0, checkbox: 0, text: 0 };
  for (let i = 0; i < 6; i += 1) {
    const controls = await controlBoundaries('all');
    for (const kind of ['radio', 'checkbox', 'text'] as const) seen[kind] += controls.filter((c) => c.kind === kind).length;
    expect(weak(controls)).toEqual([]);
    const firstOption = page.locator('.survey-host').getByRole('radio').or(page.locator('.survey-host').getByRole('checkbox')).first();
    if (i > 0 && (await firstOption.count()) > 0) {
      await firstOption.locator('xpath=ancestor::label[1]').click();
      const checked = await controlBoundaries('checked');
      expect(checked.length).toBeGreaterThan(0);
      expect(weak(checked)).toEqual([]);
      await firstOption.focus();
      const withFocus = await controlBoundaries('focused');
      expect(withFocus).toHaveLength(1);
      expect(weak(withFocus)).toEqual([]);
    }
    const next = page.getByRole('button', { name: 'Seuraava' });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  expect(seen.radio).toBeGreaterThan(3);
  expect(seen.checkbox).toBeGreaterThan(3);
  expect(seen.text).toBeGreaterThan(0);
  // The navigation buttons are controls too.
  const buttons = (await controlBoundaries('all')).filter((c) => c.kind === 'button');
  expect(buttons.map((c) => c.name)).toEqual(['Edellinen', 'Valmis']);
  expect(weak(buttons)).toEqual([]);
});

test('a submit that hangs goes to the outbox within seconds, and the late answer and the retry store one response', async () => {
  // The page's own time limit is under test: a service worker's fetches would pass the held route.
  await openDevice('fi-FI', 360, 740, 'block');
  const held: Route[] = [];
  await page.route('**/api/responses', (route) => {
    // The first POST never gets an answer (a hanging Wi-Fi); later ones go through.
    if (held.length === 0) held.push(route);
    else void route.continue();
  });
  await answerInstantFeedback(page, suite.server.baseUrl);

  const clicked = Date.now();
  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor({ timeout: 10_000 });
  expect(Date.now() - clicked).toBeLessThan(10_000);
  await expect(page.locator('[data-delivery]').getAttribute('data-delivery')).resolves.toBe('queued');
  await expect(page.locator('[data-delivery]').textContent()).resolves.toContain('kun verkkoyhteys palaa');
  const [entry] = await outbox(page);
  const { clientResponseId } = entry.body;
  expect(JSON.parse(held[0].request().postData() ?? '{}').clientResponseId).toBe(clientResponseId);

  // The hanging request reaches the server after all (the phone stopped waiting for it): 201,
  // or 200 if the service worker's Background Sync already delivered the queued copy …
  const late = await fetch(`${suite.server.baseUrl}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: held[0].request().postData() ?? '',
  });
  expect([200, 201]).toContain(late.status);
  // … and whichever came second is recognised as the same response: one is stored.
  await page.locator('[data-delivery="sent"]').waitFor({ timeout: 30_000 });
  const stored = await eventually(() => storedResponses(suite.server.databasePath, clientResponseId), (rows) => rows.length > 0);
  expect(stored).toHaveLength(1);
  await expect(outbox(page)).resolves.toEqual([]);
});

test('after "Next" focus is on the new page\'s first question and the page change is announced', async () => {
  await openDevice('fi-FI');
  await startVisitorSurvey('fi');
  await choose(page, 'felt_welcome', 'Täysin samaa mieltä');
  await page.getByRole('button', { name: 'Seuraava' }).focus();
  await page.keyboard.press('Enter');
  // Focus is on the first question of the new page, at its heading (what a screen reader reads first).
  await expectFocusIn(page, 'parenting_resources');
  await expect(page.locator('.survey-host [data-name]').first().getAttribute('data-name')).resolves.toBe('parenting_resources');
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
  await expect(page.locator('p[role=status]').textContent()).resolves.toBe('Sivu 2 / 5');

  // Back works the same way.
  await page.getByRole('button', { name: 'Edellinen' }).click();
  await expect(page.locator('p[role=status]').textContent()).resolves.toBe('Sivu 1 / 5');
  await expectFocusIn(page, 'felt_welcome');
  await expectNoSeriousAxeViolations(page, 'after Previous');
});

test('switching language mid-survey changes every string, the progress text too, and keeps the answers', async () => {
  await openDevice('fi-FI');
  await startVisitorSurvey('fi');
  await choose(page, 'felt_welcome', 'Täysin samaa mieltä');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  const progress = (text: string) => page.locator('.survey-host').getByText(text, { exact: true });
  await progress('Sivu 2 / 5').waitFor();

  await page.locator('.language-switcher__toggle').click();
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.getByRole('button', { name: 'Nästa' }).waitFor();
  await progress('Sida 2 av 5').waitFor();
  await expect(page.locator('p[role=status]').textContent()).resolves.toBe('Sida 2 av 5');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/Sivu|Seuraava|Edellinen|Valmis/);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');

  // The answer given in Finnish is still there, now in Swedish.
  await page.getByRole('button', { name: 'Föregående' }).click();
  await expect(question(page, 'felt_welcome').getByRole('radio', { name: 'Helt av samma åsikt' }).isChecked()).resolves.toBe(true);
});

/** For each question of single choices on the page (the first pages: rating scales): are its options all in one row, or all in one column? */
async function scaleShapes(): Promise<Array<{ name: string; row: boolean; column: boolean }>> {
  const names = await page.locator('.survey-host [data-name]:has(input[type=radio])').evaluateAll((questions) =>
    questions.map((q) => q.getAttribute('data-name') ?? ''),
  );
  const same = (values: number[]) => values.every((v) => Math.abs(v - values[0]) < 2);
  return Promise.all(
    names.map(async (name) => {
      const boxes = await optionBoxes(page, name);
      return { name, row: same(boxes.map((b) => b.top)), column: same(boxes.map((b) => b.left)) };
    }),
  );
}

test.each([
  // A phone (320 px is the narrowest, 400 % zoom): every scale is a column. A tablet: the
  // survey's column is wide enough (36rem, plain-survey.css) for the five labels, wrapped, in
  // one row, and for the three faces.
  [320, 'column', 'column'],
  [360, 'column', 'column'],
  [1024, 'row', 'row'],
])('at %i px the five-step scales are one %s and the faces one %s, never a broken row', async (width, long, faces) => {
  await openDevice('fi-FI', width, width < 1024 ? 740 : 768);
  const shapeOf = (s: { row: boolean; column: boolean }) => (s.row ? 'row' : s.column ? 'column' : 'broken');
  for (const lang of ['fi', 'sv']) {
    await startVisitorSurvey(lang);
    const shapes = await scaleShapes();
    expect(shapes.length).toBeGreaterThanOrEqual(3);
    expect(shapes.map((s) => [s.name, shapeOf(s)])).toEqual(shapes.map((s) => [s.name, long]));
    await expect(cutOffTexts()).resolves.toEqual([]);
  }
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback?lang=sv`);
  await page.locator('.privacy-notice button').click();
  await question(page, 'mood').waitFor();
  const [mood] = await scaleShapes();
  expect(shapeOf(mood)).toBe(faces);
  await expect(cutOffTexts()).resolves.toEqual([]);
});

test('on a laptop-wide survey column the five-step scale is one row of whole labels', async () => {
  // Wide enough for a row only if the survey column is: checked on the scale's own width.
  await openDevice('fi-FI', 1400, 900);
  await startVisitorSurvey('fi');
  const width = await options(page, 'felt_welcome').first().evaluate((option) => option.parentElement?.getBoundingClientRect().width ?? 0);
  const [first] = await scaleShapes();
  expect(first.row || first.column).toBe(true);
  expect(first.row).toBe(width >= 576);
  await expect(cutOffTexts()).resolves.toEqual([]);
});

test('an empty survey is not sent: the family is told and taken back to the first question', async () => {
  await openDevice('fi-FI');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/responses') && r.method() === 'POST') posts.push(r.postData() ?? '');
  });
  await startVisitorSurvey('fi');
  while (!(await page.getByRole('button', { name: 'Valmis' }).isVisible())) {
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  await page.getByRole('button', { name: 'Valmis' }).click();

  await expect(page.getByRole('alert').textContent()).resolves.toContain('Et ole vastannut vielä yhteenkään kysymykseen.');
  await question(page, 'felt_welcome').waitFor();
  await expectFocusIn(page, 'felt_welcome');
  await expect(page.getByRole('heading', { name: 'Kiitos vastauksistasi!' }).count()).resolves.toBe(0);
  expect(posts).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'nothing answered');
});

test('the family page lists only what families answer themselves, with titles in the chosen language', async () => {
  await openDevice('fi-FI');
  await page.goto(`${suite.server.baseUrl}/p/koivukyla?lang=fi`);
  const links = page.locator('.survey-list a');
  await links.nth(1).waitFor();
  await expect(links.allTextContents()).resolves.toEqual(['Pikapalaute', 'Perheiden kävijäkysely']);

  // Arabic: both family instruments are written in Arabic, so both titles are, unmarked.
  await page.goto(`${suite.server.baseUrl}/p/koivukyla?lang=ar`);
  await page.locator('html[lang=ar] .survey-list a').nth(1).waitFor();
  await expect(links.count()).resolves.toBe(2);
  const titles = await page.evaluate<Array<{ own: string; lang: string | null; note: string }>>(`
    Array.from(document.querySelectorAll('.survey-list a')).map((a) => {
      const marked = a.querySelector('[lang]');
      return { own: (marked || a).textContent, lang: marked ? marked.getAttribute('lang') : null, note: a.querySelector('.untranslated-note')?.textContent || '' };
    })`);
  expect(titles).toEqual([
    { own: 'رأيك السريع', lang: null, note: '' },
    { own: 'استبيان الزوار للعائلات', lang: null, note: '' },
  ]);
  await expectNoSeriousAxeViolations(page, 'place page (ar)');
  await page.goto(`${suite.server.baseUrl}/p/koivukyla?lang=ru`);
  await page.locator('html[lang=ru] .survey-list a').first().waitFor();
  await expect(links.first().textContent()).resolves.toMatch(/[\u0400-\u04ff]/);
});

describe('on a slow network the notice comes with the HTML', () => {
  const surveyPage = () => `${suite.server.baseUrl}/s/koivukyla/visitor-survey`;

  test('the place and the privacy notice are in the server’s HTML, in the language asked for, before any script', async () => {
    // No script runs at all: what shows is the server's own rendering.
    ({ context, page } = await suite.open(newPhoneContext(suite.browser, { locale: 'sv-FI', javaScriptEnabled: false })));
    await page.goto(surveyPage());
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    await expect(page.title()).resolves.toBe('Besöksenkät för familjer – Kohtaamo');
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Björkby öppna mötesplats för familjer');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Besöksenkät för familjer');
    await expect(main.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Innan du börjar');
    await expect(main.textContent()).resolves.toContain('Frågorna gäller dina erfarenheter av den här mötesplatsen (Björkby öppna mötesplats för familjer).');
    await expect(main.textContent()).resolves.toContain('Ingenting skickas innan du trycker på ”Slutför”.');
    // Start waits for the app.
    await expect(main.getByRole('button', { name: 'Börja' }).isDisabled()).resolves.toBe(true);

    // ?lang= wins over the browser's languages, as in the app; right to left where it should be.
    await page.goto(`${surveyPage()}?lang=ar`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).textContent()).resolves.toBe('قبل أن تبدأ');
  });

  test('the server’s notice passes axe with the scripts still on their way', async () => {
    await openDevice('fi-FI', 360, 740, 'block');
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(surveyPage());
    await page.locator('#prerendered .privacy-notice h2').waitFor();
    await expectNoSeriousAxeViolations(page, 'privacy notice rendered by the server');
  });

  test('the app takes over the notice without a flash, and loads only the chosen language’s strings', async () => {
    await openDevice('sv-FI', 360, 740, 'block');
    const scripts: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.push(path);
    });
    // Anything that shows "Loading…" over the notice, or moves its heading (once the page's
    // stylesheet applies), is recorded.
    await page.addInitScript(`(() => {
      window.__flashes = [];
      window.__headings = [];
      new MutationObserver(() => {
        const loading = document.querySelector('.loading');
        if (loading && loading.offsetParent !== null) window.__flashes.push('loading shown');
        const header = document.querySelector('.site-header');
        const heading = document.querySelector('.privacy-notice h2');
        if (!heading || !header || getComputedStyle(header).backgroundColor === 'rgba(0, 0, 0, 0)') return;
        const y = Math.round(heading.getBoundingClientRect().top);
        const by = heading.closest('#prerendered') ? 'server' : 'app';
        const last = window.__headings[window.__headings.length - 1];
        if (!last || last.by !== by || last.y !== y) window.__headings.push({ by, y });
      }).observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await page.goto(surveyPage());
    await page.locator('.privacy-notice button:not([disabled])').waitFor();
    await expect(page.locator('#prerendered').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__flashes')).resolves.toEqual([]);
    // The heading was first painted by the server's copy and stays where it was.
    const headings = await page.evaluate<Array<{ by: string; y: number }>>('window.__headings');
    expect(headings[0]?.by).toBe('server');
    expect(headings.map((h) => h.by)).toContain('app');
    expect(new Set(headings.map((h) => h.y)).size).toBe(1);
    await expectNoSeriousAxeViolations(page, 'privacy notice after the app took over');

    await page.getByRole('button', { name: 'Börja' }).click();
    await question(page, 'felt_welcome').waitFor();
    await expect(page.getByRole('button', { name: 'Nästa' }).count()).resolves.toBe(1);
    // Survey-core's texts in Swedish only, in the plain page's own small chunk; survey-core itself never.
    const languageChunks = scripts.filter((p) => /\/(_?plain-survey-strings-[a-z]+|finnish|swedish|arabic|russian|estonian|ukrainian|persian)-/.test(p));
    expect(languageChunks).toEqual([expect.stringMatching(/^\/assets\/_?plain-survey-strings-sv-/)]);
    expect(scripts.filter((p) => /survey-setup|survey-react-ui|\/survey-runner/.test(p))).toEqual([]);
  });
});
