import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SUBSET_QUESTION_TYPES, surveyCssSubset } from './survey-css-subset';

test('rules of unused blocks go, shared ones keep their other selectors, emptied media queries go', () => {
  const css =
    '@charset "UTF-8";.sd-question{color:red}.sd-table__cell,.sd-item{margin:0}.sd-table{x:y}' +
    '@media (max-width:600px){.sd-file{a:b}}@media (min-width:1px){.sd-rating{c:d}.sd-matrix--x{e:f}}' +
    '.sd-tablewide{g:h}.sd-item:is(.sd-table,.x){i:j}@keyframes spin{to{transform:rotate(1turn)}}';
  expect(surveyCssSubset(css)).toBe(
    '@charset "UTF-8";.sd-question{color:red}.sd-item{margin:0}@media (min-width:1px){.sd-rating{c:d}}' +
      '.sd-tablewide{g:h}@keyframes spin{to{transform:rotate(1turn)}}',
  );
});

test("survey-core's stylesheet loses most of its weight and none of the used question types", () => {
  const css = readFileSync(join(__dirname, '..', 'node_modules/survey-core/survey-core.fontless.min.css'), 'utf8');
  const subset = surveyCssSubset(css);
  expect(subset.length).toBeLessThan(css.length * 0.6);
  const missing = ['.sd-rating__item', '.sd-item__control', '.sd-checkbox', '.sd-radio', '.sd-comment', '.sd-panel', '.sd-btn'].filter((block) => !subset.includes(block));
  expect(missing).toEqual([]);
});

test('every question type of the survey definitions keeps its look', () => {
  const root = join(__dirname, '..', 'survey-definitions');
  const types = new Set<string>();
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, dir.name)).filter((name) => /^v\d+\.json$/.test(name))) {
      for (const match of readFileSync(join(root, dir.name, file), 'utf8').matchAll(/"type":\s*"([a-z]+)"/g)) types.add(match[1]);
    }
  }
  expect([...types].filter((type) => !(SUBSET_QUESTION_TYPES as readonly string[]).includes(type))).toEqual([]);
});
