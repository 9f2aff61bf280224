import type { paths } from '../../lib/api-schema';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The indicator endpoints as the dashboards use them, typed from the API's OpenAPI document.
// Every one needs a logged-in user; figures are already small-cell protected by the server, so
// the dashboards never compute or derive a figure themselves, they only format what they get.

export type AreaLevel = Schema<'AreaRefDto'>['level'];
export type { PeriodType } from '../../../../reports/periods';
export type IndicatorUnit = Schema<'IndicatorDescriptionDto'>['unit'];
export type IndicatorDirection = Schema<'IndicatorDescriptionDto'>['direction'];
/**
 * published: value shown · suppressed: fewer than 5 answers or withheld · no-answers: n = 0 ·
 * not-released: the period (or round) is still open: participation (n) only, no figure yet.
 */
export type CellStatus = Schema<'IndicatorChangeDto'>['status'];

/** What an indicator is, as every figure carries it (only the catalogue lists its periods). */
export type IndicatorDescription = Omit<Schema<'IndicatorDescriptionDto'>, 'periods'>;
/** One figure with its participation, interval and release: what every table cell shows. */
export type IndicatorCell = Pick<Schema<'IndicatorChangeDto'>, 'value' | 'n' | 'suppressed' | 'status' | 'ci95'> &
  Partial<Pick<Schema<'IndicatorChangeDto'>, 'releasedAt' | 'coverage'>>;
export type Coverage = Schema<'CoverageDto'>;
export type PreviousValue = Schema<'PreviousValueDto'>;
/** A change from the previous period with its own 95 % interval (docs/indicators.md, "Change"). */
export type Change = Schema<'ChangeDto'>;
export type IndicatorChange = Schema<'IndicatorChangeDto'>;
export type IndicatorResult = Schema<'IndicatorResultDto'>;
export type AreaRef = Schema<'AreaRefDto'>;
export type AreaIndicators = Schema<'AreaIndicatorsDto'>;
export type SeriesPoint = Schema<'SeriesPointDto'>;
export type IndicatorSeries = Schema<'IndicatorSeriesDto'>;
export type ComparisonRow = Schema<'ComparisonRowDto'>;
export type ComparisonTable = Pick<Schema<'IndicatorComparisonDto'>, 'indicators' | 'total' | 'areas'>;
export type IndicatorComparison = Schema<'IndicatorComparisonDto'>;
export type ChildLevel = IndicatorComparison['childLevel'];
type IndicatorKey = NonNullable<paths['/api/indicators/series']['get']['parameters']['query']>['indicator'];

/** An area as the indicator endpoints address it. */
export interface AreaAddress {
  level: AreaLevel;
  code?: string | null;
}

function areaQuery(area: AreaAddress): { level: AreaLevel; code?: string } {
  return area.level !== 'national' && area.code ? { level: area.level, code: area.code } : { level: area.level };
}

export function fetchAreaIndicators(area: AreaAddress, period: string, signal?: AbortSignal): Promise<AreaIndicators> {
  return answer<AreaIndicators>(staffApi.GET('/api/indicators', { params: { query: { ...areaQuery(area), period } }, signal }));
}

export function fetchSeries(area: AreaAddress, indicator: string, granularity: IndicatorSeries['granularity'], signal?: AbortSignal): Promise<IndicatorSeries> {
  // The key comes from an indicator the API described: one of its catalogue's keys.
  const query = { ...areaQuery(area), indicator: indicator as IndicatorKey, granularity };
  return answer<IndicatorSeries>(staffApi.GET('/api/indicators/series', { params: { query }, signal }));
}

export function fetchComparison(area: AreaAddress, period: string, childLevel: ChildLevel, signal?: AbortSignal): Promise<IndicatorComparison> {
  return answer<IndicatorComparison>(staffApi.GET('/api/indicators/comparison', { params: { query: { ...areaQuery(area), period, childLevel } }, signal }));
}

/**
 * Written answers of one place and period: only its coordinators and admins get them, with no
 * timestamps finer than the period so that an answer cannot be tied to a visit.
 */
export type FreeTextFeedback = Schema<'FreeTextDto'>;
export type FreeTextItem = Schema<'FreeTextItemDto'>;

export function fetchFreeText(slug: string, period: string, signal?: AbortSignal): Promise<FreeTextFeedback> {
  return answer<FreeTextFeedback>(staffApi.GET('/api/meeting-places/{slugOrId}/free-text', { params: { path: { slugOrId: slug }, query: { period } }, signal }));
}

/** Responses per language at a place (participation counts, like every n). */
export type RespondentLanguages = Schema<'RespondentLanguagesDto'>;

export function fetchRespondentLanguages(slug: string, period: string, signal?: AbortSignal): Promise<RespondentLanguages> {
  return answer<RespondentLanguages>(
    staffApi.GET('/api/meeting-places/{slugOrId}/respondent-languages', { params: { path: { slugOrId: slug }, query: { period } }, signal }),
  );
}
