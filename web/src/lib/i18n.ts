import { useEffect } from 'react';
import {
  baseLanguage,
  chooseLanguage,
  localizedText,
  RESPONDENT_LANGUAGE_CODES,
  RESPONDENT_LANGUAGES,
  type RespondentLanguageCode,
} from '../../../reports/languages';
import { RESPONDENT_NOTICE_TEXTS, type RespondentNoticeTexts } from '../../../reports/respondent-notice';
import { so, et, uk, fa, sq } from './respondent-messages';
import { navigate, useLocationHref } from './router';

// Page chrome (buttons, messages, the privacy notice: its texts, shared with the server, are in
// reports/respondent-notice.ts) in every respondent language
// (reports/languages.ts). A survey may offer other languages too: its questions then come from
// the definition and the chrome falls back to English.

export const chromeLanguages = RESPONDENT_LANGUAGE_CODES;
export type ChromeLanguage = RespondentLanguageCode;

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'ku']);

export function isRightToLeft(lang: string): boolean {
  return rightToLeft.has(baseLanguage(lang));
}

export { baseLanguage };

/** Each language named in itself, so a visitor finds their own without reading Finnish. */
const nativeNames: Record<string, string> = {
  ku: 'Kurdî',
  tr: 'Türkçe',
  vi: 'Tiếng Việt',
  zh: '中文',
  th: 'ไทย',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};

export function languageName(lang: string): string {
  const known = RESPONDENT_LANGUAGES.find((l) => l.code === lang)?.endonym ?? nativeNames[lang];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // An unknown tag: show the code itself.
  }
  return lang;
}

/**
 * Picks the language to show: the one asked for in the URL, else the one this phone remembers,
 * else the browser's preferences (the rules are in reports/languages.ts, shared with the server).
 */
export function pickLanguage(
  available: readonly string[],
  requested: string | null,
  preferred: readonly string[] = [rememberedLanguage(), ...browserLanguages()].filter((x): x is string => Boolean(x)),
): string {
  return chooseLanguage(available, requested, preferred);
}

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));

const REMEMBERED_LANGUAGE = 'kohtaamo.language';

/** The language a family chose on its own phone, if any (never stored on a kiosk). */
export function rememberedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(REMEMBERED_LANGUAGE);
  } catch {
    // Storage blocked (private mode, policies): the URL and the browser still decide.
    return null;
  }
}

/**
 * Remembers a language chosen from the language list, so the family's next visit opens in it.
 * A kiosk is shared by every family, so it remembers nothing.
 */
export function rememberLanguage(lang: string, href: string): void {
  if (kioskLanguage(href) !== null) return;
  try {
    localStorage.setItem(REMEMBERED_LANGUAGE, lang);
  } catch {
    // Not remembered: the choice still holds in the URL.
  }
}

/**
 * A kiosk tablet opens its survey with `?kiosk=<language>`: the language it returns to after
 * each answer. Null on a family's own phone.
 */
export function kioskLanguage(href: string): string | null {
  const query = href.includes('?') ? href.slice(href.indexOf('?')) : '';
  const params = new URLSearchParams(query);
  if (!params.has('kiosk')) return null;
  const lang = params.get('kiosk') ?? '';
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/.test(lang) ? lang : 'fi';
}

/** The language asked for in the URL (`?lang=sv`), if any. */
export function requestedLanguage(href: string): string | null {
  const query = href.includes('?') ? href.slice(href.indexOf('?')) : '';
  const lang = new URLSearchParams(query).get('lang');
  return lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/.test(lang) ? lang : null;
}

/** The current language for a page that offers `available` languages. */
export function useLanguage(available: readonly string[] = chromeLanguages): string {
  const href = useLocationHref();
  return pickLanguage(available, requestedLanguage(href));
}

/** Switches language by putting it in the URL, so a shared or reloaded link keeps it. */
export function setLanguage(lang: string): void {
  navigate(withLanguage(window.location.pathname + window.location.search, lang), {
    replace: true,
  });
}

