import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../lib/api';
import { Field, FormError } from '../staff/components/form';
import { SurveyOptions } from '../staff/components/choice-options';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import { fieldErrorText } from '../staff/problem-messages';
import type { SurveySummary } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { planRound } from './rounds-api';
import { roundsStrings } from './strings';

type PlanValues = { surveyKey: string; startsOn: string; endsOn: string };

/**
 * Both days, the last not before the first, checked before sending; whether the first has
 * passed, the survey's window and clashes are the server's to say (by the field, in the page's
 * language).
 */
function planSchema(lang: string) {
  const required = requiredText(shellStrings(lang).required);
  return z
    .object({ surveyKey: z.string(), startsOn: required, endsOn: required })
    .refine((round) => round.endsOn >= round.startsOn, {
      path: ['endsOn'],
      // The same sentence as the server's ends-before-start.
      message: fieldErrorText({ code: 'ends-before-start', message: '' }, lang),
    });
}

/** Plans a round of a survey at the place. */
export function PlanRoundForm({
  lang,
  slug,
  surveys,
  describe,
  onPlanned,
}: {
  lang: string;
  slug: string;
  surveys: SurveySummary[];
  describe: (round: PlanValues) => string;
  onPlanned: (message: string) => void;
}) {
  const t = roundsStrings(lang);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<PlanValues>({
    schema: planSchema(lang),
    defaultValues: { surveyKey: surveys[0]?.key ?? 'visitor-survey', startsOn: '', endsOn: '' },
    lang,
    onValid: async (round, { resetField }) => {
      await planRound(slug, round);
      resetField('startsOn');
      resetField('endsOn');
      onPlanned(t.planned(describe(round)));
    },
  });
  const startsOn = useWatch({ control: form.control, name: 'startsOn' });
  const overlaps = serverError instanceof ApiError && serverError.problem.type?.endsWith('/round-overlaps');
  return (
    <form className="staff-form" onSubmit={onSubmit} aria-labelledby="rounds-plan" noValidate>
      <h3 id="rounds-plan">{t.planHeading}</h3>
      <FormError error={serverError} lang={lang} shownFields={['surveyKey', 'startsOn', 'endsOn']} message={overlaps ? t.overlaps : undefined} />
      <Field id="round-survey" label={t.survey} error={errorOf('surveyKey')}>
        {(control) => (
          <select {...control} {...form.register('surveyKey')}>
            <SurveyOptions surveys={surveys} lang={lang} />
          </select>
        )}
      </Field>
      <Field id="round-starts" label={t.startsOn} hint={t.daysHint} error={errorOf('startsOn')}>
        {(control) => <input {...control} {...form.register('startsOn')} type="date" required />}
      </Field>
      <Field id="round-ends" label={t.endsOn} error={errorOf('endsOn')}>
        {(control) => <input {...control} {...form.register('endsOn')} type="date" required min={startsOn || undefined} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.planning : t.plan}
      </button>
    </form>
  );
}
