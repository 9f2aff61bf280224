import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../../../lib/api';
import { fieldErrorText, problemText } from '../problem-messages';
import { shellStrings } from '../strings';

/** Props a control gets from its Field: its id and the links to hint and error text. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: (control: ControlProps) => ReactNode;
};

/** A label, an optional hint and an error message tied to one control (WCAG 1.3.1, 3.3.1). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** Field errors from problem+json `errors` in `lang`, keyed by field (the first of each). */
export function fieldErrors(error: unknown, lang: string): Record<string, string> {
  const result: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const item of error.problem.errors ?? []) {
      if (!(item.field in result)) result[item.field] = fieldErrorText(item, lang);
    }
  }
  return result;
}

/**
 * A sentence for the person: the problem type's text in their language, else the server's
 * (English) detail, else a generic text.
 */
export function errorMessage(error: unknown, lang: string): string {
  const t = shellStrings(lang);
  if (error instanceof ApiError) {
    if (error.status === 0) return t.networkError;
    const translated = problemText(error.problem, lang);
    if (translated) return translated;
    if (error.status === 403 && !error.problem.detail) return t.forbidden;
    return error.problem.detail || error.problem.title || t.unexpectedError;
  }
  return t.unexpectedError;
}

/**
 * The form-level error: a summary that takes focus, so keyboard and screen reader users
 * learn at once that the form was not accepted. Field errors not shown by a field are
 * listed here too.
 */
export function FormError({
  error,
  lang,
  shownFields = [],
  message,
}: {
  error: unknown;
  lang: string;
  /** Fields whose errors appear next to their control. */
  shownFields?: string[];
  /** Replaces the server's detail (e.g. a friendlier wording of a known case). */
  message?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const t = shellStrings(lang);
  const others =
    error instanceof ApiError
      ? (error.problem.errors ?? []).filter((item) => !shownFields.includes(item.field))
      : [];
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={ref}>
      <p>{message ?? errorMessage(error, lang)}</p>
      {others.length > 0 ? (
        <>
          <p className="visually-hidden">{t.errorSummary}</p>
          <ul>
            {others.map((item, index) => (
              <li key={index}>
                {item.field ? <code>{item.field}</code> : null} {fieldErrorText(item, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A polite live region for "saved", "done" and the like. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={children ? 'status-message' : 'visually-hidden'}>
      {children}
    </div>
  );
}

export function Loading({ lang }: { lang: string }) {
  return (
    <p className="loading" role="status">
      {shellStrings(lang).loading}
    </p>
  );
}

export function LoadFailed({ lang, error, onRetry }: { lang: string; error: unknown; onRetry: () => void }) {
  const t = shellStrings(lang);
  return (
    <div className="form-error" role="alert">
      <p>
        {t.loadFailed} {error instanceof ApiError && error.status !== 0 ? errorMessage(error, lang) : null}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}