/** `href` with `?lang=` set, keeping other query parameters. */
export function withLanguage(href: string, lang: string): string {
  const [path, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}

/** Keeps `<html lang dir>` in step with what is shown (screen readers, RTL layout). */
export function useDocumentLanguage(lang: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
  }, [lang]);
}

export type LocalizedName = { fi: string; sv?: string; en?: string; [lang: string]: string | undefined };

/** A name from the API ({fi, sv, en}) in `lang`, falling back to English, then Finnish. */
export function localized(name: LocalizedName | string | null | undefined, lang: string): string {
  return localizedWithLanguage(name, lang).text;
}

/** Like `localized`, also telling which language the text is in (to mark a fallback). */
export function localizedWithLanguage(
  name: LocalizedName | string | null | undefined,
  lang: string,
): { text: string; lang: string } {
  return localizedText(name, lang);
}

/** The language the chrome is actually written in for `lang` (English if we lack it). */
export function chromeLanguageFor(lang: string): ChromeLanguage {
  const base = baseLanguage(lang) as ChromeLanguage;
  return (chromeLanguages as readonly string[]).includes(base) ? base : 'en';
}

/** Forms of a countable message by `Intl.PluralRules` category; `{count}` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `forms` for `count` in `lang`: the right plural form, with the number written as `lang` writes it. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{count}', new Intl.NumberFormat(lang).format(count));
}

/**
 * Stable codes of the server's answer validation (api/src/surveys/survey-answer-validator.ts)
 * that a respondent can fix; other codes get the generic "check this answer".
 */
export const respondentFieldErrorCodes = ['required', 'not-a-choice', 'too-long', 'not-shown'] as const;
export type RespondentFieldErrorCode = (typeof respondentFieldErrorCodes)[number];

/** Page chrome in one language; the first screen's texts are shared with the server. */
export type Messages = RespondentNoticeTexts & {
  loading: string;
  loadFailed: string;
  tryAgain: string;
  notFoundTitle: string;
  notFoundText: string;
  placeNotFoundTitle: string;
  placeNotFoundText: string;
  surveyNotFoundTitle: string;
  surveyNotFoundText: string;
  backToPlace: string;
  goHome: string;
  homeTitle: string;
  homeText: string;
  placeIntro: string;
  surveysHeading: string;
  noSurveys: string;
  placeInactive: string;
  staffHeading: string;
  staffPosterText: string;
  sending: string;
  thankYouTitle: string;
  thankYouText: string;
  statusSent: string;
  statusQueued: string;
  statusQueuedNoStorage: string;
  statusRejected: string;
  newAnswer: string;
  errorValidation: string;
  errorQuestion: string;
  errorTooLarge: string;
  errorGeneric: string;
  outboxPending: PluralForms;
  posterScan: string;
  posterPrint: string;
  posterHint: string;
  posterLink: (survey: string) => string;
  /** Announced to screen readers when "Next" or "Previous" shows another page. */
  pageOf: (page: number, pages: number) => string;
  nothingAnswered: string;
  /** Beside a text shown in another language because it has no translation. */
  notTranslated: (language: string) => string;
  /** A survey lacks the chosen language: said in that language, never switched silently. */
  missingLanguage: (language: string) => string;
  missingLanguageChoose: string;
  fieldErrors: Record<RespondentFieldErrorCode, string>;
};

