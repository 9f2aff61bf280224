import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { findIndicator, INDICATOR_CATALOGUE } from '../../../../reports/indicator-catalogue';
import { refreshAfterWrite } from '../../lib/query-client';
import { staffFetch } from '../../lib/session';
import { Field, FormError } from '../staff/components/form';
import { useStaffForm } from '../staff/components/use-staff-form';
import { indicatorTitle } from './plan-summary';
import { plansKeys, type Plan } from './plans-api';
import { plansStrings, type PlansStrings } from './strings';

const KINDS = ['visitor-survey', 'stakeholder-survey', 'huomaa-minut', 'self-evaluation', 'peer-evaluation', 'co-development-day'] as const;

type PlanValues = {
  activities: { kind: (typeof KINDS)[number]; due: string }[];
  /** As typed: shares in per cent, means on the scale. */
  targets: { indicator: string; target: string }[];
};

/** The range a person types a target in: per cent for shares (the API takes 0–1), the scale for means. */
function typedRange(key: string): { min: number; max: number; share: boolean } | null {
  const indicator = findIndicator(key);
  if (!indicator) return null;
  return indicator.unit === 'share' ? { min: 0, max: 100, share: true } : { min: indicator.scale.min, max: indicator.scale.max, share: false };
}

const parseNumber = (text: string) => (text.trim() === '' ? NaN : Number(text.trim().replace(',', '.')));

function planSchema(t: PlansStrings, year: number) {
  const activity = z.object({
    kind: z.enum(KINDS),
    due: z.string().refine((due) => /^\d{4}-(0[1-9]|1[0-2])$/.test(due) && due.startsWith(`${year}-`), t.monthInYear(year)),
  });
  const target = z.object({ indicator: z.string().min(1, t.required), target: z.string() });
  return z
    .object({ activities: z.array(activity), targets: z.array(target) })
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.targets.forEach((item, i) => {
        const range = typedRange(item.indicator);
        if (!range) return;
        if (seen.has(item.indicator)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'indicator'], message: t.duplicateTarget });
        seen.add(item.indicator);
        const value = parseNumber(item.target);
        if (!Number.isFinite(value)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'target'], message: t.notANumber });
        else if (value < range.min || value > range.max) ctx.addIssue({ code: 'custom', path: ['targets', i, 'target'], message: t.outOfRange(range.min, range.max) });
      });
    })
    .transform((values) => ({
      activities: values.activities,
      targets: values.targets.map((item) => {
        const value = parseNumber(item.target);
        // Per cent to the fraction the API keeps; rounded so that 85 is 0.85, not 0.8500000001.
        return { indicator: item.indicator, target: typedRange(item.indicator)!.share ? Math.round(value * 100) / 10_000 : value };
      }),
    }));
}

function valuesOf(plan: Plan): PlanValues {
  return {
    activities: plan.activities.map((a) => ({ kind: a.kind, due: a.due })),
    targets: plan.targets.map((item) => ({ indicator: item.indicator, target: String(item.unit === 'share' ? Math.round(item.target * 10_000) / 100 : item.target) })),
  };
}

/** The plan's activities (kind and month) and targets (indicator and value), saved as a whole. */
export function PlanForm({ slug, year, plan, lang, onDone }: { slug: string; year: number; plan: Plan; lang: string; onDone: (message: string) => void }) {
  const t = plansStrings(lang);
  const queryClient = useQueryClient();
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm({
    schema: planSchema(t, year),
    defaultValues: valuesOf(plan),
    lang,
    onValid: async (values) => {
      await staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}/plans/${year}`, { method: 'PUT', json: values });
      onDone(t.saved);
      await refreshAfterWrite(queryClient, plansKeys.all);
    },
  });
  const { register, control, watch } = form;
  const activities = useFieldArray({ control, name: 'activities' });
  const targets = useFieldArray({ control, name: 'targets' });
  const shownFields = [
    ...activities.fields.flatMap((_, i) => [`activities.${i}.kind`, `activities.${i}.due`]),
    ...targets.fields.flatMap((_, i) => [`targets.${i}.indicator`, `targets.${i}.target`]),
  ];
  return (
    <form className="staff-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="plan-form-heading" noValidate>
      <h3 id="plan-form-heading">{t.editHeading}</h3>
      <p>{t.editIntro}</p>
      <FormError error={serverError} lang={lang} shownFields={shownFields} />
      <fieldset className="plan-fieldset">
        <legend>{t.activitiesLegend}</legend>
        <div className="plan-rows">
          {activities.fields.map((field, i) => (
            <div className="plan-row" key={field.id}>
              <Field id={`plan-activity-${i}-kind`} label={t.activityKind(i + 1)} error={errorOf(`activities.${i}.kind`)}>
                {(controlProps) => (
                  <select {...controlProps} {...register(`activities.${i}.kind`)}>
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t.kinds[kind]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`plan-activity-${i}-due`} label={t.activityMonth(i + 1)} error={errorOf(`activities.${i}.due`)}>
                {(controlProps) => <input {...controlProps} {...register(`activities.${i}.due`)} type="month" min={`${year}-01`} max={`${year}-12`} />}
              </Field>
              <button type="button" className="button button--secondary" onClick={() => activities.remove(i)}>
                {t.removeActivity(i + 1)}
              </button>
            </div>
          ))}
        </div>
        <button type="button" className="button button--secondary" onClick={() => activities.append({ kind: 'visitor-survey', due: '' })}>
          {t.addActivity}
        </button>
      </fieldset>
      <fieldset className="plan-fieldset">
        <legend>{t.targetsLegend}</legend>
        <div className="plan-rows">
          {targets.fields.map((field, i) => {
            const range = typedRange(watch(`targets.${i}.indicator`));
            return (
              <div className="plan-row" key={field.id}>
                <Field id={`plan-target-${i}-indicator`} label={t.targetIndicator(i + 1)} error={errorOf(`targets.${i}.indicator`)}>
                  {(controlProps) => (
                    <select {...controlProps} {...register(`targets.${i}.indicator`)}>
                      {INDICATOR_CATALOGUE.map((indicator) => (
                        <option key={indicator.key} value={indicator.key}>
                          {indicatorTitle(indicator.title, lang)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  id={`plan-target-${i}-value`}
                  label={t.targetValue(i + 1)}
                  hint={range ? (range.share ? t.targetHintShare : t.targetHintMean(range.min, range.max)) : undefined}
                  error={errorOf(`targets.${i}.target`)}
                >
                  {(controlProps) => <input {...controlProps} {...register(`targets.${i}.target`)} inputMode="decimal" size={8} />}
                </Field>
                <button type="button" className="button button--secondary" onClick={() => targets.remove(i)}>
                  {t.removeTarget(i + 1)}
                </button>
              </div>
            );
          })}
        </div>
        <button type="button" className="button button--secondary" onClick={() => targets.append({ indicator: INDICATOR_CATALOGUE[0].key, target: '' })}>
          {t.addTarget}
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {t.save}
      </button>
    </form>
  );
}
