import type { CsvCell } from './csv-dialect';

/**
 * indicators.csv: one row per area and indicator. The columns are fixed by the contract;
 * adding an indicator to the catalogue adds rows, never columns.
 */
export const INDICATOR_EXPORT_COLUMNS = [
  { name: 'period', meaning: 'The reporting period: a year (2026) or a half-year (2026-H1) of the time answers were given, in Finnish time. A year’s export also has rows for its two half-years of the indicators published only per half-year (child-heard: Huomaa minut rounds), so that it covers every instrument.' },
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
  { name: 'coverage_from', meaning: 'The first day (Finnish time) of the period the instrument was collecting answers; empty until released.' },
  { name: 'coverage_to', meaning: 'The last day of the period covered: the period’s last day; empty until released.' },
  { name: 'coverage_partial', meaning: 'true when a continuously collected instrument (the kiosk) began collecting more than a week into the period: the figure covers part of it only, and no change is computed against it; empty until released.' },
  { name: 'previous_period', meaning: 'The period before (2025 for 2026, 2026-H1 for 2026-H2); empty when it had no answers.' },
  { name: 'previous_value', meaning: 'The previous period’s published value; empty when it was not published.' },
  { name: 'change', meaning: 'value − previous_value from unrounded figures, in the unit of the indicator (a share as a fraction); empty unless both are published and neither period is partial.' },
  { name: 'change_ci95_low', meaning: 'Lower end of the 95 % interval of the change (MOVER; Newcombe’s method for shares; docs/indicators.md).' },
  { name: 'change_ci95_high', meaning: 'Upper end of the 95 % interval of the change.' },
  { name: 'change_clear', meaning: 'true when the change’s interval excludes zero and the question is comparable: only then is it better or worse; false is “no clear change”.' },
  { name: 'change_comparable', meaning: 'false when the item was reworded between the periods (the indicator’s note in docs/indicators.md): the change is not comparable.' },
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
  coverage: { from: string; to: string; partial: boolean } | null;
  previous: { period: string; value: number | null } | null;
  change: { value: number; ci95: readonly [number, number]; clear: boolean; comparable: boolean } | null;
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
    cell.coverage?.from ?? null,
    cell.coverage?.to ?? null,
    cell.coverage ? cell.coverage.partial : null,
    cell.previous?.period ?? null,
    cell.previous?.value ?? null,
    cell.change?.value ?? null,
    cell.change?.ci95[0] ?? null,
    cell.change?.ci95[1] ?? null,
    cell.change ? cell.change.clear : null,
    cell.change ? cell.change.comparable : null,
  ];
}
