import { useRef, type DependencyList } from 'react';
import { useSession } from '../../lib/session';
import { useResource, type Resource } from '../../lib/use-resource';

/**
 * useResource for data that needs a login: waits (in "loading") until someone is logged in
 * with a usable password, so a page behind the login form does not fire requests that can
 * only answer 401. Logging in then loads the data.
 */
export function useStaffResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): [Resource<T>, () => void] {
  const { status, me } = useSession();
  const ready = status === 'authenticated' && !!me && !me.mustChangePassword;
  return useResource((signal) => (ready ? load(signal) : new Promise<T>(() => undefined)), [...deps, ready]);
}

/**
 * The last value a resource loaded. While new figures load (another period picked), the page
 * keeps showing the old ones instead of a blank "loading" page, so the picker that was just
 * used keeps its place and its keyboard focus.
 */
export function useLastValue<T>(resource: Resource<T>): T | null {
  const last = useRef<T | null>(null);
  if (resource.state === 'ready') last.current = resource.value;
  return last.current;
}
