import { useState } from 'react';
import { localized } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { recentYears, YearPicker } from '../staff/components/year-picker';
import { referenceQueries, type StaffMeetingPlace } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { CoDevelopmentDayForm } from './co-development-day-form';
import { CoDevelopmentDays } from './co-development-days';
import { CopyPlansForm } from './copy-plans-form';
import { PlanForm } from './plan-form';
import { canManagePlan, canReadPlan } from './plan-permissions';
import { PlanActivitiesTable, PlanTargetsTable } from './plan-summary';
import { plansQueries } from './plans-api';
import { plansStrings } from './strings';

// /staff/plans?place=<slug>&year=<year>: a place's evaluation plan of a year with computed
// statuses and assessed targets, its editor, the co-development days, and for region analysts
// copying last year's plans to a service area.

export default function PlansPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={plansStrings(lang).title} section="plans">
      <Plans lang={lang} />
    </StaffLayout>
  );
}

function Plans({ lang }: { lang: string }) {
  const t = plansStrings(lang);
  const { me } = useSession();
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const areas = useStaffQuery(referenceQueries.serviceAreas());
  const loading = together(places, areas);
  const params = new URLSearchParams(window.location.search);
  const [chosen, setChosen] = useState(() => params.get('place') ?? '');
  const [year, setYear] = useState(() => {
    const asked = Number(params.get('year'));
    // Next year first (plans are made ahead); this year until one is asked for.
    const years = recentYears({ ahead: 1 });
    return years.includes(asked) ? asked : years[1];
  });
  const [flash, setFlash] = useState<string | null>(null);
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!places.data || !areas.data) return <Loading lang={lang} />;
  const { offered, place } = pickPlace(places.data, (p) => canReadPlan(me, p), chosen, lang);
  const copyRegions = me.capabilities.regions.filter((r) => r.copyPlans).map((r) => r.code);
  return (
    <>
      <p>{t.intro}</p>
      <StatusMessage>{flash}</StatusMessage>
      <YearPicker id="plans-year" label={t.year} years={recentYears({ ahead: 1 })} year={year} onChoose={setYear} />
      {place ? (
        <>
          <PlacePicker id="plans-place" label={t.place} places={offered} chosen={place} onChoose={setChosen} lang={lang} />
          <PlacePlan key={`${place.slug}-${year}`} place={place} year={year} lang={lang} onDone={setFlash} />
        </>
      ) : (
        <p>{t.noPlaces}</p>
      )}
      {copyRegions.length > 0 ? (
        <CopyPlansForm areas={areas.data.filter((a) => copyRegions.includes(a.regionCode))} year={year} lang={lang} onDone={setFlash} />
      ) : null}
    </>
  );
}

function PlacePlan({ place, year, lang, onDone }: { place: StaffMeetingPlace; year: number; lang: string; onDone: (message: string) => void }) {
  const t = plansStrings(lang);
  const { me } = useSession();
  const plan = useStaffQuery(plansQueries.plan(place.slug, year));
  const placeName = localized(place.name, lang);
  const manages = canManagePlan(me, place);
  return (
    <>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t.planHeading(placeName, year)}</h2>
        {plan.isError ? <LoadFailed lang={lang} error={plan.error} onRetry={() => void plan.refetch()} /> : null}
        {plan.isPending ? <Loading lang={lang} /> : null}
        {plan.data ? (
          <>
            {plan.data.exists ? <PlanActivitiesTable plan={plan.data} placeName={placeName} lang={lang} /> : <p>{t.noPlan}</p>}
            <h3>{t.targetsHeading(year)}</h3>
            <PlanTargetsTable plan={plan.data} placeName={placeName} lang={lang} />
            {manages ? <PlanForm slug={place.slug} year={year} plan={plan.data} lang={lang} onDone={onDone} /> : null}
          </>
        ) : null}
      </section>
      <section aria-labelledby="days-heading">
        <h2 id="days-heading">{t.daysHeading}</h2>
        <p>{t.daysIntro}</p>
        <CoDevelopmentDays slug={place.slug} placeName={placeName} year={year} lang={lang} />
        {manages ? <CoDevelopmentDayForm slug={place.slug} lang={lang} onDone={onDone} /> : null}
      </section>
    </>
  );
}
