import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// A place's collection rounds (GET /api/meeting-places/:slug/rounds, /api/rounds/:id/summary)
// with their query keys, and their writes.

export type Round = Schema<'RoundDto'>;
export type RoundSummary = Schema<'RoundSummaryDto'>;

export const roundsKeys = { all: ['rounds'] as const };

export const roundsQueries = {
  ofPlace: (slug: string) =>
    queryOptions({
      queryKey: [...roundsKeys.all, 'place', slug],
      queryFn: ({ signal }) => answer<Round[]>(staffApi.GET('/api/meeting-places/{slugOrId}/rounds', { params: { path: { slugOrId: slug } }, signal })),
    }),
  one: (id: string) =>
    queryOptions({
      queryKey: [...roundsKeys.all, 'one', id],
      queryFn: ({ signal }) => answer<Round>(staffApi.GET('/api/rounds/{id}', { params: { path: { id } }, signal })),
    }),
  summary: (id: string) =>
    queryOptions({
      queryKey: [...roundsKeys.all, 'summary', id],
      queryFn: ({ signal }) => answer<RoundSummary>(staffApi.GET('/api/rounds/{id}/summary', { params: { path: { id } }, signal })),
    }),
};

export function planRound(slug: string, body: Schema<'CreateRoundDto'>): Promise<Round> {
  return answer<Round>(staffApi.POST('/api/meeting-places/{slugOrId}/rounds', { params: { path: { slugOrId: slug } }, body }));
}

/** Closes an open round early or cancels a scheduled one (the same endpoint), or reopens a closed one. */
export function changeRound(id: string, action: 'close' | 'cancel' | 'reopen'): Promise<unknown> {
  const params = { path: { id } };
  return action === 'reopen' ? staffApi.POST('/api/rounds/{id}/reopen', { params, body: {} }) : staffApi.POST('/api/rounds/{id}/close', { params });
}
