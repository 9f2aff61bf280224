import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState, type FormEvent } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { staffFetch, useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { formatDate } from '../staff/components/date-time';
import { FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { recentYears, YearPicker } from '../staff/components/year-picker';
import { referenceQueries, type StaffMeetingPlace } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { ComparisonSection } from './comparison';
import { DevelopmentPlan } from './development-plan';
import { canManageEvaluations, canReadRegionEvaluations, showsEvaluationsOf } from './evaluation-permissions';
import { EvaluationForm } from './evaluation-form';
import { evaluationsKeys, evaluationsQueries, type Evaluation } from './evaluations-api';
import { RegionalView } from './regional-view';
import { evaluationsStrings } from './strings';
import './evaluations.css';

// /staff/evaluations: a place's self- and peer evaluations of a year (filled in with the
// instrument's form), their comparison and report, the place's development plan, and for
// region analysts the regional view.

export default function EvaluationsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={evaluationsStrings(lang).title} section="evaluations">
      <Evaluations lang={lang} />
    </StaffLayout>
  );
}

function Evaluations({ lang }: { lang: string }) {
  const t = evaluationsStrings(lang);
  const { me } = useSession();
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const loading = together(places);
  // A link from a place's dashboard opens that place (?place=<slug>).
  const [chosen, setChosen] = useState(() => new URLSearchParams(window.location.search).get('place') ?? '');
  const [year, setYear] = useState(() => recentYears()[0]);
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!places.data) return <Loading lang={lang} />;
  const regionCodes = me.capabilities.regions.filter((r) => r.readEvaluations).map((r) => r.code);
  const { offered, place } = pickPlace(places.data, (p) => showsEvaluationsOf(me, p), chosen, lang);
  return (
    <>
      <p>{t.intro}</p>
      <YearPicker id="evaluations-year" label={t.year} years={recentYears()} year={year} onChoose={setYear} />
      {place ? (
        <>
          <PlacePicker id="evaluations-place" label={t.place} places={offered} chosen={place} onChoose={setChosen} lang={lang} />
          <PlaceEvaluations key={`${place.slug}-${year}`} lang={lang} place={place} year={year} places={places.data} />
        </>
      ) : (
        <p>{t.noPlaces}</p>
      )}
      {regionCodes.length > 0 ? <RegionalView regionCodes={regionCodes} year={year} lang={lang} /> : null}
    </>
  );
}

