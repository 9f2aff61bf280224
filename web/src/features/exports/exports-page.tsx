import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { staffFetch, useSession, type Me } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { CopyButton } from '../staff/components/copy-button';
import { formatDateTime } from '../staff/components/date-time';
import { Field, fieldErrors, FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { byName, referenceQueries, type Region, type StaffMeetingPlace, type SurveySummary } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { shellStrings, useStaffLanguage } from '../staff/strings';
import { exportTokenKeys, exportTokenQueries, type CreatedExportToken, type ExportToken } from './exports-api';
import {
  AREA_LEVELS,
  curlCommand,
  exportFilename,
  exportPath,
  formatsOf,
  recentPeriods,
  type AreaLevel,
  type ExportChoice,
  type ExportFormat,
  type ExportType,
} from './export-url';
import { exportsStrings } from './strings';
import { canExportRegionResponses, placeCapabilities } from '../staff/place-permissions';

// /staff/exports: pick an export (a workbook for people, CSV for tools), download it with the session cookie (a plain link), see
// the same URL for token use; admins and region analysts manage export tokens.

export default function ExportsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={exportsStrings(lang).title}>
      <Exports lang={lang} />
    </StaffLayout>
  );
}

type Data = { surveys: SurveySummary[]; places: StaffMeetingPlace[]; regions: Region[] };

function Exports({ lang }: { lang: string }) {
  const { me } = useSession();
  const surveys = useStaffQuery(referenceQueries.surveys());
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const regions = useStaffQuery(referenceQueries.regions());
  const loading = together(surveys, places, regions);
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!surveys.data || !places.data || !regions.data) return <Loading lang={lang} />;
  const data: Data = { surveys: surveys.data, places: places.data, regions: regions.data };
  const managesTokens = me.capabilities.manageExportTokens;
  return (
    <>
      <p>{exportsStrings(lang).intro}</p>
      <ExportPicker lang={lang} me={me} {...data} />
      {managesTokens ? <ExportTokens lang={lang} me={me} regions={data.regions} /> : null}
    </>
  );
}

/** Row-level exports and the export tokens that pull them (admins and region analysts). */
function readsRowLevelData(me: Me): boolean {
  return me.capabilities.exportResponses;
}

/** Places and regions this account may narrow an export to: those its capabilities list. */
function scopeChoices(me: Me, places: StaffMeetingPlace[], regions: Region[]) {
  return {
    regions: regions.filter((r) => me.capabilities.regions.some((c) => c.code === r.code)),
    places: places.filter((p) => placeCapabilities(me, p) !== undefined),
  };
}

