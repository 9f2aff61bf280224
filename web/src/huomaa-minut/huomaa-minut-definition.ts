import { RESPONDENT_LANGUAGES } from '../../../reports/languages';
import { texts, withoutEmoji, type Localised } from '../kiosk/kiosk-definition';

// What the adult-assisted Huomaa minut flow shows, read from its definition (survey-definitions/
// huomaa-minut/v<N>.json) without survey-core, as the kiosk reads instant feedback: the child's
// picture questions, the wish the adult writes down, the age band and the adult's observation.
// The server validates the answer with survey-core as always.

type Element = {
  type?: string;
  name?: string;
  title?: Localised;
  description?: Localised;
  maxLength?: number;
  rateValues?: { value: number; text: Localised }[];
  choices?: { value: string; text: Localised }[];
};

export interface PictureChoice {
  value: string | number;
  /** The choice's words in each language, without the emoji the definition starts them with. */
  label: Record<string, string>;
  /** A bundled pictogram (web/public/pictograms) for the choice's emoji; null when there is none. */
  picture: string | null;
}

/** A question the child answers on its own screen by tapping pictures. */
export interface PictureQuestion {
  name: string;
  multiple: boolean;
  title: Record<string, string>;
  hint: Record<string, string>;
  choices: PictureChoice[];
}

export interface WrittenQuestion {
  name: string;
  title: Record<string, string>;
  hint: Record<string, string>;
  maxLength: number;
}

export interface HuomaaMinutSurvey {
  version: number;
  /** The definition's languages, in the app's order (Finnish first). */
  languages: string[];
  title: Record<string, string>;
  questions: PictureQuestion[];
  /** The child's wish, written down by the adult in the child's words; null if the version has none. */
  wish: WrittenQuestion | null;
  ageBand: { name: string; title: Record<string, string>; choices: { value: string; label: Record<string, string> }[] };
  observation: WrittenQuestion;
}

/** The emoji of these codepoints have a pictogram in web/public/pictograms (Twemoji, CC-BY 4.0). */
const BUNDLED_PICTOGRAMS = new Set(['1f622', '1f610', '1f60a', '1f641', '1f642', '1f9f8', '1f46b', '1f917', '1f34e', '1f3a8', '1f3b5', '1f4da', '26bd', '1f333']);

const LEADING_EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0F\u200D]+/u;

/** "😊 Kivalta" → "/pictograms/1f60a.svg", named as Twemoji names its files (no FE0F). */
export function pictogramOf(text: string): string | null {
  const emoji = LEADING_EMOJI.exec(text.trim())?.[0];
  if (!emoji) return null;
  const code = [...emoji]
    .map((char) => char.codePointAt(0)!)
    .filter((point) => point !== 0xfe0f)
    .map((point) => point.toString(16))
    .join('-');
  return BUNDLED_PICTOGRAMS.has(code) ? `/pictograms/${code}.svg` : null;
}

const mapTexts = (value: Localised, map: (text: string) => string) => Object.fromEntries(Object.entries(texts(value)).map(([lang, text]) => [lang, map(text)]));

const AGE_BAND = 'age_band';
const OBSERVATION = 'adult_observation';
const WISH = 'wish';

export function huomaaMinutSurveyOf(version: number, definition: Record<string, unknown>): HuomaaMinutSurvey {
  const pages = (definition.pages ?? []) as { elements?: Element[] }[];
  const elements = pages.flatMap((page) => page.elements ?? []);
  const named = (name: string) => elements.find((element) => element.name === name);
  const ageBand = named(AGE_BAND);
  const observation = named(OBSERVATION);
  if (!ageBand?.choices || !observation) throw new Error('The huomaa-minut definition has no age band or observation question.');
  const written = (element: Element): WrittenQuestion => ({
    name: element.name!,
    title: texts(element.title),
    hint: texts(element.description),
    maxLength: element.maxLength ?? 1000,
  });
  const questions = elements
    .filter((element) => element.name !== AGE_BAND && (element.type === 'rating' || element.type === 'radiogroup' || element.type === 'checkbox'))
    .map((element) => ({
      name: element.name!,
      multiple: element.type === 'checkbox',
      title: texts(element.title),
      hint: texts(element.description),
      choices: (element.rateValues ?? element.choices ?? []).map((choice) => {
        const label = texts(choice.text);
        return { value: choice.value, label: mapTexts(choice.text, withoutEmoji), picture: pictogramOf(label.fi ?? '') };
      }),
    }));
  const title = texts(definition.title as Localised);
  const known = RESPONDENT_LANGUAGES.map((language) => language.code as string);
  const languages = Object.keys(title).sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  const wish = named(WISH);
  return {
    version,
    languages,
    title,
    questions,
    wish: wish ? written(wish) : null,
    ageBand: { name: AGE_BAND, title: texts(ageBand.title), choices: ageBand.choices.map((choice) => ({ value: choice.value, label: texts(choice.text) })) },
    observation: written(observation),
  };
}
