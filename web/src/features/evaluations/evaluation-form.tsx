import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useStaffQuery } from '../../lib/use-staff-query';
import { useEffect, useState } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { localized } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';
import { FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import '../respond/survey-setup';
import { evaluationsKeys, evaluationsQueries, type Evaluation } from './evaluations-api';
import { evaluationsStrings } from './strings';

/**
 * Filling in an evaluation with survey-core, the instrument's own form, on one page without its
 * navigation: the team saves drafts (partial answers) and submits once, with our buttons.
 */
export function EvaluationForm({ id, lang, onClose }: { id: string; lang: string; onClose: () => void }) {
  const evaluation = useStaffQuery(evaluationsQueries.one(id));
  const definition = useStaffQuery({ ...evaluationsQueries.definition(evaluation.data?.surveyVersion ?? 0), enabled: Boolean(evaluation.data) });
  if (evaluation.isError) return <LoadFailed lang={lang} error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  if (definition.isError) return <LoadFailed lang={lang} error={definition.error} onRetry={() => void definition.refetch()} />;
  if (!evaluation.data || !definition.data) return <Loading lang={lang} />;
  return <Filling evaluation={evaluation.data} definition={definition.data.definition} lang={lang} onClose={onClose} />;
}

function Filling({ evaluation, definition, lang, onClose }: { evaluation: Evaluation; definition: Record<string, unknown>; lang: string; onClose: () => void }) {
  const t = evaluationsStrings(lang);
  const queryClient = useQueryClient();
  // One model while the form is open: a refetch after saving must not replace answers given since.
  const [model] = useState(() => {
    const survey = new Model(definition);
    survey.locale = lang === 'fi' ? '' : lang;
    survey.questionsOnPageMode = 'singlePage';
    survey.showNavigationButtons = false;
    survey.showProgressBar = false;
    survey.showTitle = false;
    survey.data = evaluation.answers ?? {};
    return survey;
  });
  useEffect(() => {
    model.mode = evaluation.canFill ? 'edit' : 'display';
  }, [model, evaluation.canFill]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [flash, setFlash] = useState<string | null>(null);

  async function send(submit: boolean) {
    setBusy(true);
    setError(null);
    setFlash(null);
    try {
      await staffFetch(`/api/evaluations/${encodeURIComponent(evaluation.id)}/answers`, { method: 'PUT', json: { answers: model.data as Record<string, unknown> } });
      if (submit) await staffFetch(`/api/evaluations/${encodeURIComponent(evaluation.id)}/submit`, { method: 'POST', json: {} });
      setFlash(submit ? t.submitted : t.saved);
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const kind = t.kinds[evaluation.kind];
  return (
    <section aria-labelledby="evaluation-form-heading" className="evaluation-form">
      <h3 id="evaluation-form-heading" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t.formHeading(kind, localized(evaluation.meetingPlace.name, lang))}
      </h3>
      <p>{t.formIntro}</p>
      {/* survey-host: the theme recoloured for WCAG 2.1 AA (respond.css). */}
      <div className="survey-host">
        <Survey model={model} />
      </div>
      <StatusMessage>{flash}</StatusMessage>
      <FormError error={error} lang={lang} />
      <div className="button-row">
        {evaluation.canFill ? (
          <>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send(false)}>
              {t.saveDraft}
            </button>{' '}
            <button type="button" className="button" disabled={busy} onClick={() => void send(true)}>
              {t.submit}
            </button>{' '}
          </>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  );
}
