import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { refreshSession, staffFetch, type Capabilities } from '../../lib/session';
import { Field, FormError } from '../staff/components/form';
import { SurveyOptions } from '../staff/components/choice-options';
import { useStaffForm } from '../staff/components/use-staff-form';
import type { SurveySummary } from '../staff/reference-data';
import { AppliedSummary, hasErrors, PreviewTable, type ImportResult } from './import-results';
import { importsStrings, type ImportsStrings } from './strings';

type ImportType = 'registry' | 'responses';
type Dialect = 'excel-fi' | 'rfc4180';
type ImportValues = { type: ImportType; survey: string; dialect: Dialect; file?: FileList };
/** A chosen file's text, read once when it is chosen: the preview and the save send the same bytes. */
type ChosenFile = { name: string; text: string };

/** The server's limit (2 MiB): said before uploading rather than after. */
const MAX_BYTES = 2 * 1024 * 1024;

/** A file is chosen and within the server's limit. */
function importSchema(t: ImportsStrings) {
  return z.object({
    type: z.enum(['registry', 'responses']),
    survey: z.string(),
    dialect: z.enum(['excel-fi', 'rfc4180']),
    file: z.custom<FileList | undefined>().superRefine((list, ctx) => {
      const file = list?.[0];
      if (!file) ctx.addIssue({ code: 'custom', message: t.fileRequired });
      else if (file.size > MAX_BYTES) ctx.addIssue({ code: 'custom', message: t.fileTooLarge });
    }),
  });
}

function importPath({ type, dialect, survey }: ImportValues, mode: 'preview' | 'apply'): string {
  const params = new URLSearchParams({ mode, dialect });
  if (type === 'responses') params.set('survey', survey);
  return `/api/imports/${type}?${params}`;
}

function sendImport(values: ImportValues, mode: 'preview' | 'apply', file: ChosenFile): Promise<ImportResult> {
  return staffFetch<ImportResult>(importPath(values, mode), {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    body: file.text,
  });
}

/**
 * The registry (admin, region analyst) or paper-form responses (also coordinators), from CSV.
 * Preview first; Save is enabled only for a preview without errors of exactly the file, type
 * and format chosen now.
 */
