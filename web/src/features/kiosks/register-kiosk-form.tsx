import { z } from 'zod';
import { Field, FormError } from '../staff/components/form';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import { shellStrings } from '../staff/strings';
import { registerKiosk, type RegisteredKiosk } from './kiosks-api';
import { kiosksStrings } from './strings';

type KioskValues = { name: string; pin: string };

/** A name and a PIN of 4–8 digits, the API's rules, checked before sending. */
function kioskSchema(lang: string) {
  const t = kiosksStrings(lang);
  return z.object({
    name: requiredText(shellStrings(lang).required),
    pin: z.string().regex(/^\d{4,8}$/, t.pinInvalid),
  });
}

/** Registers a tablet at the place; the parent shows its one-time setup code. */
export function RegisterKioskForm({ lang, slug, onRegistered }: { lang: string; slug: string; onRegistered: (kiosk: RegisteredKiosk) => void }) {
  const t = kiosksStrings(lang);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<KioskValues>({
    schema: kioskSchema(lang),
    defaultValues: { name: '', pin: '' },
    lang,
    onValid: async (values, { reset }) => {
      const kiosk = await registerKiosk(slug, values);
      reset();
      onRegistered(kiosk);
    },
  });
  return (
    <form className="staff-form" onSubmit={onSubmit} aria-labelledby="kiosks-register" noValidate>
      <h3 id="kiosks-register">{t.registerHeading}</h3>
      <FormError error={serverError} lang={lang} shownFields={['name', 'pin']} />
      <Field id="kiosk-name" label={t.name} hint={t.nameHint} error={errorOf('name')}>
        {(control) => <input {...control} {...form.register('name')} required maxLength={60} />}
      </Field>
      <Field id="kiosk-pin" label={t.pin} hint={t.pinHint} error={errorOf('pin')}>
        {(control) => <input {...control} {...form.register('pin')} required inputMode="numeric" autoComplete="off" pattern="[0-9]{4,8}" maxLength={8} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.registering : t.register}
      </button>
    </form>
  );
}
