import { useRef, type DependencyList } from 'react';
import { useResource, type Resource } from '../../../lib/use-resource';

/**
 * useResource for lists that are reloaded after a change: while the new data loads, the old
 * stays on screen, so the page does not flash "Loading…", focus stays where it was and the
 * "saved" message (a live region) is not unmounted before it is announced.
 */
export function useKeptResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): [Resource<T>, () => void] {
  const [resource, reload] = useResource(load, deps);
  const last = useRef<Resource<T>>(resource);
  if (resource.state !== 'loading') last.current = resource;
  return [resource.state === 'loading' && last.current.state === 'ready' ? last.current : resource, reload];
}
