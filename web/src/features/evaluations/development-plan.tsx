import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { formatCalendarDay, formatDateTime } from '../staff/components/date-time';
import { Field, FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { useStaffForm } from '../staff/components/use-staff-form';
import { evaluationsKeys, evaluationsQueries, type Action, type Comparison } from './evaluations-api';
import { evaluationsStrings, type EvaluationsStrings } from './strings';

const STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

/**
 * A place's development plan: its actions (overdue ones marked), each followed up with a status
 * and a dated note, the 6- and 12-month follow-ups due, and a form for a new action (opened
 * with a criterion from the comparison).
 */
export function DevelopmentPlan({
  slug,
  placeName,
  lang,
  canEdit,
  criteria,
  criterion,
  sourceId,
}: {
  slug: string;
  placeName: string;
  lang: string;
  canEdit: boolean;
  criteria: Comparison['criteria'];
  /** A criterion chosen in the comparison: the new action's form opens with it. */
  criterion: string | null;
  sourceId: string | null;
}) {
  const t = evaluationsStrings(lang);
  const plan = useStaffQuery(evaluationsQueries.actions(slug));
  const [flash, setFlash] = useState<string | null>(null);
  if (plan.isError) return <LoadFailed lang={lang} error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <Loading lang={lang} />;
  const titleOf = (name: string | null | undefined) => {
    const found = criteria.find((c) => c.criterion === name);
    return found ? localized(found.title, lang) : (name ?? '');
  };
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t.planHeading}</h2>
      <StatusMessage>{flash}</StatusMessage>
      {plan.data.followUps.length > 0 ? (
        <>
          <h3>{t.followUpsHeading}</h3>
          <ul className="follow-ups">
            {plan.data.followUps.map((f) => (
              <li key={`${f.year}-${f.months}`}>
                {t.followUp(f.months, f.year)}: {t.due(formatCalendarDay(f.dueDate, lang))}
                {f.overdue ? <strong> ({t.overdue})</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.data.actions.length === 0 ? (
        <p>{t.noActions}</p>
      ) : (
        <ScrollTable
          id="actions"
          caption={t.planCaption(placeName)}
          columns={[{ label: t.actionTitle }, { label: t.criterion }, { label: t.owner }, { label: t.dueDate }, { label: t.actionStatus }, { label: t.history }, ...(canEdit ? [{ label: t.update }] : [])]}
        >
          {plan.data.actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.title}</th>
              <td>{titleOf(action.criterion)}</td>
              <td>{action.owner}</td>
              <td>
                {formatCalendarDay(action.dueDate, lang)}
                {action.overdue ? <strong> ({t.overdue})</strong> : null}
              </td>
              <td>{t.actionStatuses[action.status]}</td>
              <td>
                {action.history.length === 0 ? '–' : (
                  <ul className="action-history">
                    {action.history.map((note, i) => (
                      <li key={i}>
                        {formatDateTime(note.notedAt, lang)}: {t.actionStatuses[note.status]}. {note.note}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {canEdit ? (
                <td>
                  <UpdateAction action={action} lang={lang} onDone={setFlash} />
                </td>
              ) : null}
            </tr>
          ))}
        </ScrollTable>
      )}
      {canEdit ? <NewAction key={criterion ?? ''} slug={slug} lang={lang} criteria={criteria} criterion={criterion} sourceId={sourceId} titleOf={titleOf} onDone={setFlash} /> : null}
    </section>
  );
}

function UpdateAction({ action, lang, onDone }: { action: Action; lang: string; onDone: (message: string) => void }) {
  const t = evaluationsStrings(lang);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState(action.status);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `action-${action.id}`;
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await staffFetch(`/api/actions/${encodeURIComponent(action.id)}`, { method: 'PATCH', json: { status, note } });
      setNote('');
      onDone(t.updated(action.title));
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(event) => void save(event)} aria-label={t.updateLabel(action.title)} noValidate className="action-update">
      <FormError error={error} lang={lang} />
      <label htmlFor={`${id}-status`}>{t.actionStatus}</label>
      <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as Action['status'])}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.actionStatuses[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>{t.note}</label>
      <textarea id={`${id}-note`} required maxLength={2000} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t.update}
      </button>
    </form>
  );
}

type ActionValues = { title: string; criterion: string; owner: string; dueDate: string };

function actionSchema(t: EvaluationsStrings) {
  const required = z.string().trim().min(1, t.required);
  return z.object({ title: required, criterion: z.string(), owner: required, dueDate: required });
}

function NewAction({
  slug,
  lang,
  criteria,
  criterion,
  sourceId,
  titleOf,
  onDone,
}: {
  slug: string;
  lang: string;
  criteria: Comparison['criteria'];
  criterion: string | null;
  sourceId: string | null;
  titleOf: (name: string) => string;
  onDone: (message: string) => void;
}) {
  const t = evaluationsStrings(lang);
  const queryClient = useQueryClient();
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<ActionValues>({
    schema: actionSchema(t),
    defaultValues: { title: '', criterion: criterion ?? '', owner: '', dueDate: '' },
    lang,
    onValid: async (values, { reset }) => {
      const source = values.criterion && sourceId ? { kind: 'evaluation', id: sourceId } : { kind: values.criterion ? 'evaluation' : 'other' };
      await staffFetch(`/api/meeting-places/${encodeURIComponent(slug)}/actions`, {
        method: 'POST',
        json: { title: values.title.trim(), owner: values.owner.trim(), dueDate: values.dueDate, source, ...(values.criterion ? { criterion: values.criterion } : {}) },
      });
      reset({ title: '', criterion: '', owner: '', dueDate: '' });
      onDone(t.actionCreated(values.title.trim()));
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
    },
  });
  const { register } = form;
  return (
    <form className="staff-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="new-action-heading" noValidate>
      <h3 id="new-action-heading" tabIndex={-1} ref={(heading) => (criterion ? heading?.focus() : undefined)}>
        {t.newActionHeading}
      </h3>
      <FormError error={serverError} lang={lang} shownFields={['title', 'criterion', 'owner', 'dueDate']} />
      <Field id="action-title" label={t.actionTitle} error={errorOf('title')}>
        {(control) => <input {...control} {...register('title')} maxLength={200} />}
      </Field>
      <Field id="action-criterion" label={t.criterionOptional} error={errorOf('criterion')}>
        {(control) => (
          <select {...control} {...register('criterion')}>
            <option value="">{t.noCriterion}</option>
            {criteria.map((c) => (
              <option key={c.criterion} value={c.criterion}>
                {titleOf(c.criterion)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="action-owner" label={t.owner} hint={t.ownerHint} error={errorOf('owner')}>
        {(control) => <input {...control} {...register('owner')} maxLength={200} />}
      </Field>
      <Field id="action-due" label={t.dueDate} error={errorOf('dueDate')}>
        {(control) => <input {...control} {...register('dueDate')} type="date" />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t.create}
      </button>
    </form>
  );
}
