import { useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/api';
import { logIn } from '../../lib/session';
import { Field, FormError } from './components/form';
import { shellStrings } from './strings';

/**
 * Shown by StaffLayout instead of the page when nobody is logged in. It stays on the same
 * URL, so after login the page the person asked for simply appears.
 */
export function LoginForm({ lang }: { lang: string }) {
  const t = shellStrings(lang);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) {
      document.getElementById(nowMissing.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await logIn(email.trim(), password);
    } catch (caught) {
      setError(caught);
      setPassword('');
      setBusy(false);
    }
  }

  let message: string | undefined;
  if (error instanceof ApiError) {
    if (error.status === 401) message = t.wrongCredentials;
    else if (error.status === 429) message = t.tooManyAttempts;
  }

  return (
    <form className="card staff-form" onSubmit={submit} noValidate aria-labelledby="login-heading">
      <h2 id="login-heading" className="visually-hidden">
        {t.loginTitle}
      </h2>
      <p>{t.loginIntro}</p>
      <FormError error={error} lang={lang} message={message} shownFields={['email', 'password']} />
      <Field id="login-email" label={t.email} error={missing.email ? t.required : null}>
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        )}
      </Field>
      <Field id="login-password" label={t.password} error={missing.password ? t.required : null}>
        {(control) => (
          <input
            {...control}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.loggingIn : t.logIn}
      </button>
    </form>
  );
}