const fi: Messages = {
  ...RESPONDENT_NOTICE_TEXTS.fi,
  loading: 'Ladataan…',
  loadFailed: 'Sivun lataaminen ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
  tryAgain: 'Yritä uudelleen',
  notFoundTitle: 'Sivua ei löytynyt',
  notFoundText: 'Tarkista osoite tai skannaa QR-koodi uudelleen.',
  placeNotFoundTitle: 'Kohtaamispaikkaa ei löytynyt',
  placeNotFoundText: 'Osoitteessa voi olla virhe. Skannaa QR-koodi uudelleen tai kysy henkilökunnalta.',
  surveyNotFoundTitle: 'Kyselyä ei löytynyt',
  surveyNotFoundText: 'Kysely voi olla päättynyt, tai osoitteessa on virhe.',
  backToPlace: 'Kohtaamispaikan sivulle',
  goHome: 'Etusivulle',
  homeTitle: 'Kohtaamo',
  homeText:
    'Kohtaamon kyselyillä perheet kertovat nimettömästi, miltä kohtaamispaikassa tuntuu. Skannaa kohtaamispaikan QR-koodi aloittaaksesi.',
  placeIntro:
    'Voit vastata täällä kyselyihin nimettömästi. Vastauksesi auttavat kehittämään kohtaamispaikkaa yhdessä perheiden kanssa.',
  surveysHeading: 'Kyselyt',
  noSurveys: 'Tällä hetkellä ei ole avoimia kyselyitä.',
  placeInactive: 'Tämä kohtaamispaikka ei ole enää toiminnassa.',
  staffHeading: 'Henkilökunnalle',
  staffPosterText: 'Tulosta kyselyn QR-koodijuliste:',
  sending: 'Lähetetään vastauksia…',
  thankYouTitle: 'Kiitos vastauksistasi!',
  thankYouText: 'Vastauksesi auttavat kehittämään tätä kohtaamispaikkaa.',
  statusSent: 'Vastauksesi on lähetetty.',
  statusQueued:
    'Vastauksesi on tallennettu tähän laitteeseen, ja ne lähetetään automaattisesti, kun verkkoyhteys palaa.',
  statusQueuedNoStorage:
    'Verkkoyhteys katkesi. Pidä tämä sivu auki: vastauksesi lähetetään, kun yhteys palaa.',
  statusRejected: 'Vastauksia ei voitu ottaa vastaan. Pyydä apua henkilökunnalta.',
  newAnswer: 'Uusi vastaus',
  errorValidation: 'Tarkista merkityt vastaukset ja lähetä uudelleen.',
  errorQuestion: 'Tarkista tämä vastaus.',
  errorTooLarge: 'Vastaukset ovat liian pitkiä lähetettäviksi. Lyhennä kirjoitettuja vastauksia ja yritä uudelleen.',
  errorGeneric: 'Lähettäminen ei onnistunut. Yritä uudelleen.',
  outboxPending: {
    one: 'Yksi vastaus odottaa lähettämistä. Se lähetetään, kun verkkoyhteys palaa.',
    other: '{count} vastausta odottaa lähettämistä. Ne lähetetään, kun verkkoyhteys palaa.',
  },
  posterScan: 'Skannaa QR-koodi ja vastaa',
  posterPrint: 'Tulosta',
  posterLink: (survey) => `Juliste: ${survey}`,
  posterHint: 'Tulosta A4-kokoisena. Julisteessa on kyselyn nimi usealla kielellä.',
  pageOf: (page, pages) => `Sivu ${page} / ${pages}`,
  nothingAnswered:
    'Et ole vastannut vielä yhteenkään kysymykseen. Vastaa ainakin yhteen, ennen kuin lähetät. Palasit ensimmäiseen kysymykseen.',
  notTranslated: (language) => `ei käännetty, kieli: ${language}`,
  missingLanguage: (language) => `Tätä kyselyä ei ole vielä kielellä ${language}.`,
  missingLanguageChoose: 'Voit vastata jollakin näistä kielistä:',
  fieldErrors: {
    required: 'Vastaa tähän kysymykseen.',
    'not-a-choice': 'Valitse jokin vaihtoehdoista.',
    'too-long': 'Vastaus on liian pitkä. Lyhennä sitä.',
    'not-shown': 'Tätä kysymystä ei kysytä muiden vastaustesi perusteella. Poista vastaus.',
  },
};

