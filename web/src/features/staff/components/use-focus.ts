import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus when `when` turns truthy or changes to another truthy value:
 * a form opened for editing, a one-time secret shown, a new preview. Screen reader and keyboard
 * users land on what just appeared instead of staying behind the button that made it.
 */
export function useFocus<T extends HTMLElement>(when: unknown = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
