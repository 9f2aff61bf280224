import { useState } from 'react';
import { localized } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { CopyButton } from '../staff/components/copy-button';
import { RegionOptions, SurveyOptions } from '../staff/components/choice-options';
import { Field } from '../staff/components/form';
import { placeCapabilities } from '../staff/place-permissions';
import { byName, type Region, type StaffMeetingPlace, type SurveySummary } from '../staff/reference-data';
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

// What to export: a choice of type, level or survey, period, scope and format that makes a
// download link and the same URL for scripts. Nothing is sent: the link is the export.

export type ExportData = { surveys: SurveySummary[]; places: StaffMeetingPlace[]; regions: Region[] };

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

export function ExportPicker({ lang, me, surveys, places, regions }: { lang: string; me: Me } & ExportData) {
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
                  <SurveyOptions surveys={surveys} lang={lang} />
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
                  <RegionOptions regions={scope.regions} lang={lang} />
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