const sv: Messages = {
  ...RESPONDENT_NOTICE_TEXTS.sv,
  loading: 'Laddar…',
  loadFailed: 'Sidan kunde inte laddas. Kontrollera nätverksanslutningen och försök igen.',
  tryAgain: 'Försök igen',
  notFoundTitle: 'Sidan hittades inte',
  notFoundText: 'Kontrollera adressen eller skanna QR-koden igen.',
  placeNotFoundTitle: 'Mötesplatsen hittades inte',
  placeNotFoundText: 'Adressen kan vara fel. Skanna QR-koden igen eller fråga personalen.',
  surveyNotFoundTitle: 'Enkäten hittades inte',
  surveyNotFoundText: 'Enkäten kan ha avslutats, eller så är adressen fel.',
  backToPlace: 'Till mötesplatsens sida',
  goHome: 'Till startsidan',
  homeTitle: 'Kohtaamo',
  homeText:
    'Med Kohtaamos enkäter berättar familjer anonymt hur de upplever mötesplatsen. Skanna mötesplatsens QR-kod för att börja.',
  placeIntro:
    'Här kan du svara anonymt på enkäter. Dina svar hjälper oss att utveckla mötesplatsen tillsammans med familjerna.',
  surveysHeading: 'Enkäter',
  noSurveys: 'Just nu finns det inga öppna enkäter.',
  placeInactive: 'Den här mötesplatsen är inte längre i drift.',
  staffHeading: 'För personalen',
  staffPosterText: 'Skriv ut en affisch med enkätens QR-kod:',
  sending: 'Svaren skickas…',
  thankYouTitle: 'Tack för dina svar!',
  thankYouText: 'Dina svar hjälper oss att utveckla den här mötesplatsen.',
  statusSent: 'Dina svar har skickats.',
  statusQueued:
    'Dina svar har sparats på den här enheten och skickas automatiskt när nätverksanslutningen fungerar igen.',
  statusQueuedNoStorage:
    'Nätverksanslutningen bröts. Håll den här sidan öppen: dina svar skickas när anslutningen fungerar igen.',
  statusRejected: 'Svaren kunde inte tas emot. Be personalen om hjälp.',
  newAnswer: 'Nytt svar',
  errorValidation: 'Kontrollera de markerade svaren och skicka igen.',
  errorQuestion: 'Kontrollera det här svaret.',
  errorTooLarge: 'Svaren är för långa för att skickas. Korta ned de skrivna svaren och försök igen.',
  errorGeneric: 'Det gick inte att skicka. Försök igen.',
  outboxPending: {
    one: 'Ett svar väntar på att skickas. Det skickas när nätverksanslutningen fungerar igen.',
    other: '{count} svar väntar på att skickas. De skickas när nätverksanslutningen fungerar igen.',
  },
  posterScan: 'Skanna QR-koden och svara',
  posterPrint: 'Skriv ut',
  posterLink: (survey) => `Affisch: ${survey}`,
  posterHint: 'Skriv ut i A4-format. Affischen har enkätens namn på flera språk.',
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  nothingAnswered:
    'Du har inte svarat på någon fråga ännu. Svara på minst en fråga innan du skickar. Du är tillbaka vid den första frågan.',
  notTranslated: (language) => `inte översatt, språk: ${language}`,
  missingLanguage: (language) => `Den här enkäten finns inte ännu på ${language}.`,
  missingLanguageChoose: 'Du kan svara på något av de här språken:',
  fieldErrors: {
    required: 'Svara på den här frågan.',
    'not-a-choice': 'Välj ett av alternativen.',
    'too-long': 'Svaret är för långt. Korta ned det.',
    'not-shown': 'Den här frågan ställs inte med tanke på dina andra svar. Ta bort svaret.',
  },
};

