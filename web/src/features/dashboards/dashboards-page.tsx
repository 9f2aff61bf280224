import { useEffect } from 'react';
import { Link } from '../../components/link';
import { localized } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { useSession, type Me } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { AreaDashboard } from './area-dashboard';
import { dashboardHref, useDashboardQuery } from './dashboard-query';
import { referenceQueries, type Region, type StaffMeetingPlace } from '../staff/reference-data';
import { PlaceDashboard } from './place-dashboard';
import { dashboardStrings } from './strings';
import './dashboards.css';

// The dashboards of issue #6, one lazily loaded chunk (with Chart.js) for all four routes.

export type DashboardView =
  | { view: 'index' }
  | { view: 'place'; placeSlug: string }
  | { view: 'region'; regionCode: string }
  | { view: 'national' };

export default function DashboardsPage(props: DashboardView) {
  switch (props.view) {
    case 'place':
      return <PlaceDashboard slug={props.placeSlug} />;
    case 'region':
      return <AreaDashboard area={{ level: 'region', code: props.regionCode }} />;
    case 'national':
      return <AreaDashboard area={{ level: 'national' }} />;
    default:
      return <DashboardIndex />;
  }
}

/** Where /staff/dashboards leads: one place or one region of the account's scope, else the country. */
export function homeDashboard(me: Me): string | null {
  if (me.capabilities.wholeCountry) return '/staff/dashboards/national';
  if (me.scope.regions.length > 0) {
    return me.scope.regions.length === 1 ? `/staff/dashboards/region/${encodeURIComponent(me.scope.regions[0])}` : null;
  }
  if (me.scope.meetingPlaces.length === 1) return `/staff/dashboards/place/${encodeURIComponent(me.scope.meetingPlaces[0])}`;
  return me.scope.meetingPlaces.length === 0 ? '/staff/dashboards/national' : null;
}

function DashboardIndex() {
  const lang = useStaffLanguage();
  const t = dashboardStrings(lang);
  const { me } = useSession();
  const [query] = useDashboardQuery();
  const target = me ? homeDashboard(me) : null;

  useEffect(() => {
    if (target) navigate(dashboardHref(target, query, ['period', 'indicator', 'level']), { replace: true });
  }, [target]); // eslint-disable-line react-hooks/exhaustive-deps

  // Several places or regions: let the person choose (names from the public lists).
  const places = useStaffQuery({ ...referenceQueries.meetingPlaces(), enabled: !target });
  const regions = useStaffQuery({ ...referenceQueries.regions(), enabled: !target });
  const choices = together(places, regions);

  let content;
  if (choices.error) content = <LoadFailed lang={lang} error={choices.error} onRetry={choices.retry} />;
  else if (target || !places.data || !regions.data) content = <Loading lang={lang} />;
  else {
    content = <DashboardChoices me={me!} places={places.data} regions={regions.data} lang={lang} />;
  }
  return <StaffLayout title={t.dashboards}>{content}</StaffLayout>;
}

function DashboardChoices({ me, places, regions, lang }: { me: Me; places: StaffMeetingPlace[]; regions: Region[]; lang: string }) {
  const t = dashboardStrings(lang);
  const [query] = useDashboardQuery();
  const ownPlaces = places.filter((p) => me.scope.meetingPlaces.includes(p.slug));
  const ownRegions = regions.filter((r) => me.scope.regions.includes(r.code));
  return (
    <div className="dash">
      <p>{t.chooseDashboard}</p>
      {ownPlaces.length > 0 ? (
        <>
          <h2>{t.ownPlaces}</h2>
          <ul className="landing-list">
            {ownPlaces.map((place) => (
              <li key={place.slug}>
                <Link href={dashboardHref(`/staff/dashboards/place/${encodeURIComponent(place.slug)}`, query)}>
                  <strong>{localized(place.name, lang)}</strong>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ownRegions.length > 0 ? (
        <>
          <h2>{t.ownRegions}</h2>
          <ul className="landing-list">
            {ownRegions.map((region) => (
              <li key={region.code}>
                <Link href={dashboardHref(`/staff/dashboards/region/${encodeURIComponent(region.code)}`, query)}>
                  <strong>{localized(region.name, lang)}</strong>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.wholeCountry}</h2>
      <ul className="landing-list">
        <li>
          <Link href={dashboardHref('/staff/dashboards/national', query)}>
            <strong>{t.nationalTitle}</strong>
          </Link>
        </li>
      </ul>
    </div>
  );
}
