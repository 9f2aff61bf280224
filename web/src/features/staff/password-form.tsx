import { useState, type FormEvent } from 'react';
import { changePassword } from '../../lib/session';
import { Field, fieldErrors, FormError, StatusMessage } from './components/form';
import { shellStrings } from './strings';

const MIN_LENGTH = 12;

/** The own password change: at first login (temporary password) and from the menu. */
export function PasswordForm({ lang, intro }: { lang: string; intro?: string }) {
  const t = shellStrings(lang);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ current?: string; next?: string; confirm?: string }>({});
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const problems: typeof local = {};
    if (!current) problems.current = t.required;
    if (next.length < MIN_LENGTH) problems.next = t.passwordTooShort;
    else if (next === current) problems.next = t.passwordSameAsOld;
    if (!problems.next && confirm !== next) problems.confirm = t.passwordsDiffer;
    setLocal(problems);
    const first = (['current', 'next', 'confirm'] as const).find((key) => problems[key]);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const server = fieldErrors(error, lang);
  return (
    <form className="card staff-form" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading" className="visually-hidden">
        {t.passwordTitle}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <StatusMessage>{done ? t.passwordChanged : null}</StatusMessage>
      <FormError error={error} lang={lang} shownFields={['currentPassword', 'newPassword']} />
      <Field id="password-current" label={t.currentPassword} error={local.current ?? server.currentPassword}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        )}
      </Field>
      <Field id="password-next" label={t.newPassword} hint={t.newPasswordHint} error={local.next ?? server.newPassword}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            minLength={MIN_LENGTH}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
          />
        )}
      </Field>
      <Field id="password-confirm" label={t.confirmPassword} error={local.confirm}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            required
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.changingPassword : t.changePassword}
      </button>
    </form>
  );
}
