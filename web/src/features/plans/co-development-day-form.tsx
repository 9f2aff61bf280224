import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { helsinkiDateOf, isCalendarDate } from '../../../../reports/periods';
import { refreshAfterWrite } from '../../lib/query-client';
import { staffFetch } from '../../lib/session';
import { evaluationsKeys } from '../evaluations/evaluations-api';
import { formatCalendarDay } from '../staff/components/date-time';
import { Field, FormError } from '../staff/components/form';
import { useStaffForm } from '../staff/components/use-staff-form';
import { plansKeys } from './plans-api';
import { plansStrings, type PlansStrings } from './strings';

const COUNTS = ['families', 'children', 'staff', 'partners'] as const;

type DayValues = {
  date: string;
  families: string;
  children: string;
  staff: string;
  partners: string;
  /** One theme per line. */
  themes: string;
  outcomes: string;
  actions: { title: string; owner: string; dueDate: string }[];
};

const EMPTY: DayValues = { date: '', families: '0', children: '0', staff: '0', partners: '0', themes: '', outcomes: '', actions: [] };

function daySchema(t: PlansStrings) {
  const count = z.string().trim().regex(/^\d{1,4}$/, t.wholeNumber);
  const required = z.string().trim().min(1, t.required);
  return z
    .object({
      // The browser's today only spares a round trip; the server's clock decides.
      date: z
        .string()
        .refine((date) => isCalendarDate(date), t.required)
        .refine((date) => !isCalendarDate(date) || date <= helsinkiDateOf(new Date()), t.notInFuture),
      families: count,
      children: count,
      staff: count,
      partners: count,
      themes: z.string(),
      outcomes: z.string().max(4000),
      actions: z.array(z.object({ title: required, owner: required, dueDate: z.string().refine((date) => isCalendarDate(date), t.required) })),
    })
    .transform((values) => ({
      date: values.date,
      participants: { families: Number(values.families), children: Number(values.children), staff: Number(values.staff), partners: Number(values.partners) },
      themes: values.themes
        .split('\n')
        .map((theme) => theme.trim())
        .filter((theme) => theme.length > 0),
      outcomes: values.outcomes.trim(),
      actions: values.actions.map((a) => ({ title: a.title.trim(), owner: a.owner.trim(), dueDate: a.dueDate })),
    }));
}

/** Records a co-development day: counts of participants, themes, outcomes and the actions agreed. */
export function CoDevelopmentDayForm({ slug, lang, onDone }: { slug: string; lang: string; onDone: (message: string) => void }) {
  const t = plansStrings(lang);
  const queryClient = useQueryClient();
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm({
    schema: daySchema(t),
    defaultValues: EMPTY,
    lang,
    onValid: async (values, { reset }) => {
      await staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}/co-development-days`, { method: 'POST', json: values });
      reset(EMPTY);
      onDone(t.recorded(formatCalendarDay(values.date, lang)));
      // The day completes plan activities, and its actions are in the development plan.
      await refreshAfterWrite(queryClient, plansKeys.all);
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
    },
  });
  const { register, control } = form;
  const actions = useFieldArray({ control, name: 'actions' });
  const shownFields = ['date', 'themes', 'outcomes', ...COUNTS.map((c) => `participants.${c}`), ...actions.fields.flatMap((_, i) => [`actions.${i}.title`, `actions.${i}.owner`, `actions.${i}.dueDate`])];
  return (
    <form className="staff-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="day-form-heading" noValidate>
      <h3 id="day-form-heading">{t.newDayHeading}</h3>
      <FormError error={serverError} lang={lang} shownFields={shownFields} />
      <Field id="day-date" label={t.date} error={errorOf('date')}>
        {(controlProps) => <input {...controlProps} {...register('date')} type="date" />}
      </Field>
      <fieldset className="plan-fieldset">
        <legend>{t.participants}</legend>
        <div className="plan-row">
          {COUNTS.map((name) => (
            <Field key={name} id={`day-${name}`} label={t[name]} error={errorOf(name) ?? errorOf(`participants.${name}`)}>
              {(controlProps) => <input {...controlProps} {...register(name)} inputMode="numeric" size={5} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <Field id="day-themes" label={t.themes} hint={t.themesHint} error={errorOf('themes')}>
        {(controlProps) => <textarea {...controlProps} {...register('themes')} rows={3} />}
      </Field>
      <Field id="day-outcomes" label={t.outcomes} error={errorOf('outcomes')}>
        {(controlProps) => <textarea {...controlProps} {...register('outcomes')} rows={4} maxLength={4000} />}
      </Field>
      <fieldset className="plan-fieldset">
        <legend>{t.actionsLegend}</legend>
        <div className="plan-rows">
          {actions.fields.map((field, i) => (
            <div className="plan-row" key={field.id}>
              <Field id={`day-action-${i}-title`} label={t.actionTitle(i + 1)} error={errorOf(`actions.${i}.title`)}>
                {(controlProps) => <input {...controlProps} {...register(`actions.${i}.title`)} maxLength={200} />}
              </Field>
              <Field id={`day-action-${i}-owner`} label={t.actionOwner(i + 1)} hint={t.ownerHint} error={errorOf(`actions.${i}.owner`)}>
                {(controlProps) => <input {...controlProps} {...register(`actions.${i}.owner`)} maxLength={200} />}
              </Field>
              <Field id={`day-action-${i}-due`} label={t.actionDue(i + 1)} error={errorOf(`actions.${i}.dueDate`)}>
                {(controlProps) => <input {...controlProps} {...register(`actions.${i}.dueDate`)} type="date" />}
              </Field>
              <button type="button" className="button button--secondary" onClick={() => actions.remove(i)}>
                {t.removeAction(i + 1)}
              </button>
            </div>
          ))}
        </div>
        <button type="button" className="button button--secondary" onClick={() => actions.append({ title: '', owner: '', dueDate: '' })}>
          {t.addAction}
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {t.record}
      </button>
    </form>
  );
}
