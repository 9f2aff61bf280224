import { useEffect } from 'react';
import { Link } from '../../components/link';
import type { MeetingPlace } from '../../lib/api';
import { localized } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { staffFetch, useSession, type Me } from '../../lib/session';
import { Loading, LoadFailed } from '../staff/components/form';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { AreaDashboard } from './area-dashboard';
import { dashboardHref, useDashboardQuery } from './dashboard-query';
import { fetchRegions, type Region } from './indicators-api';
import { PlaceDashboard } from './place-dashboard';
import { dashboardStrings } from './strings';
import { useStaffResource } from './use-staff-resource';
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
  const [resource, reload] = useStaffResource(
    (signal) =>
      target
        ? new Promise<never>(() => undefined)
        : Promise.all([staffFetch<MeetingPlace[]>('/api/meeting-places', { signal }), fetchRegions(signal)]),
    [target],
  );

  let content;
  if (target || resource.state === 'loading') content = <Loading lang={lang} />;
  else if (resource.state === 'failed') content = <LoadFailed lang={lang} error={resource.error} onRetry={reload} />;
  else {
    const [places, regions] = resource.value;
    content = <DashboardChoices me={me!} places={places} regions={regions} lang={lang} />;
  }
  return <StaffLayout title={t.dashboards}>{content}</StaffLayout>;
}

function DashboardChoices({ me, places, regions, lang }: { me: Me; places: MeetingPlace[]; regions: Region[]; lang: string }) {
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
