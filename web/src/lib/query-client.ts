import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api';

/**
 * The server state of the staff pages (TanStack Query), one cache for the whole app. Staff code
 * only: respondent pages never load TanStack, they stay small for phones on slow connections.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Staff move between the app and their spreadsheets all day: refetching every list and
      // chart on each return to the tab would be a storm of requests for figures released twice
      // a year. A page refetches when it is opened again, and after its own changes.
      refetchOnWindowFocus: false,
      // An error answer (4xx: no access, not found, session ended) says the same thing again;
      // only a lost connection or a server hiccup is worth one more try before "could not load".
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

/**
 * Re-reads what a write changed: every query under `queryKey` (all of them without one).
 * Invalidating alone is not enough while a query is still loading its first answer: TanStack
 * Query joins the invalidation to that fetch in flight, whose answer predates the write (a round
 * planned while the slow first read of the list was running never showed). Cancelling first
 * makes the refetch start after the write.
 */
export async function refreshAfterWrite(client: QueryClient, queryKey?: QueryKey): Promise<void> {
  await client.cancelQueries({ queryKey });
  await client.invalidateQueries({ queryKey });
}
