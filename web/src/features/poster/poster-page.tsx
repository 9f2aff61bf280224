import { Link } from '../../components/link';
import { QrCode } from '../../components/qr-code';
import { FailedPage, LoadingPage, PageLayout } from '../../components/page-layout';
import { fetchMeetingPlace, fetchSurveys, fetchSurveyVersion } from '../../lib/api';
import {
  chromeLanguages,
  isRightToLeft,
  localized,
  messages,
  useLanguage,
  withLanguage,
} from '../../lib/i18n';
import { useResource } from '../../lib/use-resource';
import './poster.css';

// The poster names the survey in every chrome language the definition is written in, so a
// family finds theirs before scanning. The link carries no language: each phone picks its own.

type Props = { placeSlug: string; surveyKey: string };

export function surveyLink(origin: string, placeSlug: string, surveyKey: string): string {
  return `${origin}/s/${encodeURIComponent(placeSlug)}/${encodeURIComponent(surveyKey)}`;
}

function definitionTitle(definition: Record<string, unknown>, lang: string): string | undefined {
  const title = definition.title as string | Record<string, string> | undefined;
  if (!title) return undefined;
  if (typeof title === 'string') return lang === 'fi' ? title : undefined;
  return title[lang === 'fi' ? 'default' : lang] ?? (lang === 'fi' ? title.fi : undefined);
}

export default function PosterPage({ placeSlug, surveyKey }: Props) {
  const lang = useLanguage();
  const t = messages(lang);
  const [resource, reload] = useResource(
    async (signal) => {
      const [place, surveys, current] = await Promise.all([
        fetchMeetingPlace(placeSlug, signal),
        fetchSurveys(signal),
        fetchSurveyVersion(surveyKey, 'current', signal),
      ]);
      return { place, summary: surveys.find((s) => s.key === surveyKey), current };
    },
    [placeSlug, surveyKey],
  );
  const link = surveyLink(window.location.origin, placeSlug, surveyKey);

  if (resource.state === 'loading') return <LoadingPage lang={lang} />;
  if (resource.state === 'failed') {
    return (
      <FailedPage
        lang={lang}
        error={resource.error}
        notFound={{
          title: t.notFoundTitle,
          text: t.notFoundText,
          action: { href: withLanguage(`/p/${encodeURIComponent(placeSlug)}`, lang), label: t.backToPlace },
        }}
        onRetry={reload}
      />
    );
  }

  const { place, summary, current } = resource.value;
  const titles = chromeLanguages
    .map((l) => ({
      lang: l,
      title:
        definitionTitle(current.definition, l) ??
        (summary && l in summary.title ? summary.title[l] : undefined),
    }))
    .filter((x): x is { lang: (typeof chromeLanguages)[number]; title: string } => Boolean(x.title));
  const mainTitle = localized(summary?.title, lang) || definitionTitle(current.definition, lang) || surveyKey;
  const placeName = localized(place.name, lang);
  const placeNames = [...new Set([place.name.fi, place.name.sv, place.name.en].filter(Boolean))];

  return (
    <PageLayout lang={lang} title={`${mainTitle} – ${placeName}`} context={placeName}>
      <div className="poster-toolbar">
        <h1>{mainTitle}</h1>
        <p>{t.posterHint}</p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t.posterPrint}
          </button>
          <Link className="button" href={withLanguage(`/p/${encodeURIComponent(place.slug)}`, lang)}>
            {t.backToPlace}
          </Link>
        </div>
      </div>
      <article className="poster" aria-label={`${mainTitle} – ${placeName}`}>
        <p className="poster__place">{placeNames.join(' · ')}</p>
        <ul className="poster__titles">
          {titles.map(({ lang: l, title }) => (
            <li key={l} lang={l} dir={isRightToLeft(l) ? 'rtl' : 'ltr'}>
              {title}
            </li>
          ))}
        </ul>
        <QrCode link={link} label={`QR: ${link}`} className="poster__qr" pendingClassName="poster__qr--pending" />
        <ul className="poster__scan">
          {titles.map(({ lang: l }) => (
            <li key={l} lang={l} dir={isRightToLeft(l) ? 'rtl' : 'ltr'}>
              {messages(l).posterScan}
            </li>
          ))}
        </ul>
        <p className="poster__url">{link}</p>
      </article>
    </PageLayout>
  );
}
