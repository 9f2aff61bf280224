import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from './components/error-boundary';
import { LoadingPage } from './components/page-layout';
import { HomePage } from './features/home/home-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { PlacePage } from './features/place/place-page';
import { chromeLanguages, pickLanguage, requestedLanguage } from './lib/i18n';
import { matchRoute, useLocationHref, type Route } from './lib/router';

// Code split: survey-core (the respondent form), qrcode (posters) and any later staff or
// dashboard code load only on the routes that need them.
const loadRespondPage = () => import('./features/respond/respond-page');
const RespondPage = lazy(loadRespondPage);
const PosterPage = lazy(() => import('./features/poster/poster-page'));
const AccessibilityPage = lazy(() => import('./features/accessibility/accessibility-page'));
// Staff area: never loaded by the respondent pages.
const StaffHomePage = lazy(() => import('./features/staff/staff-home-page'));
const StaffLoginPage = lazy(() => import('./features/staff/login-page'));
const StaffPasswordPage = lazy(() => import('./features/staff/password-page'));
const UsersPage = lazy(() => import('./features/users/users-page'));
const PlacesPage = lazy(() => import('./features/places/places-page'));
const ExportsPage = lazy(() => import('./features/exports/exports-page'));
const ImportsPage = lazy(() => import('./features/imports/imports-page'));
const RoundsPage = lazy(() => import('./features/rounds/rounds-page'));
const RoundSummaryPage = lazy(() => import('./features/rounds/round-summary-page'));
const HuomaaMinutPage = lazy(() => import('./features/rounds/huomaa-minut-page'));
const KiosksPage = lazy(() => import('./features/kiosks/kiosks-page'));
const EvaluationsPage = lazy(() => import('./features/evaluations/evaluations-page'));
const PlansPage = lazy(() => import('./features/plans/plans-page'));
const AnnualReportPage = lazy(() => import('./features/annual-reports/annual-report-page'));
const AuditPage = lazy(() => import('./features/audit/audit-page'));
// Dashboards (with Chart.js): one chunk for the four dashboard routes.
const DashboardsPage = lazy(() => import('./features/dashboards/dashboards-page'));
// The staff pages' server state (TanStack Query): loaded with them, never by respondent pages.
const StaffQueries = lazy(() => import('./lib/staff-queries'));

/** The pages behind a staff login (staff-…, dashboard…): the ones that read server state through TanStack Query. */
function isStaffRoute(route: Route): boolean {
  return route.name.startsWith('staff') || route.name.startsWith('dashboard');
}

export function App() {
  const href = useLocationHref();
  const route = matchRoute(href.split('?')[0]);
  const fallbackLang = pickLanguage(chromeLanguages, requestedLanguage(href));
  const isSurveyPage = route.name === 'respond';
  useEffect(() => {
    // survey-core is a survey page's largest download: it starts now, beside the page's data.
    if (isSurveyPage) void loadRespondPage().then((page) => page.prefetchSurvey(), () => undefined);
  }, [isSurveyPage]);

  let page;
  switch (route.name) {
    case 'home':
      page = <HomePage />;
      break;
    case 'place':
      page = <PlacePage placeSlug={route.placeSlug} />;
      break;
    case 'respond':
      page = (
        <RespondPage
          // A new key starts a fresh survey (new clientResponseId) for another survey or place.
          key={`${route.placeSlug}/${route.surveyKey}/${route.version}`}
          placeSlug={route.placeSlug}
          surveyKey={route.surveyKey}
          version={route.version}
        />
      );
      break;
    case 'poster':
      page = <PosterPage placeSlug={route.placeSlug} surveyKey={route.surveyKey} />;
      break;
    case 'accessibility':
      page = <AccessibilityPage />;
      break;
    case 'staff':
      page = <StaffHomePage />;
      break;
    case 'staff-login':
      page = <StaffLoginPage />;
      break;
    case 'staff-password':
      page = <StaffPasswordPage />;
      break;
    case 'staff-users':
      page = <UsersPage />;
      break;
    case 'staff-places':
      page = <PlacesPage />;
      break;
    case 'staff-exports':
      page = <ExportsPage />;
      break;
    case 'staff-imports':
      page = <ImportsPage />;
      break;
    case 'staff-rounds':
      page = <RoundsPage />;
      break;
    case 'staff-round-summary':
      page = <RoundSummaryPage roundId={route.roundId} />;
      break;
    case 'staff-round-children':
      page = <HuomaaMinutPage roundId={route.roundId} />;
      break;
    case 'staff-kiosks':
      page = <KiosksPage />;
      break;
    case 'staff-evaluations':
      page = <EvaluationsPage />;
      break;
    case 'staff-plans':
      page = <PlansPage />;
      break;
    case 'staff-annual-report':
      page = <AnnualReportPage />;
      break;
    case 'staff-audit':
      page = <AuditPage />;
      break;
    case 'dashboards':
      page = <DashboardsPage view="index" />;
      break;
    case 'dashboard-place':
      page = <DashboardsPage view="place" placeSlug={route.placeSlug} />;
      break;
    case 'dashboard-region':
      page = <DashboardsPage view="region" regionCode={route.regionCode} />;
      break;
    case 'dashboard-national':
      page = <DashboardsPage view="national" />;
      break;
    default:
      page = <NotFoundPage />;
  }

  if (isStaffRoute(route)) page = <StaffQueries>{page}</StaffQueries>;

  return (
    <ErrorBoundary key={href.split('?')[0]}>
      <Suspense fallback={<LoadingPage lang={fallbackLang} />}>{page}</Suspense>
    </ErrorBoundary>
  );
}
