import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MissingLanguage } from './missing-language';
import { PrivacyNotice } from './privacy-notice';
import { respondentLanguages } from './respondent-languages';
import { isPlainSurvey } from '../../../../reports/plain-survey';
import { definitionLocales, definitionText } from '../../../../reports/survey-texts';
import { LoadFailedPage, LoadingPage, MessagePage, PageLayout } from '../../components/page-layout';
import {
  ApiError,
  fetchMeetingPlace,
  fetchSurveyVersion,
  type MeetingPlace,
  type SurveyVersion,
} from '../../lib/api';
import { chromeLanguages, kioskLanguage, localized, messages, setLanguage, useLanguage, withLanguage } from '../../lib/i18n';
import { removePrerendered } from '../../lib/prerendered';
import { useLocationHref } from '../../lib/router';
import { useResource } from '../../lib/use-resource';
import './respond-page.css';

// The page a QR code opens. Everything up to Start is plain React (and rendered by the server
// into the HTML). A plain definition (reports/plain-survey.ts: every survey families answer
// today) is shown by our own small renderer; survey-core, more than a slow phone's whole page
// budget, is downloaded only for a definition outside that subset. Either comes in its own
// chunk, fetched while the family reads the notice.
const loadPlainRunner = () => import('./plain-survey-runner');
const loadSurveyCoreRunner = () => import('./survey-runner');
const PlainSurveyRunner = lazy(loadPlainRunner);
const SurveyCoreRunner = lazy(loadSurveyCoreRunner);

/**
 * Fetches the renderer a survey page needs and its strings in `lang`, so that Start shows the
 * first question at once. The app calls it with no definition as soon as it sees a survey page
 * (the plain renderer, what families' surveys use), the page again once the definition is in.
 */
export function prefetchSurvey(lang?: string, definition?: unknown): void {
  const loaded =
    definition === undefined || isPlainSurvey(definition)
      ? loadPlainRunner().then((runner) => (lang ? runner.preloadStrings(lang) : undefined))
      : loadSurveyCoreRunner()
          .then(() => import('./survey-setup'))
          .then((setup) => (lang ? setup.loadSurveyStrings(lang) : undefined));
  // Offline before it was ever cached: Start tries again and shows the error page.
  loaded.catch(() => undefined);
}

type Props = { placeSlug: string; surveyKey: string; version: number | 'current' };

type Loaded = {
  place: PromiseSettledResult<MeetingPlace>;
  survey: PromiseSettledResult<SurveyVersion>;
};

const isNotFound = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' &&
  result.reason instanceof ApiError &&
  result.reason.status >= 400 &&
  result.reason.status < 500;

export default function RespondPage({ placeSlug, surveyKey, version }: Props) {
  const chromeLang = useLanguage(chromeLanguages);
  const t = messages(chromeLang);
  const [resource, reload] = useResource<Loaded>(
    async (signal) => {
      const [place, survey] = await Promise.allSettled([
        fetchMeetingPlace(placeSlug, signal),
        fetchSurveyVersion(surveyKey, version, signal),
      ]);
      return { place, survey };
    },
    [placeSlug, surveyKey, version],
  );
  // The server's copy of the notice stays on screen until this page has something to show.
  const loading = resource.state === 'loading';
  useLayoutEffect(() => {
    if (!loading) removePrerendered();
  }, [loading]);

  if (resource.state === 'loading') return <LoadingPage lang={chromeLang} />;
  if (resource.state === 'failed') return <LoadFailedPage lang={chromeLang} onRetry={reload} />;

  const { place, survey } = resource.value;
  if (isNotFound(place)) {
    return (
      <MessagePage
        lang={chromeLang}
        title={t.placeNotFoundTitle}
        text={t.placeNotFoundText}
        action={{ href: withLanguage('/', chromeLang), label: t.goHome }}
      />
    );
  }
  if (isNotFound(survey) && place.status === 'fulfilled') {
    return (
      <MessagePage
        lang={chromeLang}
        title={t.surveyNotFoundTitle}
        text={t.surveyNotFoundText}
        action={{
          href: withLanguage(`/p/${encodeURIComponent(place.value.slug)}`, chromeLang),
          label: t.backToPlace,
        }}
      />
    );
  }
  if (place.status === 'rejected' || survey.status === 'rejected') {
    return <LoadFailedPage lang={chromeLang} onRetry={reload} />;
  }
  return <SurveyFlow place={place.value} survey={survey.value} />;
}

/** The notice, then (after Start) the survey; "New answer" comes back to the notice. */
function SurveyFlow({ place, survey }: { place: MeetingPlace; survey: SurveyVersion }) {
  const available = useMemo(() => definitionLocales(survey.definition), [survey]);
  const lang = useLanguage(available);
  // The language the family asked for, which this survey may lack.
  const wanted = useLanguage(chromeLanguages);
  const href = useLocationHref();
  const [started, setStarted] = useState(false);
  const [answers, setAnswers] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const plain = useMemo(() => isPlainSurvey(survey.definition), [survey]);
  const SurveyRunner = plain ? PlainSurveyRunner : SurveyCoreRunner;

  useEffect(() => prefetchSurvey(lang, survey.definition), [lang, survey]);
  useEffect(() => {
    if (!started && answers > 0) headingRef.current?.focus();
  }, [started, answers]);

  const startAgain = () => {
    // A kiosk greets the next family in its own default language.
    const kioskDefault = kioskLanguage(href);
    if (kioskDefault && kioskDefault !== lang) setLanguage(kioskDefault);
    setStarted(false);
    setAnswers((n) => n + 1);
  };

  const notice = (starting: boolean) => (
    <PageLayout
      languages={respondentLanguages(available)}
      lang={available.includes(wanted) ? lang : wanted}
      title={definitionText(survey.definition.title, lang) || survey.key}
      context={localized(place.name, lang)}
    >
      {available.includes(wanted) ? (
        <PrivacyNotice
          lang={lang}
          title={definitionText(survey.definition.title, lang) || survey.key}
          placeName={localized(place.name, lang)}
          definition={survey.definition}
          headingRef={headingRef}
          onStart={() => setStarted(true)}
          starting={starting}
        />
      ) : (
        <MissingLanguage wanted={wanted} available={available} href={href} />
      )}
    </PageLayout>
  );

  if (!started) return notice(false);
  return (
    <Suspense fallback={notice(true)}>
      <SurveyRunner place={place} survey={survey} available={available} onStartAgain={startAgain} />
    </Suspense>
  );
}
