import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withNewVersion } from './instrument-index';
import { readSheetFile, writeWorkbook } from './sheet-files';
import { exportSheet, importSheet, TranslationSheetError, type Json, type TranslationSheet } from './translation-sheet';
import type { InstrumentIndexEntry } from '../../api/src/surveys/survey-definition-files';

type Definition = { [key: string]: Json };
const definitionsDir = join(__dirname, '..', '..', 'survey-definitions');
const read = (path: string) => JSON.parse(readFileSync(join(definitionsDir, path), 'utf8')) as Definition;
const visitorV2 = read('visitor-survey/v2.json');

const column = (sheet: TranslationSheet, code: string) => sheet.header.indexOf(code);
const cell = (sheet: TranslationSheet, key: string, code: string) =>
  sheet.rows.find((row) => row[0] === key)?.[column(sheet, code)];
const fill = (sheet: TranslationSheet, code: string, text: (fi: string, key: string) => string): TranslationSheet => ({
  header: sheet.header,
  rows: sheet.rows.map((row) => row.map((value, i) => (i === column(sheet, code) ? text(row[1], row[0]) : value))),
});
const refusal = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof TranslationSheetError) return error.problems;
    throw error;
  }
  throw new Error('the sheet was accepted');
};

describe('exportSheet', () => {
  const sheet = exportSheet(visitorV2);

  it('has key, the Finnish source and one column per respondent language', () => {
    expect(sheet.header).toEqual(['key', 'fi', 'sv', 'en', 'ar', 'ru', 'so', 'et', 'uk', 'fa', 'sq']);
  });

  it('names every text by its element and answer code, with the Finnish source and existing translations', () => {
    expect(sheet.rows).toHaveLength(105);
    expect(sheet.rows.slice(0, 2).map((row) => row.slice(0, 4))).toEqual([
      ['survey.title', 'Perheiden kävijäkysely', 'Besöksenkät för familjer', 'Visitor survey for families'],
      ['survey.description', expect.stringMatching(/^Kerro, millaista/), expect.any(String), expect.any(String)],
    ]);
    expect(cell(sheet, 'loneliness.title', 'fi')).toBe('Tunnetko itsesi yksinäiseksi?');
    expect(cell(sheet, 'loneliness.rateValues.5.text', 'en')).toBe('Always');
    expect(cell(sheet, 'respondent_role.choices.other-carer.text', 'fi')).toBe('Muu aikuinen, joka tulee lapsen kanssa');
    expect(cell(sheet, 'page_loneliness.title', 'sv')).toBe('Ensamhet');
    expect(new Set(sheet.rows.map((row) => row[0])).size).toBe(105);
    // Languages the definition lacks are empty columns for the translators.
    expect(sheet.rows.every((row) => row[column(sheet, 'so')] === '')).toBe(true);
  });
});

