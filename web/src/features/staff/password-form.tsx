import { useState } from 'react';
import { z } from 'zod';
import { changePassword } from '../../lib/session';
import { Field, FormError, StatusMessage } from './components/form';
import { useStaffForm } from './components/use-staff-form';
import { shellStrings, type ShellStrings } from './strings';

const MIN_LENGTH = 12;

/** The API's rules (at least 12 characters, not the current one), told before sending. */
function passwordSchema(t: ShellStrings) {
  return z
    .object({ currentPassword: z.string(), newPassword: z.string(), confirm: z.string() })
    .superRefine((values, ctx) => {
      if (!values.currentPassword) ctx.addIssue({ code: 'custom', path: ['currentPassword'], message: t.required });
      if (values.newPassword.length < MIN_LENGTH) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: t.passwordTooShort });
      else if (values.newPassword === values.currentPassword) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: t.passwordSameAsOld });
      else if (values.confirm !== values.newPassword) ctx.addIssue({ code: 'custom', path: ['confirm'], message: t.passwordsDiffer });
    });
}

/** The own password change: at first login (temporary password) and from the menu. */
export function PasswordForm({ lang, intro }: { lang: string; intro?: string }) {
  const t = shellStrings(lang);
  const [done, setDone] = useState(false);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm({
    schema: passwordSchema(t),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
    lang,
    onValid: async ({ currentPassword, newPassword }) => {
      setDone(false);
      await changePassword(currentPassword, newPassword);
      form.reset();
      setDone(true);
    },
  });
  const { register } = form;

  return (
    <form className="card staff-form" onSubmit={onSubmit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading" className="visually-hidden">
        {t.passwordTitle}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <StatusMessage>{done ? t.passwordChanged : null}</StatusMessage>
      <FormError error={serverError} lang={lang} shownFields={['currentPassword', 'newPassword']} />
      <Field id="password-current" label={t.currentPassword} error={errorOf('currentPassword')}>
        {(control) => <input {...control} {...register('currentPassword')} type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="password-next" label={t.newPassword} hint={t.newPasswordHint} error={errorOf('newPassword')}>
        {(control) => (
          <input {...control} {...register('newPassword')} type="password" autoComplete="new-password" minLength={MIN_LENGTH} required />
        )}
      </Field>
      <Field id="password-confirm" label={t.confirmPassword} error={errorOf('confirm')}>
        {(control) => <input {...control} {...register('confirm')} type="password" autoComplete="new-password" required />}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.changingPassword : t.changePassword}
      </button>
    </form>
  );
}
