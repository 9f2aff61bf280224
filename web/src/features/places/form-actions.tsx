import type { PlacesStrings } from './strings';

// The submit and cancel buttons the place and service area forms share.

/** Add (new) or Save (editing), and Cancel where the form can be closed: the place and area forms alike. */
export function SubmitAndCancel({ t, editing, busy, onCancel }: { t: PlacesStrings; editing: boolean; busy: boolean; onCancel?: () => void }) {
  return (
    <p className="inline-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {editing ? (busy ? t.saving : t.save) : busy ? t.creating : t.create}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
      ) : null}
    </p>
  );
}
