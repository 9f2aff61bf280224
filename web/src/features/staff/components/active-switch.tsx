import type { ReactNode } from 'react';

/**
 * Deactivate (nothing is deleted) or reactivate a record: a place, a service area, an account.
 * `children` are further buttons of the same row.
 */
export function ActiveSwitch({
  active,
  busy,
  labels,
  onSwitch,
  children,
}: {
  active: boolean;
  busy: boolean;
  labels: { deactivate: string; reactivate: string };
  onSwitch: (active: boolean) => void;
  children?: ReactNode;
}) {
  return (
    <p className="inline-actions">
      {active ? (
        <button type="button" className="button button--danger" disabled={busy} onClick={() => onSwitch(false)}>
          {labels.deactivate}
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => onSwitch(true)}>
          {labels.reactivate}
        </button>
      )}
      {children}
    </p>
  );
}