function ExportPicker({ lang, me, surveys, places, regions }: { lang: string; me: Me } & Data) {
  const t = exportsStrings(lang);
  const periods = recentPeriods(new Date());
  const scope = scopeChoices(me, places, regions);
  const [choice, setChoice] = useState<Omit<ExportChoice, 'lang'>>({
    type: 'indicators',
    level: 'meeting-place',
    period: periods[0],
    format: 'xlsx',
    survey: surveys[0]?.key ?? 'visitor-survey',
    version: 'current',
    region: '',
    meetingPlace: '',
  });
  const set = (patch: Partial<Omit<ExportChoice, 'lang'>>) => setChoice((c) => ({ ...c, ...patch }));
  const survey = surveys.find((s) => s.key === choice.survey);
  // The workbook follows the page's language, also when it is switched after choosing.
  const path = exportPath({ ...choice, lang });
  const absolute = `${window.location.origin}${path}`;
  const filename = exportFilename({ ...choice, lang });
  const placeChoices = scope.places
    .filter((p) => !choice.region || p.regionCode === choice.region)
    .sort(byName((p: StaffMeetingPlace) => localized(p.name, lang), lang));
  // Row-level data is for admins and region analysts only (the API refuses everyone else).
  const types: ExportType[] = readsRowLevelData(me) ? ['indicators', 'responses', 'codebook'] : ['indicators', 'codebook'];

  return (
    <section aria-labelledby="export-what-heading">
      <h2 id="export-what-heading">{t.whatHeading}</h2>
      <form className="card staff-form staff-form--wide" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="fieldset">
          <legend>{t.type}</legend>
          {types.map((type) => (
            <div key={type}>
              <label className="choice">
                <input
                  type="radio"
                  name="export-type"
                  value={type}
                  checked={choice.type === type}
                  aria-describedby={`export-type-${type}-hint`}
                  onChange={() => set({ type, format: formatsOf(type).includes(choice.format) ? choice.format : 'excel-fi' })}
                />
                {t.types[type]}
              </label>
              <p className="field__hint" id={`export-type-${type}-hint`}>
                {t.typeHints[type]}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="form-grid">
          {choice.type === 'indicators' ? (
            <Field id="export-level" label={t.level}>
              {(control) => (
                <select {...control} value={choice.level} onChange={(e) => set({ level: e.target.value as AreaLevel })}>
                  {AREA_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t.levels[level]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {choice.type !== 'indicators' ? (
            <Field id="export-survey" label={t.survey}>
              {(control) => (
                <select {...control} value={choice.survey} onChange={(e) => set({ survey: e.target.value, version: 'current' })}>
                  {surveys.map((s) => (
                    <option key={s.key} value={s.key}>
                      {localized(s.title, lang)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {choice.type === 'codebook' && survey ? (
            <Field id="export-version" label={t.version}>
              {(control) => (
                <select {...control} value={choice.version} onChange={(e) => set({ version: e.target.value })}>
                  <option value="current">{t.currentVersion(survey.currentVersion)}</option>
                  {[...survey.versions]
                    .sort((a, b) => b.version - a.version)
                    .map((v) => (
                      <option key={v.version} value={String(v.version)}>
                        {t.versionN(v.version)}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          ) : null}
          {choice.type !== 'codebook' ? (
            <Field id="export-period" label={t.period}>
              {(control) => (
                <select {...control} value={choice.period} onChange={(e) => set({ period: e.target.value })}>
                  {periods.map((period) => {
                    const [year, half] = period.split('-');
                    return (
                      <option key={period} value={period}>
                        {half ? t.half(year, half) : t.wholeYear(year)}
                      </option>
                    );
                  })}
                </select>
              )}
            </Field>
          ) : null}
          {choice.type === 'responses' && scope.regions.length > 1 ? (
            <Field id="export-region" label={t.region}>
              {(control) => (
                <select {...control} value={choice.region} onChange={(e) => set({ region: e.target.value, meetingPlace: '' })}>
                  <option value="">{t.allRegions}</option>
                  {scope.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.code} {localized(r.name, lang)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {choice.type === 'responses' && placeChoices.length > 1 ? (
            <Field id="export-place" label={t.place}>
              {(control) => (
                <select {...control} value={choice.meetingPlace} onChange={(e) => set({ meetingPlace: e.target.value })}>
                  <option value="">{t.allPlaces}</option>
                  {placeChoices.map((p) => (
                    <option key={p.id} value={p.slug}>
                      {localized(p.name, lang)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
        <Field id="export-format" label={t.format} hint={t.formatHint}>
          {(control) => (
            <select {...control} value={choice.format} onChange={(e) => set({ format: e.target.value as ExportFormat })}>
              {formatsOf(choice.type).map((format) => (
                <option key={format} value={format}>
                  {t.formats[format]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          {/* A plain link: the browser downloads with the session cookie and streams to disk. */}
          <a className="button button--primary" href={path} download={filename}>
            {t.download}
          </a>
        </p>
      </form>
      <h3>{t.urlHeading}</h3>
      <p>{t.urlIntro}</p>
      <p className="field__label" id="export-url-label">
        {t.urlLabel}
      </p>
      <code className="code-block" data-testid="export-url">
        {absolute}
      </code>
      <p>
        <CopyButton text={absolute} lang={lang} label={t.copyUrl} />
      </p>
      <p className="field__label" id="export-curl-label">
        {t.curlLabel}
      </p>
      <code className="code-block">
        {curlCommand(absolute, filename)}
      </code>
      <p>
        <CopyButton text={curlCommand(absolute, filename)} lang={lang} label={t.copyCurl} />
      </p>
      <p className="muted">{t.tokenNote}</p>
    </section>
  );
}

function ExportTokens({ lang, me, regions }: { lang: string; me: Me; regions: Region[] }) {
  const t = exportsStrings(lang);
  const shell = shellStrings(lang);
  const queryClient = useQueryClient();
  const tokens = useStaffQuery(exportTokenQueries.list());
  const reload = () => void queryClient.invalidateQueries({ queryKey: exportTokenKeys.all });
  const regionChoices = regions.filter((r) => canExportRegionResponses(me, r.code));
  const [name, setName] = useState('');
  const [region, setRegion] = useState(regionChoices[0]?.code ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingName, setMissingName] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setMissingName(true);
      document.getElementById('token-name')?.focus();
      return;
    }
    setMissingName(false);
    setBusy(true);
    setError(null);
    setFlash(null);
    try {
      const result = await staffFetch<CreatedExportToken>('/api/export-tokens', {
        method: 'POST',
        json: { name: name.trim(), regionCode: region },
      });
      setCreated({ name: result.name, token: result.token });
      setName('');
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ExportToken) {
    setBusy(true);
    setRevokeError(null);
    try {
      await staffFetch(`/api/export-tokens/${encodeURIComponent(token.id)}/revoke`, { method: 'POST' });
      setConfirming(null);
      setFlash(t.tokenRevoked(token.name));
      reload();
    } catch (caught) {
      setRevokeError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error, lang);
  const regionName = (code: string) => `${code} ${localized(regions.find((r) => r.code === code)?.name, lang)}`;
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t.tokensHeading}</h2>
      <p>{t.tokensIntro}</p>
      <StatusMessage>{flash}</StatusMessage>
      {created ? <CreatedToken lang={lang} {...created} onDone={() => setCreated(null)} /> : null}
      <form className="card staff-form" onSubmit={create} noValidate aria-labelledby="new-token-heading">
        <h3 id="new-token-heading">{t.createToken}</h3>
        <FormError error={error} lang={lang} shownFields={['name', 'regionCode']} />
        <Field id="token-name" label={t.tokenName} hint={t.tokenNameHint} error={missingName ? shell.required : errors.name}>
          {(control) => (
            <input {...control} value={name} maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} required />
          )}
        </Field>
        <Field id="token-region" label={t.tokenRegion} error={errors.regionCode}>
          {(control) => (
            <select {...control} value={region} onChange={(e) => setRegion(e.target.value)}>
              {regionChoices.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} {localized(r.name, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.creatingToken : t.createToken}
        </button>
      </form>
      {tokens.isPending ? <Loading lang={lang} /> : null}
      {tokens.isError ? <LoadFailed lang={lang} error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {tokens.isSuccess && tokens.data.length === 0 ? <p>{t.noTokens}</p> : null}
      {tokens.isSuccess && tokens.data.length > 0 ? (
        <>
          <FormError error={revokeError} lang={lang} />
          <ScrollTable
            id="tokens"
            caption={`${t.tokensTable} (${tokens.data.length})`}
            columns={[t.tokenName, t.tokenRegion, t.created, t.lastUsed, t.status, t.actions].map((label) => ({ label }))}
          >
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{regionName(token.regionCode)}</td>
                <td>{formatDateTime(token.createdAt, lang)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : t.never}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="tag tag--inactive">{t.revoked(formatDateTime(token.revokedAt, lang))}</span>
                  ) : (
                    <span className="tag tag--ok">{t.active}</span>
                  )}
                </td>
                <td>
                  {token.revokedAt ? null : confirming === token.id ? (
                    <div role="group" aria-label={t.revokeFor(token.name)}>
                      <p>{t.confirmRevoke(token.name)}</p>
                      <p className="inline-actions">
                        <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => revoke(token)}>
                          {t.yesRevoke}
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                          {t.cancel}
                        </button>
                      </p>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t.revokeFor(token.name)}
                      onClick={() => setConfirming(token.id)}
                    >
                      {t.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </ScrollTable>
        </>
      ) : null}
    </section>
  );
}

function CreatedToken({ lang, name, token, onDone }: { lang: string; name: string; token: string; onDone: () => void }) {
  const t = exportsStrings(lang);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card status-message" tabIndex={-1} ref={ref} aria-labelledby="created-token-heading">
      <h3 id="created-token-heading">{t.tokenCreated(name)}</h3>
      <p>
        {t.token}: <span className="secret" data-testid="export-token">{token}</span>
      </p>
      <p className="inline-actions">
        <CopyButton text={token} lang={lang} />
        <button type="button" className="button button--small" onClick={onDone}>
          OK
        </button>
      </p>
      <p>{t.tokenShownOnce}</p>
    </section>
  );
}
