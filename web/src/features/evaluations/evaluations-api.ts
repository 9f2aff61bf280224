import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The self- and peer evaluation (api/src/evaluations): a place's evaluations, their comparison,
// its development plan and the regional view, and their query keys.

export type Evaluation = Schema<'EvaluationDto'>;
export type Comparison = Schema<'EvaluationComparisonDto'>;
export type CriterionComparison = Schema<'CriterionComparisonDto'>;
export type PlaceActions = Schema<'PlaceActionsDto'>;
export type Action = Schema<'ActionDto'>;
export type RegionEvaluations = Schema<'RegionEvaluationsDto'>;
export type SurveyVersion = Schema<'SurveyVersionDto'>;

export const evaluationsKeys = { all: ['evaluations'] as const };

export const evaluationsQueries = {
  ofPlace: (slug: string, year: number) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'place', slug, year],
      queryFn: ({ signal }) =>
        answer<Evaluation[]>(staffApi.GET('/api/meeting-places/{slugOrId}/evaluations', { params: { path: { slugOrId: slug }, query: { year } }, signal })),
    }),
  one: (id: string) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'one', id],
      queryFn: ({ signal }) => answer<Evaluation>(staffApi.GET('/api/evaluations/{id}', { params: { path: { id } }, signal })),
    }),
  definition: (version: number) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'definition', version],
      queryFn: ({ signal }) =>
        answer<SurveyVersion>(staffApi.GET('/api/surveys/{key}/versions/{version}', { params: { path: { key: 'peer-evaluation', version: String(version) } }, signal })),
      staleTime: Infinity,
    }),
  comparison: (slug: string, year: number) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'comparison', slug, year],
      queryFn: ({ signal }) =>
        answer<Comparison>(
          staffApi.GET('/api/meeting-places/{slugOrId}/evaluations/{year}/comparison', { params: { path: { slugOrId: slug, year: String(year) } }, signal }),
        ),
    }),
  actions: (slug: string) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'actions', slug],
      queryFn: ({ signal }) => answer<PlaceActions>(staffApi.GET('/api/meeting-places/{slugOrId}/actions', { params: { path: { slugOrId: slug } }, signal })),
    }),
  region: (code: string, year: number) =>
    queryOptions({
      queryKey: [...evaluationsKeys.all, 'region', code, year],
      queryFn: ({ signal }) => answer<RegionEvaluations>(staffApi.GET('/api/regions/{code}/evaluations', { params: { path: { code }, query: { year } }, signal })),
    }),
};
