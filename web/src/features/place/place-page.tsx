import { Link } from '../../components/link';
import { FailedPage, LoadingPage, PageLayout } from '../../components/page-layout';
import { fetchMeetingPlace, fetchSurveys, type SurveySummary } from '../../lib/api';
import { LocalizedText } from '../../components/localized-text';
import { localized, messages, useLanguage, withLanguage } from '../../lib/i18n';
import { useResource } from '../../lib/use-resource';

// Families see only what they answer by themselves. The children's round ("Huomaa minut",
// children-with-adult) is answered with an adult guiding the child and is started from that
// flow (staff open it from its poster or link); listed here, parents filled it in alone.
// Partner and staff surveys are reached by a direct link that the coordinator sends.
export function isForFamilies(survey: SurveySummary): boolean {
  return !survey.audience || survey.audience === 'families';
}

export function PlacePage({ placeSlug }: { placeSlug: string }) {
  const lang = useLanguage();
  const t = messages(lang);
  const [resource, reload] = useResource(
    (signal) => Promise.all([fetchMeetingPlace(placeSlug, signal), fetchSurveys(signal)]),
    [placeSlug],
  );

  if (resource.state === 'loading') return <LoadingPage lang={lang} />;
  if (resource.state === 'failed') {
    return (
      <FailedPage
        lang={lang}
        error={resource.error}
        notFound={{ title: t.placeNotFoundTitle, text: t.placeNotFoundText, action: { href: withLanguage('/', lang), label: t.goHome } }}
        onRetry={reload}
      />
    );
  }

  const [place, surveys] = resource.value;
  const name = localized(place.name, lang);
  const forFamilies = surveys.filter(isForFamilies);

  return (
    <PageLayout lang={lang} title={name} context={name}>
      <div className="card">
        <h1>
          <LocalizedText value={place.name} lang={lang} />
        </h1>
        {place.address ? <p className="muted">{place.address}</p> : null}
        {place.active ? <p>{t.placeIntro}</p> : <p>{t.placeInactive}</p>}
      </div>
      {place.active ? (
        <section aria-labelledby="surveys-heading">
          <h2 id="surveys-heading">{t.surveysHeading}</h2>
          {forFamilies.length === 0 ? (
            <p>{t.noSurveys}</p>
          ) : (
            <ul className="survey-list">
              {forFamilies.map((survey) => (
                <li key={survey.key}>
                  <Link
                    className="survey-link"
                    href={withLanguage(
                      `/s/${encodeURIComponent(place.slug)}/${encodeURIComponent(survey.key)}`,
                      lang,
                    )}
                  >
                    <LocalizedText value={survey.title} lang={lang} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section className="staff-section" aria-labelledby="staff-heading">
        <h2 id="staff-heading">{t.staffHeading}</h2>
        <p>{t.staffPosterText}</p>
        <ul className="plain-list">
          {surveys.map((survey) => (
            <li key={survey.key}>
              <Link
                href={withLanguage(
                  `/p/${encodeURIComponent(place.slug)}/poster/${encodeURIComponent(survey.key)}`,
                  lang,
                )}
              >
                {t.posterLink(localized(survey.title, lang))}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </PageLayout>
  );
}
