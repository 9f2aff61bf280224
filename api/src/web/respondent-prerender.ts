import { chooseLanguage, localizedText, RESPONDENT_LANGUAGE_CODES, RESPONDENT_LANGUAGES, baseLanguage } from '../../../reports/languages';
import { RESPONDENT_NOTICE_TEXTS, type RespondentNoticeTexts } from '../../../reports/respondent-notice';
import { completeButtonText, definitionLocales, definitionText } from '../../../reports/survey-texts';

// The first screen of a survey page (/s/<place>/<survey>) rendered into the HTML: the place's
// name and the privacy notice paint before any script has arrived, which on a slow phone
// connection is seconds earlier. The markup is the web app's own (web/src/components/
// page-layout.tsx, web/src/features/respond/privacy-notice.tsx) and the texts come from the
// same tables (reports/respondent-notice.ts), so when the app takes over (web/src/lib/
// prerendered.ts) nothing moves. Start stays disabled until then.

/** What the page needs: the place's names and the survey's definition. */
export interface RespondentPageData {
  placeName: { [lang: string]: string | undefined };
  surveyKey: string;
  definition: Record<string, unknown>;
}

export interface PrerenderedPage {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The element that goes before #root in the body. */
  html: string;
}

/** The survey page paths of the web app's router (web/src/lib/router.ts). */
export function surveyPageOf(pathname: string): { placeSlug: string; surveyKey: string; version: number | 'current' } | null {
  const match = /^\/s\/([^/]+)\/([^/]+)(?:\/v\/([1-9][0-9]{0,5}))?\/*$/.exec(pathname);
  if (!match) return null;
  try {
    return {
      placeSlug: decodeURIComponent(match[1]),
      surveyKey: decodeURIComponent(match[2]),
      version: match[3] ? Number(match[3]) : 'current',
    };
  } catch {
    return null;
  }
}

/** The languages of an Accept-Language header, most preferred first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1 };
    })
    .filter((l) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(l.tag) && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const isChromeLanguage = (lang: string) => (RESPONDENT_LANGUAGE_CODES as readonly string[]).includes(lang);
const textsFor = (lang: string): RespondentNoticeTexts =>
  RESPONDENT_NOTICE_TEXTS[(isChromeLanguage(baseLanguage(lang)) ? baseLanguage(lang) : 'en') as keyof typeof RESPONDENT_NOTICE_TEXTS];

const GLOBE_ICON =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" fill="none" stroke="currentColor" stroke-width="2"></path></svg>';

/**
 * The page in the language the app would choose (`?lang=`, else Accept-Language; the app may
 * also remember a phone's earlier choice, and then switches when it takes over), or null when
 * the app shows something else first (a survey without that language).
 */
export function prerenderSurveyPage(
  page: RespondentPageData,
  pathname: string,
  requested: string | null,
  accepted: readonly string[],
): PrerenderedPage | null {
  const available = definitionLocales(page.definition);
  const lang = chooseLanguage(available, requested, accepted);
  const wanted = chooseLanguage(RESPONDENT_LANGUAGE_CODES, requested, accepted);
  if (!available.includes(wanted) || !isChromeLanguage(lang)) return null;

  const t = textsFor(lang);
  const e = escapeHtml;
  const placeName = localizedText(page.placeName, lang).text;
  const title = definitionText(page.definition.title, lang) || page.surveyKey;
  const description = page.definition.description ? definitionText(page.definition.description, lang) : '';
  const languages = [...RESPONDENT_LANGUAGE_CODES, ...available.filter((l) => !isChromeLanguage(l))];
  const switcherLabel = [...new Set(languages.map((l) => textsFor(l).languages))].join(' · ');
  const endonym = RESPONDENT_LANGUAGES.find((l) => l.code === lang)?.endonym ?? lang;
  const dir = RESPONDENT_LANGUAGES.find((l) => l.code === lang)?.direction ?? 'ltr';
  const points = [t.privacyAnonymous, t.privacyWhat(placeName), t.privacyWhy, t.privacyWho, t.privacyVoluntary(completeButtonText(page.definition, lang))];

  const html =
    `<div id="prerendered" data-path="${e(pathname)}"><div class="page">` +
    `<a class="skip-link" href="#main">${e(t.skipToContent)}</a>` +
    `<header class="site-header"><div class="site-header__brand"><span class="site-header__name">Kohtaamo</span>` +
    (placeName ? `<span class="site-header__context">${e(placeName)}</span>` : '') +
    `</div><nav class="language-switcher" aria-label="${e(switcherLabel)}">` +
    `<button type="button" class="language-switcher__toggle" aria-expanded="false" disabled="">${GLOBE_ICON}` +
    `<span class="visually-hidden">${e(t.languages)}: </span><span lang="${e(lang)}">${e(endonym)}</span></button></nav></header>` +
    `<main id="main" tabindex="-1" class="site-main"><div class="card privacy-notice">` +
    `<h1 tabindex="-1">${e(title)}</h1>` +
    (description ? `<p class="lead">${e(description)}</p>` : '') +
    `<h2>${e(t.privacyHeading)}</h2><ul class="privacy-points">${points.map((p) => `<li>${e(p)}</li>`).join('')}</ul>` +
    `<button type="button" class="button button--primary button--large" disabled="">${e(t.start)}</button>` +
    `</div></main>` +
    `<footer class="site-footer"><a href="/accessibility?lang=${e(encodeURIComponent(lang))}">${e(t.accessibilityStatement)}</a></footer>` +
    `</div></div>`;
  return { lang, dir, title: `${title} – Kohtaamo`, html };
}

/** index.html with the page put in: `<html lang dir>`, the title, and the markup before #root. */
export function injectPrerendered(indexHtml: string, page: PrerenderedPage): string {
  return indexHtml
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(page.lang)}" dir="${page.dir}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('<div id="root"></div>', `${page.html}<div id="root"></div>`);
}
