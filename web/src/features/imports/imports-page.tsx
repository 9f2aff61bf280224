import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { localized } from '../../lib/i18n';
import { refreshSession, staffFetch, useSession } from '../../lib/session';
import type { Schema } from '../../lib/staff-api';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Field, fieldErrors, FormError, Loading, LoadFailed } from '../staff/components/form';
import { referenceQueries, type SurveySummary } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { importsStrings, type ImportsStrings } from './strings';

// /staff/imports: the registry (admin, region analyst) and paper-form responses (also
// coordinators). Preview first; Save is enabled only for a preview without errors of exactly
// the file, type and format chosen now.

type ImportType = 'registry' | 'responses';
type Dialect = 'excel-fi' | 'rfc4180';

type ImportResult = Schema<'ImportResultDto'>;

/** The server's limit (2 MiB): said before uploading rather than after. */
const MAX_BYTES = 2 * 1024 * 1024;
/** Rows shown in the preview table; errors always come first. */
const MAX_ROWS_SHOWN = 300;

export default function ImportsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={importsStrings(lang).title} section="imports">
      <Imports lang={lang} />
    </StaffLayout>
  );
}

function Imports({ lang }: { lang: string }) {
  const surveys = useStaffQuery(referenceQueries.surveys());
  if (surveys.isError) return <LoadFailed lang={lang} error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (!surveys.data) return <Loading lang={lang} />;
  return <ImportForm lang={lang} surveys={surveys.data} />;
}

function importPath(type: ImportType, mode: 'preview' | 'apply', dialect: Dialect, survey: string): string {
  const params = new URLSearchParams({ mode, dialect });
  if (type === 'responses') params.set('survey', survey);
  return `/api/imports/${type}?${params}`;
}

