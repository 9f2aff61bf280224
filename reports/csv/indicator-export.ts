import type { CsvCell } from './csv-dialect';

/**
 * indicators.csv: one row per area and indicator. The columns are fixed by the contract;
 * adding an indicator to the catalogue adds rows, never columns.
 */
export const INDICATOR_EXPORT_COLUMNS = [
  { name: 'period', meaning: 'The reporting period: a year (2026) or a half-year (2026-H1) of the time answers arrived, in Finnish time.' },
  { name: 'level', meaning: 'meeting-place, service-area, municipality, region or national.' },
  { name: 'area_code', meaning: 'The area: meeting-place slug, service-area id, three-digit municipality code, two-digit region code (text: 04, 092 keep their zeros); empty for national.' },
  { name: 'area_name', meaning: 'The area’s name in Finnish.' },
  { name: 'indicator', meaning: 'The indicator key from the catalogue (docs/indicators.md), e.g. felt-welcome.' },
  { name: 'value', meaning: 'A share as a fraction 0–1, or a mean on the item’s scale; empty when suppressed or when nobody answered.' },
  { name: 'n', meaning: 'Respondents who answered the item; empty when suppressed (fewer than 5, or protecting another suppressed cell).' },
  { name: 'suppressed', meaning: 'true when the value is withheld to protect respondents (see docs/disclosure.md), else false.' },
  { name: 'ci95_low', meaning: 'Lower end of the 95 % confidence interval (Wilson for shares, t for means); empty when suppressed.' },
  { name: 'ci95_high', meaning: 'Upper end of the 95 % confidence interval; empty when suppressed.' },
] as const;

export interface IndicatorCell {
  period: string;
  level: string;
  areaCode: string | null;
  areaName: string;
  indicator: string;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  ci95: readonly [number, number] | null;
}

export function indicatorHeader(): string[] {
  return INDICATOR_EXPORT_COLUMNS.map((c) => c.name);
}

/** A suppressed cell carries nothing that could be inverted to a count: no value, n or interval. */
export function indicatorRow(cell: IndicatorCell): CsvCell[] {
  const hidden = cell.suppressed;
  return [
    cell.period,
    cell.level,
    cell.areaCode,
    cell.areaName,
    cell.indicator,
    hidden ? null : cell.value,
    hidden ? null : cell.n,
    cell.suppressed,
    hidden || !cell.ci95 ? null : cell.ci95[0],
    hidden || !cell.ci95 ? null : cell.ci95[1],
  ];
}