export function ImportForm({ lang, capabilities, surveys }: { lang: string; capabilities: Capabilities; surveys: SurveySummary[] }) {
  const t = importsStrings(lang);
  const queryClient = useQueryClient();
  const types = (['registry', 'responses'] as const).filter((option) =>
    option === 'registry' ? capabilities.importRegistry : capabilities.importResponses,
  );
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const { form, onSubmit, busy, submitting, serverError, clearServerError, errorOf, run } = useStaffForm<ImportValues>({
    schema: importSchema(t),
    defaultValues: { type: types[0] ?? 'responses', survey: surveys[0]?.key ?? 'visitor-survey', dialect: 'excel-fi' },
    lang,
    onValid: async (values, { setError }) => {
      if (!chosen) {
        setError('file', { message: t.fileUnreadable }, { shouldFocus: true });
        return;
      }
      setApplied(null);
      const result = await sendImport(values, 'preview', chosen);
      setPreview(result);
    },
  });
  const { register, control } = form;
  const [type, survey, dialect] = useWatch({ control, name: ['type', 'survey', 'dialect'] });

  // Any change of what would be sent makes the preview stale.
  useEffect(() => {
    const subscription = form.watch(() => {
      setPreview(null);
      setApplied(null);
      clearServerError();
    });
    return () => subscription.unsubscribe();
  }, [form, clearServerError]);

  async function chooseFile(list: FileList | null) {
    setChosen(null);
    const file = list?.[0];
    if (!file) return;
    // Too large: said at once, by the field.
    if (!(await form.trigger('file'))) return;
    try {
      setChosen({ name: file.name, text: await file.text() });
    } catch {
      form.setError('file', { message: t.fileUnreadable });
    }
  }

  function apply() {
    if (!chosen) return;
    void run(async () => {
      const result = await sendImport(form.getValues(), 'apply', chosen);
      if (!result.applied) {
        setPreview(result);
        return;
      }
      setApplied(result);
      setPreview(null);
      // New places bring new capabilities (the server lists them per place).
      if (form.getValues('type') === 'registry') refreshSession();
      // Places, areas, figures and rounds' counts may all have changed: nothing cached is current.
      void refreshAfterWrite(queryClient);
    });
  }

  const previewHasErrors = preview ? hasErrors(preview) : true;
  const canApply = Boolean(preview && chosen && !previewHasErrors && !busy);
  const applying = busy && !submitting;
  const surveyTitle = localized(surveys.find((s) => s.key === survey)?.title, lang) || survey;

  return (
    <>
      <form className="card staff-form staff-form--wide" onSubmit={onSubmit} noValidate aria-labelledby="import-what">
        <h2 id="import-what">{t.what}</h2>
        {types.length > 1 ? (
          <fieldset className="fieldset">
            <legend className="visually-hidden">{t.what}</legend>
            {types.map((option) => (
              <div key={option}>
                <label className="choice">
                  <input type="radio" value={option} {...register('type')} aria-describedby={`import-type-${option}-hint`} />
                  {t.types[option]}
                </label>
                <p className="field__hint" id={`import-type-${option}-hint`}>
                  {option === 'registry' ? t.registryHint : t.responsesHint}
                </p>
              </div>
            ))}
          </fieldset>
        ) : (
          <>
            <p>
              <strong>{t.types.responses}</strong>
            </p>
            <p className="field__hint">{t.responsesHint}</p>
          </>
        )}
        <div>
          {type === 'responses' ? (
            <Field id="import-survey" label={t.survey}>
              {(control) => (
                <select {...control} {...register('survey')}>
                  <SurveyOptions surveys={surveys} lang={lang} />
                </select>
              )}
            </Field>
          ) : null}
          <Field id="import-dialect" label={t.dialect} hint={t.dialectHint}>
            {(control) => (
              <select {...control} {...register('dialect')}>
                <option value="excel-fi">{t.dialects['excel-fi']}</option>
                <option value="rfc4180">{t.dialects.rfc4180}</option>
              </select>
            )}
          </Field>
        </div>
        {type === 'responses' ? <CodebookLink t={t} survey={survey} surveyTitle={surveyTitle} dialect={dialect} /> : null}
        <Field id="import-file" label={t.file} hint={t.fileHint} error={errorOf('file')}>
          {(control) => (
            <input {...control} {...register('file', { onChange: (event) => void chooseFile(event.target.files) })} type="file" accept=".csv,text/csv" />
          )}
        </Field>
        <FormError error={serverError} lang={lang} shownFields={['file']} />
        <p className="inline-actions">
          <button type="submit" className="button" disabled={busy}>
            {submitting ? t.previewing : t.preview}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply}
            aria-describedby={canApply ? undefined : 'apply-note'}
            onClick={apply}
          >
            {applying ? t.applying : t.apply}
          </button>
        </p>
        {!canApply ? (
          <p className="field__hint" id="apply-note">
            {t.applyDisabled}
          </p>
        ) : null}
      </form>
      {applied ? <AppliedSummary t={t} result={applied} /> : null}
      {preview ? <PreviewTable t={t} result={preview} hasErrors={previewHasErrors} /> : null}
    </>
  );
}

/** Paper responses follow the survey's codebook: a link to it in the chosen format. */
function CodebookLink({ t, survey, surveyTitle, dialect }: { t: ImportsStrings; survey: string; surveyTitle: string; dialect: Dialect }) {
  return (
    <p>
      {t.codebookNote}{' '}
      <a href={`/api/exports/codebook.csv?${new URLSearchParams({ survey, dialect })}`} download={`${survey}-codebook.csv`}>
        {t.codebookLink(surveyTitle)}
      </a>
    </p>
  );
}
