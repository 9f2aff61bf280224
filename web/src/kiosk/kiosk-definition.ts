import { RESPONDENT_LANGUAGES } from '../../../reports/languages';

// What the kiosk shows, read from the instant-feedback definition (survey-definitions/
// instant-feedback/v<N>.json) without survey-core: the mood question, its faces and the
// thank-you, in every language the definition has. The server validates the answer with
// survey-core as always.

export type Localised = string | Record<string, string> | undefined;

export interface KioskFace {
  value: number;
  /** The face's words in each language, without the emoji the definition starts them with. */
  label: Record<string, string>;
}

/** An optional question after the faces: who answers (child or adult), what was nice today. */
export interface KioskFollowUp {
  name: string;
  /** Several choices may be picked (a checkbox question), else one. */
  multiple: boolean;
  title: Record<string, string>;
  choices: { value: string; label: Record<string, string> }[];
}

export interface KioskSurvey {
  version: number;
  /** The definition's languages, Finnish (its `default`) first. */
  languages: string[];
  question: Record<string, string>;
  faces: KioskFace[];
  /** The definition's optional choice questions after the mood, in order; never required. */
  followUps: KioskFollowUp[];
  thanks: Record<string, string>;
}

/** A localised text as a map with `fi` for SurveyJS's `default`. */
export function texts(value: Localised): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value === 'string') return { fi: value };
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value)) out[lang === 'default' ? 'fi' : lang] = text;
  return out;
}

/** "🙁 Harmittaa" → "Harmittaa": the kiosk draws its own faces. */
export const withoutEmoji = (text: string) => text.replace(/^[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0F\u200D\s]+/u, '').trim() || text;

/** "<h3>Kiitos! 💛</h3><p>Tervetuloa uudelleen!</p>" → "Kiitos! 💛 Tervetuloa uudelleen!" (never rendered as HTML). */
const plainText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

export function kioskSurveyOf(version: number, definition: Record<string, unknown>): KioskSurvey {
  type Element = { type?: string; name?: string; title?: Localised; isRequired?: boolean; visibleIf?: string; rateValues?: { value: number; text: Localised }[]; choices?: { value: string; text: Localised }[] };
  const pages = (definition.pages ?? []) as { elements?: Element[] }[];
  const elements = pages.flatMap((page) => page.elements ?? []);
  const mood = elements.find((element) => element.name === 'mood');
  if (!mood?.rateValues) throw new Error('The instant-feedback definition has no mood question.');
  const faces = mood.rateValues.map((choice) => ({
    value: choice.value,
    label: Object.fromEntries(Object.entries(texts(choice.text)).map(([lang, text]) => [lang, withoutEmoji(text)])),
  }));
  const question = texts(mood.title);
  const thanks = Object.fromEntries(Object.entries(texts(definition.completedHtml as Localised)).map(([lang, html]) => [lang, plainText(html)]));
  const known = RESPONDENT_LANGUAGES.map((language) => language.code as string);
  const languages = Object.keys(question).sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  // Only plain optional choice questions: anything conditional or required stays for the full survey page.
  const followUps = elements
    .filter((element) => (element.type === 'radiogroup' || element.type === 'checkbox') && element.name && !element.isRequired && !element.visibleIf && element.choices)
    .map((element) => ({
      name: element.name!,
      multiple: element.type === 'checkbox',
      title: texts(element.title),
      choices: element.choices!.map((choice) => ({
        value: choice.value,
        label: Object.fromEntries(Object.entries(texts(choice.text)).map(([lang, text]) => [lang, withoutEmoji(text)])),
      })),
    }));
  return { version, languages, question, faces, followUps, thanks };
}

/** A text in the language, else Finnish. */
export const inLanguage = (text: Record<string, string>, lang: string): string => text[lang] ?? text.fi ?? '';

export function endonymOf(lang: string): string {
  return RESPONDENT_LANGUAGES.find((language) => language.code === lang)?.endonym ?? lang;
}

export function isRightToLeftLanguage(lang: string): boolean {
  return RESPONDENT_LANGUAGES.find((language) => language.code === lang)?.direction === 'rtl';
}