const en: Messages = {
  ...RESPONDENT_NOTICE_TEXTS.en,
  loading: 'Loading…',
  loadFailed: 'The page could not be loaded. Check your network connection and try again.',
  tryAgain: 'Try again',
  notFoundTitle: 'Page not found',
  notFoundText: 'Check the address or scan the QR code again.',
  placeNotFoundTitle: 'Meeting place not found',
  placeNotFoundText: 'The address may be wrong. Scan the QR code again or ask the staff.',
  surveyNotFoundTitle: 'Survey not found',
  surveyNotFoundText: 'The survey may have ended, or the address is wrong.',
  backToPlace: 'To the meeting place page',
  goHome: 'To the front page',
  homeTitle: 'Kohtaamo',
  homeText:
    'With Kohtaamo surveys, families tell anonymously how they experience their meeting place. Scan the QR code at your meeting place to start.',
  placeIntro:
    'Here you can answer surveys anonymously. Your answers help develop the meeting place together with families.',
  surveysHeading: 'Surveys',
  noSurveys: 'There are no open surveys at the moment.',
  placeInactive: 'This meeting place is no longer in operation.',
  staffHeading: 'For staff',
  staffPosterText: 'Print a poster with the QR code of a survey:',
  sending: 'Sending your answers…',
  thankYouTitle: 'Thank you for your answers!',
  thankYouText: 'Your answers help develop this meeting place.',
  statusSent: 'Your answers have been sent.',
  statusQueued:
    'Your answers are saved on this device and will be sent automatically when the network connection is back.',
  statusQueuedNoStorage:
    'The network connection was lost. Keep this page open: your answers will be sent when the connection is back.',
  statusRejected: 'Your answers could not be accepted. Please ask the staff for help.',
  newAnswer: 'New answer',
  errorValidation: 'Please check the marked answers and send again.',
  errorQuestion: 'Please check this answer.',
  errorTooLarge: 'The answers are too long to send. Shorten the written answers and try again.',
  errorGeneric: 'Sending failed. Please try again.',
  outboxPending: {
    one: 'One answer is waiting to be sent. It will be sent when the network connection is back.',
    other: '{count} answers are waiting to be sent. They will be sent when the network connection is back.',
  },
  posterScan: 'Scan the QR code and answer',
  posterPrint: 'Print',
  posterLink: (survey) => `Poster: ${survey}`,
  posterHint: 'Print on A4 paper. The poster shows the survey title in several languages.',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  nothingAnswered:
    'You have not answered any question yet. Answer at least one before sending. You are back at the first question.',
  notTranslated: (language) => `not translated, language: ${language}`,
  missingLanguage: (language) => `This survey is not available in ${language} yet.`,
  missingLanguageChoose: 'You can answer in one of these languages:',
  fieldErrors: {
    required: 'Please answer this question.',
    'not-a-choice': 'Choose one of the options.',
    'too-long': 'The answer is too long. Please shorten it.',
    'not-shown': 'This question is not asked with your other answers. Please remove the answer.',
  },
};

