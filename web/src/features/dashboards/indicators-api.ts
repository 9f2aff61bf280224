import type { MeetingPlace } from '../../lib/api';
import type { LocalizedName } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';

// The indicator endpoints as the dashboards use them (api/src/indicators/dto/*.ts). Every one
// needs a logged-in user; figures are already small-cell protected by the server, so the
// dashboards never compute or derive a figure themselves, they only format what they get.

export type AreaLevel = 'national' | 'region' | 'municipality' | 'service-area' | 'meeting-place';
export type { PeriodType } from '../../../../reports/periods';
import type { PeriodType } from '../../../../reports/periods';
export type IndicatorUnit = 'share' | 'mean';
export type IndicatorDirection = 'higher-is-better' | 'lower-is-better';
/** published: value shown · suppressed: fewer than 5 answers or withheld · no-answers: n = 0. */
/** not-released: the period (or round) is still open: participation (n) only, no figure yet. */
export type CellStatus = 'published' | 'suppressed' | 'no-answers' | 'not-released';

export interface IndicatorDescription {
  key: string;
  title: LocalizedName;
  description: LocalizedName;
  instrument: string;
  core: boolean;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  scale: { kind: string; min: number; max: number };
  periods: PeriodType[];
  note?: LocalizedName;
}

export interface IndicatorCell {
  value: number | null;
  /** Respondents: participation, shown exactly also when the value is withheld. */
  n: number | null;
  suppressed: boolean;
  status: CellStatus;
  ci95: [number, number] | null;
  /** When the release the figure comes from was made (ISO); absent while not released. */
  releasedAt?: string | null;
  /** Which days of the period the figures cover; null until released. */
  coverage?: Coverage | null;
}

/** The days of a period an instrument was collecting (partial: the kiosks began late in it). */
export interface Coverage {
  from: string;
  to: string;
  partial: boolean;
}

export interface PreviousValue {
  period: string;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  status?: CellStatus;
  coverage?: Coverage | null;
}

/** A change from the previous period with its own 95 % interval (docs/indicators.md, "Change"). */
export interface Change {
  value: number;
  ci95: [number, number];
  /** The interval excludes zero and the question is comparable: only then better or worse. */
  clear: boolean;
  /** false when the question was reworded between the periods. */
  comparable: boolean;
}

export interface IndicatorChange extends IndicatorCell {
  key: string;
  previous: PreviousValue | null;
  change: Change | null;
}

export type IndicatorResult = IndicatorChange & IndicatorDescription;

export interface AreaRef {
  level: AreaLevel;
  code: string | null;
  name: LocalizedName;
}

export interface AreaIndicators extends AreaRef {
  period: string;
  periodType: PeriodType;
  parent: AreaRef | null;
  indicators: IndicatorResult[];
  /** A year's half-years, with the indicators published only per half-year (Huomaa minut rounds). */
  halfYearly?: Array<{ period: string; indicators: IndicatorResult[] }>;
}

export interface SeriesPoint extends IndicatorCell {
  period: string;
  key: string;
}

export interface IndicatorSeries extends AreaRef {
  indicator: IndicatorDescription;
  granularity: PeriodType;
  points: SeriesPoint[];
}

export interface ComparisonRow extends AreaRef {
  unassigned?: boolean;
  active: boolean;
  indicators: IndicatorChange[];
}

export interface ComparisonTable {
  indicators: IndicatorDescription[];
  total: ComparisonRow;
  areas: ComparisonRow[];
}

export interface IndicatorComparison extends AreaRef, ComparisonTable {
  period: string;
  periodType: PeriodType;
  childLevel: AreaLevel;
  /** A year's half-years, with the indicators published only per half-year (Huomaa minut rounds). */
  halfYearly?: Array<ComparisonTable & { period: string }>;
}

/** An area as the indicator endpoints address it. */
export interface AreaAddress {
  level: AreaLevel;
  code?: string | null;
}

function areaQuery(area: AreaAddress): URLSearchParams {
  const query = new URLSearchParams({ level: area.level });
  if (area.level !== 'national' && area.code) query.set('code', area.code);
  return query;
}

export function fetchAreaIndicators(area: AreaAddress, period: string, signal?: AbortSignal): Promise<AreaIndicators> {
  const query = areaQuery(area);
  query.set('period', period);
  return staffFetch(`/api/indicators?${query}`, { signal });
}

export function fetchSeries(
  area: AreaAddress,
  indicator: string,
  granularity: PeriodType,
  signal?: AbortSignal,
): Promise<IndicatorSeries> {
  const query = areaQuery(area);
  query.set('indicator', indicator);
  query.set('granularity', granularity);
  return staffFetch(`/api/indicators/series?${query}`, { signal });
}

export function fetchComparison(
  area: AreaAddress,
  period: string,
  childLevel: AreaLevel,
  signal?: AbortSignal,
): Promise<IndicatorComparison> {
  const query = areaQuery(area);
  query.set('period', period);
  query.set('childLevel', childLevel);
  return staffFetch(`/api/indicators/comparison?${query}`, { signal });
}

export function fetchPlace(slug: string, signal?: AbortSignal): Promise<MeetingPlace> {
  return staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}`, { signal });
}

export interface Region {
  code: string;
  name: LocalizedName;
}

export function fetchRegions(signal?: AbortSignal): Promise<Region[]> {
  return staffFetch('/api/regions', { signal });
}

/**
 * Written answers of one place and period: only its coordinators and admins get them, with no
 * timestamps finer than the period so that an answer cannot be tied to a visit.
 */
export interface FreeTextFeedback {
  period: string;
  items: FreeTextItem[];
  /** More answers exist than were returned (the newest first are cut). */
  truncated?: boolean;
}

export interface FreeTextItem {
  id: string;
  surveyKey: string;
  surveyTitle: LocalizedName;
  question: string;
  questionTitle: LocalizedName;
  text: string;
  /**
   * The language the respondent answered in (BCP 47), so screen readers pronounce it right;
   * null where fewer than five answered in that language (the tag would single them out).
   */
  locale: string | null;
}

export function fetchFreeText(slug: string, period: string, signal?: AbortSignal): Promise<FreeTextFeedback> {
  const query = new URLSearchParams({ period });
  return staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}/free-text?${query}`, { signal });
}

/** Responses per language at a place (participation counts, like every n). */
export interface RespondentLanguages {
  period: string;
  responses: number;
  languages: Array<{ locale: string; responses: number }>;
}

export function fetchRespondentLanguages(slug: string, period: string, signal?: AbortSignal): Promise<RespondentLanguages> {
  const query = new URLSearchParams({ period });
  return staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}/respondent-languages?${query}`, { signal });
}