function ImportForm({ lang, surveys }: { lang: string; surveys: SurveySummary[] }) {
  const t = importsStrings(lang);
  const { me } = useSession();
  const queryClient = useQueryClient();
  const capabilities = me?.capabilities;
  const types = (['registry', 'responses'] as const).filter((option) =>
    option === 'registry' ? capabilities?.importRegistry : capabilities?.importResponses,
  );
  const [type, setType] = useState<ImportType>(types[0] ?? 'responses');
  const [survey, setSurvey] = useState(surveys[0]?.key ?? 'visitor-survey');
  const [dialect, setDialect] = useState<Dialect>('excel-fi');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Any change of what would be sent makes the preview stale.
  function changed() {
    setPreview(null);
    setApplied(null);
    setError(null);
  }

  async function chooseFile(list: FileList | null) {
    changed();
    setFileError(null);
    const chosen = list?.[0];
    if (!chosen) {
      setFile(null);
      return;
    }
    if (chosen.size > MAX_BYTES) {
      setFile(null);
      setFileError(t.fileTooLarge);
      return;
    }
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFile(null);
      setFileError(t.fileUnreadable);
    }
  }

  async function send(mode: 'preview' | 'apply') {
    if (!file) {
      setFileError(t.fileRequired);
      fileInput.current?.focus();
      return;
    }
    setBusy(mode);
    setError(null);
    setApplied(null);
    try {
      const result = await staffFetch<ImportResult>(importPath(type, mode, dialect, survey), {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        body: file.text,
      });
      if (mode === 'preview') setPreview(result);
      else if (result.applied) {
        setApplied(result);
        setPreview(null);
        // New places bring new capabilities (the server lists them per place).
        if (type === 'registry') refreshSession();
        // Places, areas, figures and rounds' counts may all have changed: nothing cached is current.
        void queryClient.invalidateQueries();
      } else setPreview(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send('preview');
  }

  const previewHasErrors = preview ? preview.summary.error > 0 || preview.fileErrors.length > 0 || preview.rows.some((r) => r.errors.length > 0) : true;
  const canApply = Boolean(preview && file && !previewHasErrors && !busy);
  const surveyTitle = localized(surveys.find((s) => s.key === survey)?.title, lang) || survey;

  return (
    <>
      <p>{t.intro}</p>
      <form className="card staff-form staff-form--wide" onSubmit={submit} noValidate aria-labelledby="import-what">
        <h2 id="import-what">{t.what}</h2>
        {types.length > 1 ? (
          <fieldset className="fieldset">
            <legend className="visually-hidden">{t.what}</legend>
            {types.map((option) => (
              <div key={option}>
                <label className="choice">
                  <input
                    type="radio"
                    name="import-type"
                    value={option}
                    checked={type === option}
                    aria-describedby={`import-type-${option}-hint`}
                    onChange={() => {
                      setType(option);
                      changed();
                    }}
                  />
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
                <select
                  {...control}
                  value={survey}
                  onChange={(e) => {
                    setSurvey(e.target.value);
                    changed();
                  }}
                >
                  {surveys.map((s) => (
                    <option key={s.key} value={s.key}>
                      {localized(s.title, lang)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field id="import-dialect" label={t.dialect} hint={t.dialectHint}>
            {(control) => (
              <select
                {...control}
                value={dialect}
                onChange={(e) => {
                  setDialect(e.target.value as Dialect);
                  changed();
                }}
              >
                <option value="excel-fi">{t.dialects['excel-fi']}</option>
                <option value="rfc4180">{t.dialects.rfc4180}</option>
              </select>
            )}
          </Field>
        </div>
        {type === 'responses' ? (
          <p>
            {t.codebookNote}{' '}
            <a href={`/api/exports/codebook.csv?${new URLSearchParams({ survey, dialect })}`} download={`${survey}-codebook.csv`}>
              {t.codebookLink(surveyTitle)}
            </a>
          </p>
        ) : null}
        <Field id="import-file" label={t.file} hint={t.fileHint} error={fileError ?? fieldErrors(error, lang).file}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void chooseFile(e.target.files)}
            />
          )}
        </Field>
        <FormError error={error} lang={lang} shownFields={['file']} />
        <p className="inline-actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'preview' ? t.previewing : t.preview}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply}
            aria-describedby={canApply ? undefined : 'apply-note'}
            onClick={() => void send('apply')}
          >
            {busy === 'apply' ? t.applying : t.apply}
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

function AppliedSummary({ t, result }: { t: ImportsStrings; result: ImportResult }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="status-message" role="status" tabIndex={-1} ref={ref} data-testid="import-applied">
      {t.applied(result.summary)}
    </div>
  );
}

function PreviewTable({ t, result, hasErrors }: { t: ImportsStrings; result: ImportResult; hasErrors: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const errorRows = result.rows.filter((r) => r.errors.length > 0 || r.action === 'error');
  const otherRows = result.rows.filter((r) => !(r.errors.length > 0 || r.action === 'error'));
  // All rows in file order when they fit; otherwise every error row first, then the rest.
  const shown =
    result.rows.length <= MAX_ROWS_SHOWN
      ? result.rows
      : [...errorRows, ...otherRows].slice(0, Math.max(MAX_ROWS_SHOWN, errorRows.length));
  return (
    <section aria-labelledby="preview-heading" data-testid="import-preview">
      <h2 id="preview-heading" tabIndex={-1} ref={ref}>
        {t.previewHeading}
      </h2>
      <p className={hasErrors ? 'form-error' : 'status-message'}>
        {hasErrors ? t.previewErrors(errorRows.length + (result.fileErrors.length > 0 ? 1 : 0)) : t.previewOk}{' '}
        {t.summary(result.summary)}
      </p>
      {result.fileErrors.length > 0 ? (
        <>
          <h3>{t.fileErrorsHeading}</h3>
          <ul className="form-error">
            {result.fileErrors.map((e, i) => (
              <li key={i}>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {shown.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="preview-caption">
          <table className="data-table">
            <caption id="preview-caption">{t.rowsCaption(shown.length, result.rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t.line}
                </th>
                <th scope="col">{t.key}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.errors}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const failed = row.errors.length > 0 || row.action === 'error';
                return (
                  <tr key={row.line} className={failed ? 'row--error' : undefined}>
                    <th scope="row" className="numeric">
                      {row.line}
                    </th>
                    <td>{row.key}</td>
                    <td>
                      <span className={failed ? 'tag tag--error' : 'tag tag--ok'}>{t.actions[row.action] ?? row.action}</span>
                    </td>
                    <td>
                      {row.errors.length > 0 ? (
                        <ul className="error-text">
                          {row.errors.map((e, i) => (
                            <li key={i}>
                              <code>{e.field}</code>: {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
