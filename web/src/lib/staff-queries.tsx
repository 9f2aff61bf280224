import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { queryClient } from './query-client';
import { useSession } from './session';

/**
 * The query cache for the staff pages (app.tsx wraps them in this; loaded with them, so the
 * respondent pages never download TanStack). When the account changes (logout, a session
 * that ended, another person logging in on the same browser) the cache is emptied: one
 * person's lists and figures are never shown to the next.
 */
export default function StaffQueries({ children }: { children: ReactNode }) {
  const { status, me } = useSession();
  const account = status === 'authenticated' ? (me?.email ?? null) : null;
  const previous = useRef(account);
  useEffect(() => {
    if (previous.current !== null && previous.current !== account) void queryClient.resetQueries();
    previous.current = account;
  }, [account]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
