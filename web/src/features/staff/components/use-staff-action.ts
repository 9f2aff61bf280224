import { useCallback, useState } from 'react';

export type StaffAction = {
  /** Runs `action`: busy meanwhile, its refusal kept in `error` (for FormError) instead of thrown. */
  run: (action: () => Promise<unknown>) => Promise<void>;
  busy: boolean;
  /** The last refusal, or null (cleared when the next action starts). */
  error: unknown;
  clearError: () => void;
};

/**
 * What a staff page does the same way around a request that is not a form's submit (deactivate,
 * revoke, close a round): a busy state for its buttons and the server's refusal for the error
 * summary. useStaffForm sends its submits through the same.
 */
export function useStaffAction(): StaffAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
