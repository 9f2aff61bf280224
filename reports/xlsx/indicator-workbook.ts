import { findIndicator, INDICATOR_CATALOGUE, LocalisedText } from '../indicator-catalogue';
import { fittedColumns, Sheet } from './sheets';
import { XlsxFormat, XlsxRow } from './workbook-writer';
import { ChangeVerdict, IndicatorStatus, WORKBOOK_TEXT, WorkbookLanguage, WorkbookLevel } from './workbook-text';

/** One figure of indicators.xlsx, as the indicator service computed and suppressed it. */
export interface IndicatorFigure {
  period: string;
  level: WorkbookLevel;
  areaCode: string | null;
  areaName: LocalisedText;
  indicator: string;
  value: number | null;
  n: number;
  /** As the API: true also when nobody answered (status says which). */
  suppressed: boolean;
  status: IndicatorStatus;
  ci95: readonly [number, number] | null;
  releasedAt: string | null;
  coverage: { from: string; to: string; partial: boolean } | null;
  previous: { period: string; value: number | null } | null;
  change: { value: number; ci95: readonly [number, number]; clear: boolean; comparable: boolean } | null;
}

const COLUMN_ORDER = [
  'period',
  'level',
  'areaCode',
  'area',
  'indicatorKey',
  'indicator',
  'value',
  'n',
  'ciLow',
  'ciHigh',
  'status',
  'change',
  'changeLow',
  'changeHigh',
  'changeVerdict',
] as const;
const COLUMN_FORMATS: Record<(typeof COLUMN_ORDER)[number], XlsxFormat> = {
  period: 'text',
  level: 'text',
  areaCode: 'text',
  area: 'text',
  indicatorKey: 'text',
  indicator: 'text',
  value: 'percent',
  n: 'integer',
  ciLow: 'percent',
  ciHigh: 'percent',
  status: 'text',
  change: 'percent',
  changeLow: 'percent',
  changeHigh: 'percent',
  changeVerdict: 'text',
};
const VALUE_COLUMNS = [6, 8, 9, 11, 12, 13];

/** How a change reads: better or worse only when it is clear (which needs a comparable question). */
export function changeVerdict(change: { value: number; clear: boolean; comparable: boolean }, direction: 'higher-is-better' | 'lower-is-better'): ChangeVerdict {
  if (!change.comparable) return 'not-comparable';
  if (!change.clear) return 'no-clear-change';
  return (change.value > 0) === (direction === 'higher-is-better') ? 'better' : 'worse';
}

/**
 * The data sheet: codes as text, values as numbers (a share shown in per cent, a mean with one
 * decimal), n an integer (participation, shown exactly). A suppressed figure carries no value
 * or interval, exactly as the API, and the status says why.
 */
export function indicatorSheet(figures: readonly IndicatorFigure[], language: WorkbookLanguage): Sheet {
  const t = WORKBOOK_TEXT[language];
  const rows = figures.map((figure): XlsxRow => {
    const definition = findIndicator(figure.indicator);
    const format: XlsxFormat = definition?.unit === 'mean' ? 'decimal' : 'percent';
    const shown = figure.status === 'published';
    return {
      cells: [
        figure.period,
        t.levels[figure.level],
        figure.areaCode,
        figure.areaName[language],
        figure.indicator,
        definition?.title[language] ?? figure.indicator,
        shown ? figure.value : null,
        figure.n,
        shown && figure.ci95 ? figure.ci95[0] : null,
        shown && figure.ci95 ? figure.ci95[1] : null,
        t.status[figure.status],
        figure.change?.value ?? null,
        figure.change?.ci95[0] ?? null,
        figure.change?.ci95[1] ?? null,
        figure.change ? t.changeVerdicts[changeVerdict(figure.change, definition?.direction ?? 'higher-is-better')] : null,
      ],
      formats: Object.fromEntries(VALUE_COLUMNS.map((i) => [i, format])),
    };
  });
  const headers = COLUMN_ORDER.map((key) => t.indicatorColumns[key]);
  return { name: t.sheets.indicators, columns: fittedColumns(headers, COLUMN_ORDER.map((key) => COLUMN_FORMATS[key]), rows), rows };
}

/** What every column, indicator, level and status of the data sheet means. */
export function indicatorCodebookSheet(language: WorkbookLanguage): Sheet {
  const t = WORKBOOK_TEXT[language];
  const kinds = t.codebookKinds;
  const rows: XlsxRow[] = [
    ...COLUMN_ORDER.map((key) => ({ cells: [kinds.column, t.indicatorColumns[key], t.indicatorColumns[key], t.indicatorColumnMeanings[key]] })),
    ...INDICATOR_CATALOGUE.map((indicator) => ({
      cells: [kinds.indicator, indicator.key, indicator.title[language], `${t.units[indicator.unit]}. ${indicator.description[language]}${indicator.note ? ` ${indicator.note[language]}` : ''}`],
    })),
    ...(Object.keys(t.levels) as WorkbookLevel[]).map((level) => ({ cells: [kinds.level, level, t.levels[level], ''] })),
    ...(Object.keys(t.status) as IndicatorStatus[]).map((status) => ({ cells: [kinds.status, status, t.status[status], t.statusMeanings[status]] })),
  ];
  const headers = [t.codebookColumns.kind, t.codebookColumns.code, t.codebookColumns.name, t.codebookColumns.meaning];
  const columns = fittedColumns(headers, ['text', 'text', 'text', 'text'], rows);
  return { name: t.sheets.codebook, columns, rows };
}
