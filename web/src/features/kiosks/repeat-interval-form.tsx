import { z } from 'zod';
import { FormError } from '../staff/components/form';
import { useStaffForm } from '../staff/components/use-staff-form';
import { updateKiosk, type Kiosk } from './kiosks-api';
import { kiosksStrings } from './strings';

/** Whole seconds from 1 to 60, the API's rule, checked before sending. */
function intervalSchema(message: string) {
  return z.object({
    seconds: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, message)
      .transform(Number)
      .refine((seconds) => seconds >= 1 && seconds <= 60, message),
  });
}

/**
 * How close taps on the tablet count once: a number and a save button in the kiosk's row. Its
 * label is the row's (hidden), its error stands under it and is read out with it.
 */
export function RepeatIntervalForm({ kiosk, lang, onSaved }: { kiosk: Kiosk; lang: string; onSaved: (seconds: number) => void }) {
  const t = kiosksStrings(lang);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<{ seconds: string }, { seconds: number }>({
    schema: intervalSchema(t.repeatIntervalInvalid),
    defaultValues: { seconds: String(kiosk.repeatIntervalSeconds) },
    lang,
    onValid: async ({ seconds }) => {
      const saved = await updateKiosk(kiosk.id, { repeatIntervalSeconds: seconds });
      onSaved(saved.repeatIntervalSeconds);
    },
  });
  const id = `kiosk-interval-${kiosk.id}`;
  const error = errorOf('seconds') ?? errorOf('repeatIntervalSeconds');
  return (
    <form className="kiosk-interval" onSubmit={onSubmit} noValidate>
      <FormError error={serverError} lang={lang} shownFields={['repeatIntervalSeconds']} />
      <label htmlFor={id} className="visually-hidden">
        {t.repeatIntervalOf(kiosk.name)}
      </label>
      <input
        id={id}
        {...form.register('seconds')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        title={t.repeatIntervalHint}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />{' '}
      s{' '}
      <button type="submit" className="button button--secondary" disabled={busy} aria-label={`${t.save}: ${t.repeatIntervalOf(kiosk.name)}`}>
        {t.save}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
