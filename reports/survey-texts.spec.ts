import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Model, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/russian';
import 'survey-core/i18n/estonian';
import 'survey-core/i18n/ukrainian';
import 'survey-core/i18n/persian';
import '../web/src/features/respond/survey-locales';
import { RESPONDENT_LANGUAGE_CODES } from './languages';
import { completeButtonText, definitionLocales } from './survey-texts';

// The notice reads the definition without survey-core; these hold it to what survey-core does.

surveyLocalization.defaultLocale = 'fi';
const ROOT = join(__dirname, '..', 'survey-definitions');
const definitions = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir.name))
      .filter((name) => /^v\d+\.json$/.test(name))
      .map((name) => [`${dir.name}/${name}`, JSON.parse(readFileSync(join(ROOT, dir.name, name), 'utf8')) as Record<string, unknown>] as const),
  );

test.each(definitions)('%s: the languages are the ones survey-core finds', (_, definition) => {
  const used = new Model(definition).getUsedLocales();
  expect(new Set(definitionLocales(definition))).toEqual(new Set(used.length > 0 ? used : ['fi']));
});

test('a definition with one language, or none, is Finnish', () => {
  expect(definitionLocales({ title: 'Kysely', pages: [{ elements: [{ type: 'comment', name: 'x' }] }] })).toEqual(['fi']);
  expect(definitionLocales({ title: { default: 'Kysely', sv: 'Enkät' }, pages: [{ elements: [{ type: 'text', name: 'value', title: 'text' }] }] })).toEqual(['fi', 'sv']);
});

test.each([...RESPONDENT_LANGUAGE_CODES])('the Complete button in %s reads as survey-core labels it', (lang) => {
  expect(completeButtonText({}, lang)).toBe(surveyLocalization.getString('completeText', lang));
});

test("a definition's own Complete label wins", () => {
  expect(completeButtonText({ completeText: { default: 'Lähetä', sv: 'Skicka' } }, 'sv')).toBe('Skicka');
});