describe('importSheet', () => {
  const somali = fill(exportSheet(visitorV2), 'so', (fi, key) => `SO ${key}: ${fi.length}`);

  it('writes the texts of a filled column into the definition and leaves everything else as it was', () => {
    const result = importSheet(visitorV2, somali);
    expect(result.languages).toEqual(['fi', 'sv', 'en', 'so']);
    expect(result.changedLanguages).toEqual(['so']);
    const firstQuestion = (definition: Definition) => ((definition.pages as Definition[])[0].elements as Definition[])[0];
    expect(firstQuestion(result.definition).title).toEqual({
      default: 'Tunnen itseni tervetulleeksi, ja minua kuunnellaan täällä.',
      sv: 'Jag känner mig välkommen, och här lyssnar man på mig.',
      en: 'I feel welcome here, and people listen to me.',
      so: 'SO felt_welcome.title: 58',
    });
    // Without the Somali texts the definition is the same as before.
    const stripped = JSON.parse(JSON.stringify(result.definition, (k, v) => (k === 'so' ? undefined : v)));
    expect(stripped).toEqual(visitorV2);
  });

  it('round-trips: exporting the imported definition gives back the filled sheet', () => {
    const result = importSheet(visitorV2, somali);
    expect(exportSheet(result.definition)).toEqual(somali);
    expect(importSheet(result.definition, exportSheet(result.definition)).changedLanguages).toEqual([]);
  });

  it('round-trips through an XLSX workbook, Arabic and Persian included', async () => {
    const filled = fill(fill(somali, 'ar', (fi) => `عربي ${fi}`), 'fa', (fi) => `فارسی ${fi}`);
    const read = await readSheetFile(await writeWorkbook(filled, 'test'));
    expect(read).toEqual(filled);
    expect(importSheet(visitorV2, read).languages).toEqual(['fi', 'sv', 'en', 'ar', 'so', 'fa']);
  });

  it('reads a UTF-8 CSV with Excel\'s byte order mark and semicolons', async () => {
    const csv = '\uFEFF' + somali.header.join(';') + '\r\n' + somali.rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(';')).join('\r\n');
    expect(await readSheetFile(Buffer.from(csv, 'utf8'))).toEqual(somali);
  });

  it('refuses a CSV that is not UTF-8 (Excel\'s plain "save as CSV")', async () => {
    const latin1 = Buffer.from('key;fi;sv\r\nsurvey.title;Perheiden kävijäkysely;Besöksenkät för familjer\r\n', 'latin1');
    await expect(readSheetFile(latin1)).rejects.toThrow(/not UTF-8/);
  });

  it('refuses a sheet whose Finnish source text was changed', () => {
    const edited = fill(somali, 'fi', (fi, key) => (key === 'felt_welcome.title' ? 'Tunnen itseni tervetulleeksi.' : fi));
    expect(refusal(() => importSheet(visitorV2, edited))).toEqual([
      'felt_welcome.title: the Finnish source text differs from the current version ("Tunnen itseni tervetulleeksi." ≠ "Tunnen itseni tervetulleeksi, ja minua kuunnellaan täällä.")',
    ]);
  });

  it('refuses a sheet with keys that are missing, unknown or repeated', () => {
    const rows = somali.rows.filter((row) => row[0] !== 'loneliness.title');
    rows.push(['lonelyness.title', 'Tunnetko itsesi yksinäiseksi?', ...rows[0].slice(2)], rows[0]);
    expect(refusal(() => importSheet(visitorV2, { header: somali.header, rows }))).toEqual([
      'key lonelyness.title is not in the current version',
      'key survey.title appears twice',
      'key loneliness.title is missing from the sheet',
    ]);
  });

  it('refuses a half-filled language and a deleted column of a language the survey has', () => {
    const half = fill(somali, 'so', (fi, key) => (key.startsWith('survey.') ? '' : fi + '!'));
    const withoutSwedish: TranslationSheet = {
      header: half.header.filter((h) => h !== 'sv'),
      rows: half.rows.map((row) => row.filter((_, i) => i !== column(half, 'sv'))),
    };
    expect(refusal(() => importSheet(visitorV2, withoutSwedish))).toEqual([
      'so: no text for survey.title, survey.description, survey.completedHtml',
      'sv: the current version has this language, but the sheet has no texts for it',
    ]);
  });

  it('refuses a sheet made for an older version', () => {
    const v1Sheet = exportSheet(read('visitor-survey/v1.json'));
    expect(refusal(() => importSheet(visitorV2, v1Sheet))).toContain('key would_recommend.title is missing from the sheet');
  });
});

describe('withNewVersion', () => {
  const index: InstrumentIndexEntry[] = [
    {
      key: 'instant-feedback',
      kind: 'instant-feedback',
      audience: 'families',
      title: { fi: 'Pikapalaute', sv: 'Snabbrespons', en: 'Quick feedback' },
      periods: ['year'],
      versions: [
        {
          version: 1,
          publishedAt: '2025-01-15T00:00:00.000Z',
          checksum: 'a'.repeat(64),
          languages: { fi: { reviewed: true }, en: { reviewed: true }, ar: { reviewed: true }, ru: { reviewed: false } },
        },
      ],
    },
  ];

  it('locks the next version and marks new or changed languages unreviewed unless a reviewer is named', () => {
    const { index: next, version } = withNewVersion(index, {
      key: 'instant-feedback',
      text: '{}\n',
      publishedAt: new Date('2026-12-01T00:00:00Z'),
      languages: ['fi', 'en', 'ar', 'ru', 'so', 'et'],
      changedLanguages: ['so', 'et', 'en'],
      reviewed: ['et'],
    });
    expect(version).toBe(2);
    expect(next[0].versions[1]).toEqual({
      version: 2,
      publishedAt: '2026-12-01T00:00:00.000Z',
      checksum: 'ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356',
      languages: {
        fi: { reviewed: true },
        en: { reviewed: true },
        ar: { reviewed: true },
        ru: { reviewed: false },
        so: { reviewed: false },
        et: { reviewed: true },
      },
    });
  });

  it('refuses to publish before the previous version', () => {
    expect(() =>
      withNewVersion(index, { key: 'instant-feedback', text: '{}\n', publishedAt: new Date('2024-01-01T00:00:00Z'), languages: ['fi'], changedLanguages: [], reviewed: [] }),
    ).toThrow('instant-feedback v2 would be published before v1 (2025-01-15T00:00:00.000Z)');
  });
});