function PlaceEvaluations({ lang, place, year, places }: { lang: string; place: StaffMeetingPlace; year: number; places: StaffMeetingPlace[] }) {
  const t = evaluationsStrings(lang);
  const { me } = useSession();
  const queryClient = useQueryClient();
  const evaluations = useStaffQuery(evaluationsQueries.ofPlace(place.slug, year));
  const comparison = useStaffQuery(evaluationsQueries.comparison(place.slug, year));
  const [open, setOpen] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [actionCriterion, setActionCriterion] = useState<string | null>(null);
  const placeName = localized(place.name, lang);
  const manages = canManageEvaluations(me, place);
  const assigns = canReadRegionEvaluations(me, place.regionCode);
  const hasSelf = evaluations.data?.some((e) => e.kind === 'self' && e.meetingPlace.slug === place.slug) ?? true;
  const selfEvaluation = comparison.data?.evaluations.find((e) => e.kind === 'self');

  async function startSelf() {
    setError(null);
    try {
      const created = await staffFetch<Evaluation>(`/api/meeting-places/${encodeURIComponent(place.slug)}/evaluations`, { method: 'POST', json: { year, kind: 'self' } });
      setFlash(t.selfStarted);
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
      setOpen(created.id);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <section aria-labelledby="evaluations-heading">
        <h2 id="evaluations-heading">{t.evaluationsHeading(placeName, year)}</h2>
        <StatusMessage>{flash}</StatusMessage>
        <FormError error={error} lang={lang} />
        {evaluations.isError ? <LoadFailed lang={lang} error={evaluations.error} onRetry={() => void evaluations.refetch()} /> : null}
        {evaluations.isPending ? <Loading lang={lang} /> : null}
        {evaluations.data && evaluations.data.length === 0 ? <p>{t.none}</p> : null}
        {evaluations.data && evaluations.data.length > 0 ? (
          <ScrollTable
            id="evaluations"
            caption={t.evaluationsCaption(placeName, year)}
            columns={[{ label: t.kind }, { label: t.evaluated }, { label: t.evaluator }, { label: t.status }, { label: t.fill }]}
          >
            {evaluations.data.map((evaluation) => {
              const kind = t.kinds[evaluation.kind];
              const evaluated = localized(evaluation.meetingPlace.name, lang);
              return (
                <tr key={evaluation.id}>
                  <th scope="row">{kind}</th>
                  <td>{evaluated}</td>
                  <td>{localized(evaluation.evaluatorPlace.name, lang)}</td>
                  <td>{evaluation.submittedAt ? t.submittedOn(formatDate(evaluation.submittedAt, lang)) : t.statuses[evaluation.status]}</td>
                  <td>
                    {evaluation.canFill ? (
                      <button type="button" className="button button--secondary" aria-label={t.fillLabel(kind, evaluated)} onClick={() => setOpen(evaluation.id)}>
                        {t.fill}
                      </button>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              );
            })}
          </ScrollTable>
        ) : null}
        {manages && evaluations.data && !hasSelf ? (
          <button type="button" className="button" onClick={() => void startSelf()}>
            {t.startSelf}
          </button>
        ) : null}
        {open ? <EvaluationForm key={open} id={open} lang={lang} onClose={() => setOpen(null)} /> : null}
        {assigns ? <AssignPeer lang={lang} place={place} year={year} places={places} onDone={setFlash} /> : null}
      </section>
      <ComparisonSection
        slug={place.slug}
        year={year}
        lang={lang}
        canAddAction={manages}
        onAddAction={(criterion) => setActionCriterion(criterion)}
      />
      <DevelopmentPlan
        slug={place.slug}
        placeName={placeName}
        lang={lang}
        canEdit={manages}
        criteria={comparison.data?.criteria ?? []}
        criterion={actionCriterion}
        sourceId={selfEvaluation?.id ?? null}
      />
    </>
  );
}

function AssignPeer({ lang, place, year, places, onDone }: { lang: string; place: StaffMeetingPlace; year: number; places: StaffMeetingPlace[]; onDone: (message: string) => void }) {
  const t = evaluationsStrings(lang);
  const queryClient = useQueryClient();
  const others = places.filter((p) => p.slug !== place.slug && p.active).sort((a, b) => localized(a.name, lang).localeCompare(localized(b.name, lang), lang));
  const [evaluator, setEvaluator] = useState(others[0]?.slug ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function assign(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await staffFetch(`/api/meeting-places/${encodeURIComponent(place.slug)}/evaluations`, { method: 'POST', json: { year, kind: 'peer', evaluatorPlace: evaluator } });
      const chosen = others.find((p) => p.slug === evaluator);
      onDone(t.assigned(chosen ? localized(chosen.name, lang) : evaluator));
      await refreshAfterWrite(queryClient, evaluationsKeys.all);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="staff-form" onSubmit={(event) => void assign(event)} aria-labelledby="assign-peer-heading" noValidate>
      <h3 id="assign-peer-heading">{t.assignHeading}</h3>
      <p>{t.assignIntro}</p>
      <FormError error={error} lang={lang} />
      <div className="field">
        <label className="field__label" htmlFor="assign-evaluator">
          {t.evaluatorPlace}
        </label>
        <select id="assign-evaluator" value={evaluator} onChange={(event) => setEvaluator(event.target.value)}>
          {others.map((p) => (
            <option key={p.slug} value={p.slug}>
              {localized(p.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy || !evaluator}>
        {t.assign}
      </button>
    </form>
  );
}
