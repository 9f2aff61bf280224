import type { CsvCell } from './csv-dialect';

/**
 * indicators.csv: one row per area and indicator. The columns are fixed by the contract;
 * adding an indicator to the catalogue adds rows, never columns.
 */
export const INDICATOR_EXPORT_COLUMNS = [
  { name: 'period', meaning: 'The reporting period: a year (2026) or a half-year (2026-H1) of the time answers were given, in Finnish time.' },
  { name: 'level', meaning: 'meeting-place, service-area, municipality, region or national.' },
  { name: 'area_code', meaning: 'The area: meeting-place slug, service-area id, three-digit municipality code, two-digit region code (text: 04, 092 keep their zeros); empty for national.' },
  { name: 'area_name', meaning: 'The area’s name in Finnish.' },
  { name: 'indicator', meaning: 'The indicator key from the catalogue (docs/indicators.md), e.g. felt-welcome.' },
  { name: 'value', meaning: 'A share as a fraction 0–1, or a mean on the item’s scale, from the period’s release; empty when suppressed, when nobody answered, or while the period is not released.' },
  { name: 'n', meaning: 'Respondents who answered the item (0 when nobody did). Participation, shown exactly also when the value is suppressed: suppression protects values.' },
  { name: 'suppressed', meaning: 'true when the value is withheld to protect respondents (see docs/disclosure.md), else false.' },
  { name: 'ci95_low', meaning: 'Lower end of the 95 % confidence interval (Wilson for shares, t for means); empty when suppressed.' },
  { name: 'ci95_high', meaning: 'Upper end of the 95 % confidence interval; empty when suppressed.' },
  { name: 'status', meaning: 'published, suppressed, no-answers (n is 0) or not-released (the period is still open, or within its grace for late paper forms: participation only).' },
  { name: 'released_at', meaning: 'When the release the figure comes from was made (ISO 8601, UTC); empty while not released.' },
] as const;

export type IndicatorStatus = 'published' | 'suppressed' | 'no-answers' | 'not-released';

export interface IndicatorCell {
  period: string;
  level: string;
  areaCode: string | null;
  areaName: string;
  indicator: string;
  value: number | null;
  n: number;
  suppressed: boolean;
  ci95: readonly [number, number] | null;
  status: IndicatorStatus;
  releasedAt: string | null;
}

export function indicatorHeader(): string[] {
  return INDICATOR_EXPORT_COLUMNS.map((c) => c.name);
}

/** Only a published cell carries a value and an interval (which could be inverted to a count). */
export function indicatorRow(cell: IndicatorCell): CsvCell[] {
  const shown = cell.status === 'published';
  return [
    cell.period,
    cell.level,
    cell.areaCode,
    cell.areaName,
    cell.indicator,
    shown ? cell.value : null,
    cell.n,
    cell.suppressed,
    shown && cell.ci95 ? cell.ci95[0] : null,
    shown && cell.ci95 ? cell.ci95[1] : null,
    cell.status,
    cell.releasedAt,
  ];
}
