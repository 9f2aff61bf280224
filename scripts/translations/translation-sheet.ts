/**
 * Translation sheets for survey definitions: every translatable text of a definition as one
 * row (a stable key, the Finnish source, one column per language), and back.
 *
 * Pure functions over SurveyJS JSON, so the round trip is unit-tested without files. The
 * workbook and CSV encodings live in sheet-files.ts, the command in cli.ts.
 */
import { RESPONDENT_LANGUAGE_CODES } from '../../reports/languages';

// Survey definitions are untyped SurveyJS JSON, walked generically.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Column headers before the languages. Finnish is the definitions' `default` locale. */
export const KEY_COLUMN = 'key';
export const SOURCE_COLUMN = 'fi';

export interface TranslationSheet {
  /** `key`, `fi`, then one language code per column. */
  header: string[];
  rows: string[][];
}

export class TranslationSheetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The translation sheet cannot be used:\n  - ${problems.join('\n  - ')}`);
  }
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A localised text as the conventions write it: `{"default": Finnish, "sv": …, …}`. */
const isLocalisedText = (value: Json | undefined): value is Record<string, string> =>
  isObject(value) && typeof value.default === 'string' && Object.values(value).every((v) => typeof v === 'string');

interface TextSlot {
  key: string;
  holder: JsonObject;
  property: string;
}

/**
 * Every localised text with a key that survives reordering: the name of the nearest page,
 * panel or question (or `survey`), then the property path below it, with choices and scale
 * points named by their answer code (`felt_welcome.rateValues.1.text`).
 */
function textSlots(definition: JsonObject): TextSlot[] {
  const slots: TextSlot[] = [];
  const visit = (node: JsonObject, path: string) => {
    for (const [property, value] of Object.entries(node)) {
      if (isLocalisedText(value)) {
        slots.push({ key: `${path}.${property}`, holder: node, property });
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (!isObject(item)) return;
          if (typeof item.name === 'string' && (property === 'pages' || property === 'elements')) visit(item, item.name);
          else visit(item, `${path}.${property}.${typeof item.value === 'string' || typeof item.value === 'number' ? item.value : i}`);
        });
      } else if (isObject(value)) {
        visit(value, `${path}.${property}`);
      }
    }
  };
  visit(definition, 'survey');
  const seen = new Set<string>();
  for (const slot of slots) {
    // Names are unique in a definition (definitions.spec.ts), so this only fires on a broken file.
    if (seen.has(slot.key)) throw new Error(`Two texts share the key ${slot.key}`);
    seen.add(slot.key);
  }
  return slots;
}

/** The languages a definition has for its texts, Finnish first (`default` is written `fi`). */
export function definitionLanguages(definition: JsonObject): string[] {
  const slots = textSlots(definition);
  const used = new Set(slots.flatMap((slot) => Object.keys(slot.holder[slot.property] as JsonObject)));
  used.delete('default');
  return [SOURCE_COLUMN, ...orderLanguages([...used])];
}

/** Kohtaamo's respondent languages in their usual order, then any others alphabetically. */
function orderLanguages(languages: string[]): string[] {
  const rank = (code: string) => {
    const i = (RESPONDENT_LANGUAGE_CODES as readonly string[]).indexOf(code);
    return i === -1 ? RESPONDENT_LANGUAGE_CODES.length : i;
  };
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The sheet for translators: the definition's own languages filled in, and an empty column for
 * every other respondent language (and any in `extraLanguages`) to fill.
 */
export function exportSheet(definition: JsonObject, extraLanguages: readonly string[] = []): TranslationSheet {
  const languages = orderLanguages([...RESPONDENT_LANGUAGE_CODES, ...extraLanguages, ...definitionLanguages(definition)]).filter(
    (code) => code !== SOURCE_COLUMN,
  );
  const rows = textSlots(definition).map((slot) => {
    const text = slot.holder[slot.property] as Record<string, string>;
    return [slot.key, text.default, ...languages.map((code) => text[code] ?? '')];
  });
  return { header: [KEY_COLUMN, SOURCE_COLUMN, ...languages], rows };
}

export interface ImportResult {
  /** The next version's definition: the current one with the sheet's texts. */
  definition: JsonObject;
  /** Languages of the new definition, Finnish first. */
  languages: string[];
  /** Languages whose texts the sheet adds or changes. */
  changedLanguages: string[];
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/**
 * Applies a filled sheet to the current definition. Refused, with every problem listed, when the
 * keys or the Finnish source texts differ from the definition (the sheet was made for another
 * version, or someone edited the source), or when a language column is only partly filled. An
 * entirely empty column leaves that language out.
 */
export function importSheet(current: JsonObject, sheet: TranslationSheet): ImportResult {
  const problems: string[] = [];
  const header = sheet.header.map((h) => h.trim());
  if (header[0] !== KEY_COLUMN || header[1] !== SOURCE_COLUMN) {
    throw new TranslationSheetError([`the first columns must be "${KEY_COLUMN}" and "${SOURCE_COLUMN}", not "${header[0]}" and "${header[1]}"`]);
  }
  const languages = header.slice(2);
  for (const code of languages) if (!LANGUAGE_CODE.test(code)) problems.push(`column "${code}" is not a language code`);
  const duplicates = languages.filter((code, i) => languages.indexOf(code) !== i);
  for (const code of new Set(duplicates)) problems.push(`column "${code}" appears twice`);

  const definition = structuredClone(current) as JsonObject;
  const slots = new Map(textSlots(definition).map((slot) => [slot.key, slot]));
  const rows = sheet.rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const rowKeys = new Set<string>();
  for (const row of rows) {
    const key = (row[0] ?? '').trim();
    const slot = slots.get(key);
    if (rowKeys.has(key)) problems.push(`key ${key} appears twice`);
    rowKeys.add(key);
    if (!slot) {
      problems.push(`key ${key || '(empty)'} is not in the current version`);
      continue;
    }
    const source = (slot.holder[slot.property] as Record<string, string>).default;
    if ((row[1] ?? '') !== source) problems.push(`${key}: the Finnish source text differs from the current version ("${row[1] ?? ''}" ≠ "${source}")`);
  }
  for (const key of slots.keys()) if (!rowKeys.has(key)) problems.push(`key ${key} is missing from the sheet`);

  const filled = languages.filter((_, column) => rows.some((row) => (row[column + 2] ?? '').trim() !== ''));
  for (const code of filled) {
    const column = languages.indexOf(code) + 2;
    const empty = rows.filter((row) => (row[column] ?? '').trim() === '').map((row) => row[0]);
    if (empty.length > 0) problems.push(`${code}: no text for ${empty.join(', ')}`);
  }
  const dropped = definitionLanguages(current).filter((code) => code !== SOURCE_COLUMN && !filled.includes(code));
  // A deleted column would silently take a language away from the families who use it.
  for (const code of dropped) problems.push(`${code}: the current version has this language, but the sheet has no texts for it`);
  if (problems.length > 0) throw new TranslationSheetError(problems);

  const order = orderLanguages(filled);
  const changed = new Set<string>();
  for (const row of rows) {
    const slot = slots.get(row[0].trim())!;
    const before = slot.holder[slot.property] as Record<string, string>;
    const after: Record<string, string> = { default: before.default };
    for (const code of order) {
      // Cells keep their inner spacing and line breaks; only the edges are trimmed.
      const text = row[languages.indexOf(code) + 2].trim();
      if (before[code] !== text) changed.add(code);
      after[code] = text;
    }
    slot.holder[slot.property] = after;
  }
  return { definition, languages: [SOURCE_COLUMN, ...order], changedLanguages: orderLanguages([...changed]) };
}
