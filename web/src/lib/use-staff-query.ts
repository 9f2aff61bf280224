import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useSession } from './session';

/**
 * useQuery for data that needs a login: waits (pending) until someone is logged in with a
 * usable password, so a page behind the login form does not fire requests that can only
 * answer 401. Logging in then loads the data.
 */
export function useStaffQuery<TQueryFnData, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
): UseQueryResult<TData, Error> {
  const { status, me } = useSession();
  const ready = status === 'authenticated' && !!me && !me.mustChangePassword;
  return useQuery({ ...options, enabled: ready ? (options.enabled ?? true) : false });
}

/**
 * Several queries a page shows together, as one state: the first error (with a retry that
 * refetches the ones that failed), else whether any is still loading.
 */
export function together(...queries: Array<UseQueryResult<unknown, Error>>): { error: Error | null; pending: boolean; retry(): void } {
  const failed = queries.filter((query) => query.isError);
  return {
    error: failed[0]?.error ?? null,
    pending: queries.some((query) => query.isPending),
    retry: () => failed.forEach((query) => void query.refetch()),
  };
}