const ar: Messages = {
  ...RESPONDENT_NOTICE_TEXTS.ar,
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل الصفحة. تحقّق من الاتصال بالإنترنت وحاول مرة أخرى.',
  tryAgain: 'حاول مرة أخرى',
  notFoundTitle: 'لم يتم العثور على الصفحة',
  notFoundText: 'تحقّق من العنوان أو امسح رمز QR مرة أخرى.',
  placeNotFoundTitle: 'لم يتم العثور على مكان اللقاء',
  placeNotFoundText: 'قد يكون العنوان خاطئًا. امسح رمز QR مرة أخرى أو اسأل الموظفين.',
  surveyNotFoundTitle: 'لم يتم العثور على الاستبيان',
  surveyNotFoundText: 'ربما انتهى الاستبيان، أو أن العنوان خاطئ.',
  backToPlace: 'إلى صفحة مكان اللقاء',
  goHome: 'إلى الصفحة الرئيسية',
  homeTitle: 'Kohtaamo',
  homeText:
    'من خلال استبيانات Kohtaamo تخبرنا العائلات دون ذكر أسمائها عن تجربتها في مكان اللقاء. امسح رمز QR في مكان اللقاء للبدء.',
  placeIntro:
    'يمكنك هنا الإجابة عن الاستبيانات دون ذكر اسمك. تساعد إجاباتك على تطوير مكان اللقاء بالتعاون مع العائلات.',
  surveysHeading: 'الاستبيانات',
  noSurveys: 'لا توجد استبيانات مفتوحة في الوقت الحالي.',
  placeInactive: 'مكان اللقاء هذا لم يعد يعمل.',
  staffHeading: 'للموظفين',
  staffPosterText: 'اطبع ملصقًا يحمل رمز QR للاستبيان:',
  sending: 'جارٍ إرسال إجاباتك…',
  thankYouTitle: 'شكرًا على إجاباتك!',
  thankYouText: 'تساعد إجاباتك على تطوير مكان اللقاء هذا.',
  statusSent: 'تم إرسال إجاباتك.',
  statusQueued: 'حُفظت إجاباتك على هذا الجهاز، وستُرسَل تلقائيًا عند عودة الاتصال بالإنترنت.',
  statusQueuedNoStorage: 'انقطع الاتصال بالإنترنت. أبقِ هذه الصفحة مفتوحة: ستُرسَل إجاباتك عند عودة الاتصال.',
  statusRejected: 'تعذّر قبول إجاباتك. يُرجى طلب المساعدة من الموظفين.',
  newAnswer: 'إجابة جديدة',
  errorValidation: 'يُرجى مراجعة الإجابات المحدّدة ثم الإرسال مرة أخرى.',
  errorQuestion: 'يُرجى مراجعة هذه الإجابة.',
  errorTooLarge: 'الإجابات أطول من أن تُرسَل. اختصر الإجابات المكتوبة وحاول مرة أخرى.',
  errorGeneric: 'تعذّر الإرسال. حاول مرة أخرى.',
  outboxPending: {
    zero: 'لا توجد إجابات بانتظار الإرسال.',
    one: 'هناك إجابة واحدة بانتظار الإرسال، وستُرسَل عند عودة الاتصال.',
    two: 'هناك إجابتان بانتظار الإرسال، وستُرسَلان عند عودة الاتصال.',
    few: 'هناك {count} إجابات بانتظار الإرسال، وستُرسَل عند عودة الاتصال.',
    many: 'هناك {count} إجابة بانتظار الإرسال، وستُرسَل عند عودة الاتصال.',
    other: 'هناك {count} إجابة بانتظار الإرسال، وستُرسَل عند عودة الاتصال.',
  },
  posterScan: 'امسح رمز QR وأجب',
  posterPrint: 'طباعة',
  posterLink: (survey) => `ملصق: ${survey}`,
  posterHint: 'اطبع على ورق A4. يظهر على الملصق عنوان الاستبيان بعدة لغات.',
  pageOf: (page, pages) => `الصفحة ${page} من ${pages}`,
  nothingAnswered:
    'لم تُجب عن أي سؤال بعد. أجب عن سؤال واحد على الأقل قبل الإرسال. لقد عدت إلى السؤال الأول.',
  notTranslated: (language) => `غير مترجم، اللغة: ${language}`,
  missingLanguage: (language) => `هذا الاستبيان غير متوفر بعد باللغة ${language}.`,
  missingLanguageChoose: 'يمكنك الإجابة بإحدى هذه اللغات:',
  fieldErrors: {
    required: 'يُرجى الإجابة عن هذا السؤال.',
    'not-a-choice': 'اختر أحد الخيارات.',
    'too-long': 'الإجابة طويلة جدًا. يُرجى اختصارها.',
    'not-shown': 'لا يُطرح هذا السؤال بناءً على إجاباتك الأخرى. يُرجى حذف الإجابة.',
  },
};

