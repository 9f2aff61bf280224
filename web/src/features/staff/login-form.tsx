import { z } from 'zod';
import { ApiError } from '../../lib/api';
import { logIn } from '../../lib/session';
import { Field, FormError } from './components/form';
import { useStaffForm } from './components/use-staff-form';
import { shellStrings, type ShellStrings } from './strings';

function loginSchema(t: ShellStrings) {
  return z.object({
    email: z.string().trim().min(1, t.required),
    password: z.string().min(1, t.required),
  });
}

/**
 * Shown by StaffLayout instead of the page when nobody is logged in. It stays on the same
 * URL, so after login the page the person asked for simply appears.
 */
export function LoginForm({ lang }: { lang: string }) {
  const t = shellStrings(lang);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm({
    schema: loginSchema(t),
    defaultValues: { email: '', password: '' },
    lang,
    onValid: async ({ email, password }, { setValue }) => {
      try {
        await logIn(email, password);
      } catch (caught) {
        // Ready for another try: the password emptied, focus on the message.
        setValue('password', '');
        throw caught;
      }
    },
  });
  const { register } = form;

  let message: string | undefined;
  if (serverError instanceof ApiError) {
    if (serverError.status === 401) message = t.wrongCredentials;
    else if (serverError.status === 429) message = t.tooManyAttempts;
  }

  return (
    <form className="card staff-form" onSubmit={onSubmit} noValidate aria-labelledby="login-heading">
      <h2 id="login-heading" className="visually-hidden">
        {t.loginTitle}
      </h2>
      <p>{t.loginIntro}</p>
      <FormError error={serverError} lang={lang} message={message} shownFields={['email', 'password']} />
      <Field id="login-email" label={t.email} error={errorOf('email')}>
        {(control) => <input {...control} {...register('email')} type="email" autoComplete="username" spellCheck={false} required />}
      </Field>
      <Field id="login-password" label={t.password} error={errorOf('password')}>
        {(control) => <input {...control} {...register('password')} type="password" autoComplete="current-password" required />}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.loggingIn : t.logIn}
      </button>
    </form>
  );
}
