/**
 * The catalogue as Markdown, for docs/indicators.md. The unit tests compare the document with
 * this output, so the document cannot drift from the catalogue; regenerate it with
 * `UPDATE_DOCS=1 npx jest --selectProjects unit reports/indicator-catalogue`.
 */
import { IndicatorDefinition } from './indicator-catalogue';

export const CATALOGUE_START = '<!-- catalogue:start (generated from reports/indicator-catalogue.ts) -->';
export const CATALOGUE_END = '<!-- catalogue:end -->';

function itemsText(indicator: IndicatorDefinition): string {
  const byName = new Map<string, number[]>();
  for (const [version, name] of Object.entries(indicator.items)) {
    byName.set(name, [...(byName.get(name) ?? []), Number(version)]);
  }
  return [...byName].map(([name, versions]) => `\`${name}\` (v${versions.join(', v')})`).join('; ');
}

function valueText(indicator: IndicatorDefinition): string {
  const { scale, scoring } = indicator;
  const range = `${scale.min}–${scale.max}`;
  if (scoring.type === 'mean') return `mean of ${scale.kind} ${range}`;
  const values = [...scoring.values].sort((a, b) => a - b);
  const contiguous = values.every((v, i) => i === 0 || v === values[i - 1] + 1);
  const set = values.length > 1 && contiguous ? `${values[0]}–${values.at(-1)}` : values.join(', ');
  return `share answering ${set} (${scale.kind} ${range})`;
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

export function renderCatalogueTable(catalogue: readonly IndicatorDefinition[]): string {
  const header = [
    '| key | core | title (fi / sv / en) | instrument | item (survey versions) | value | unit | direction | periods |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = catalogue.map((i) =>
    [
      `\`${i.key}\``,
      i.core ? 'yes' : '',
      escape(`${i.title.fi} / ${i.title.sv} / ${i.title.en}`),
      `\`${i.instrument}\``,
      itemsText(i),
      valueText(i),
      i.unit,
      i.direction,
      i.periods.join(', '),
    ].join(' | '),
  );
  const notes = catalogue
    .filter((i) => i.note)
    .map((i) => `- \`${i.key}\`: ${escape(i.note!.en)}`);
  const descriptions = catalogue.map((i) => `- \`${i.key}\`: ${i.description.en}`);
  return [
    ...header,
    ...rows.map((row) => `| ${row} |`),
    '',
    'What each figure says:',
    '',
    ...descriptions,
    '',
    'Caveats for comparisons over time:',
    '',
    ...notes,
  ].join('\n');
}

/** The document with its generated section replaced. */
export function withCatalogueTable(document: string, catalogue: readonly IndicatorDefinition[]): string {
  const start = document.indexOf(CATALOGUE_START);
  const end = document.indexOf(CATALOGUE_END);
  if (start < 0 || end < start) throw new Error('docs/indicators.md has lost its catalogue markers');
  return `${document.slice(0, start + CATALOGUE_START.length)}\n${renderCatalogueTable(catalogue)}\n${document.slice(end)}`;
}