const ru: Messages = {
  ...RESPONDENT_NOTICE_TEXTS.ru,
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить страницу. Проверьте подключение к сети и попробуйте ещё раз.',
  tryAgain: 'Попробовать ещё раз',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Проверьте адрес или отсканируйте QR-код ещё раз.',
  placeNotFoundTitle: 'Место встреч не найдено',
  placeNotFoundText: 'Возможно, адрес неверный. Отсканируйте QR-код ещё раз или спросите у сотрудников.',
  surveyNotFoundTitle: 'Опрос не найден',
  surveyNotFoundText: 'Возможно, опрос завершён или адрес неверный.',
  backToPlace: 'На страницу места встреч',
  goHome: 'На главную',
  homeTitle: 'Kohtaamo',
  homeText:
    'С помощью опросов Kohtaamo семьи анонимно рассказывают, как им в месте встреч. Чтобы начать, отсканируйте QR-код в месте встреч.',
  placeIntro:
    'Здесь можно анонимно ответить на опросы. Ваши ответы помогают развивать место встреч вместе с семьями.',
  surveysHeading: 'Опросы',
  noSurveys: 'Сейчас открытых опросов нет.',
  placeInactive: 'Это место встреч больше не работает.',
  staffHeading: 'Для сотрудников',
  staffPosterText: 'Распечатать плакат с QR-кодом опроса:',
  sending: 'Отправляем ваши ответы…',
  thankYouTitle: 'Спасибо за ваши ответы!',
  thankYouText: 'Ваши ответы помогают развивать это место встреч.',
  statusSent: 'Ваши ответы отправлены.',
  statusQueued:
    'Ваши ответы сохранены на этом устройстве и будут отправлены автоматически, когда подключение к сети восстановится.',
  statusQueuedNoStorage:
    'Подключение к сети прервалось. Не закрывайте эту страницу: ответы будут отправлены, когда подключение восстановится.',
  statusRejected: 'Ваши ответы не удалось принять. Пожалуйста, обратитесь к сотрудникам.',
  newAnswer: 'Новый ответ',
  errorValidation: 'Проверьте отмеченные ответы и отправьте ещё раз.',
  errorQuestion: 'Проверьте этот ответ.',
  errorTooLarge: 'Ответы слишком длинные для отправки. Сократите письменные ответы и попробуйте ещё раз.',
  errorGeneric: 'Не удалось отправить. Попробуйте ещё раз.',
  outboxPending: {
    one: '{count} ответ ждёт отправки. Он будет отправлен, когда подключение восстановится.',
    few: '{count} ответа ждут отправки. Они будут отправлены, когда подключение восстановится.',
    many: '{count} ответов ждут отправки. Они будут отправлены, когда подключение восстановится.',
    other: '{count} ответа ждут отправки. Они будут отправлены, когда подключение восстановится.',
  },
  posterScan: 'Отсканируйте QR-код и ответьте',
  posterPrint: 'Печать',
  posterLink: (survey) => `Плакат: ${survey}`,
  posterHint: 'Печатайте на бумаге A4. На плакате название опроса указано на нескольких языках.',
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,
  nothingAnswered:
    'Вы ещё не ответили ни на один вопрос. Ответьте хотя бы на один, прежде чем отправлять. Вы вернулись к первому вопросу.',
  notTranslated: (language) => `не переведено, язык: ${language}`,
  missingLanguage: (language) => `Этот опрос пока недоступен на языке: ${language}.`,
  missingLanguageChoose: 'Вы можете ответить на одном из этих языков:',
  fieldErrors: {
    required: 'Пожалуйста, ответьте на этот вопрос.',
    'not-a-choice': 'Выберите один из вариантов.',
    'too-long': 'Ответ слишком длинный. Сократите его.',
    'not-shown': 'Этот вопрос не задаётся при ваших других ответах. Удалите ответ.',
  },
};

const catalogue: Record<ChromeLanguage, Messages> = { fi, sv, en, ar, ru, so, et, uk, fa, sq };

/** The chrome strings for `lang` (English when we have no translation). */
export function messages(lang: string): Messages {
  return catalogue[chromeLanguageFor(lang)];
}
