import { useQuery } from '@tanstack/react-query';
import { Link } from '../../components/link';
import { ScrollTable } from '../../components/scroll-table';
import { fetchSurveyVersion } from '../../lib/api';
import { localized } from '../../lib/i18n';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { huomaaMinutSurveyOf } from '../../huomaa-minut/huomaa-minut-definition';
import { inLanguage } from '../../kiosk/kiosk-definition';
import { formatCalendarDay } from '../staff/components/date-time';
import { Loading, LoadFailed } from '../staff/components/form';
import { referenceQueries } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { cellText, describeChange, formatCount, formatInterval, formatValue } from '../dashboards/format';
import { dashboardStrings } from '../dashboards/strings';
import { roundsQueries, type RoundSummary } from './rounds-api';
import { roundsStrings } from './strings';
import { summaryStrings } from './summary-strings';
import './round-summary.css';

// /staff/rounds/:id/summary: one round for the steering group, printable on A4. How many
// answered (exact) and by age band; once released, each question's answers as pictures with
// counts and shares and the indicators beside the previous round's; a round of fewer than five
// shows its count only. Written answers appear only for the place's coordinators, never on paper.

type Labels = Map<string, { title: Record<string, string>; choices: Map<string, { label: Record<string, string>; picture: string | null }> }>;

export default function RoundSummaryPage({ roundId }: { roundId: string }) {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={summaryStrings(lang).summaryTitle} section="rounds">
      <Summary lang={lang} roundId={roundId} />
    </StaffLayout>
  );
}

function Summary({ lang, roundId }: { lang: string; roundId: string }) {
  const t = summaryStrings(lang);
  const summary = useStaffQuery(roundsQueries.summary(roundId));
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const surveys = useStaffQuery(referenceQueries.surveys());
  const surveyKey = summary.data?.round.surveyKey;
  const definition = useQuery({
    queryKey: ['survey-definition', surveyKey],
    queryFn: ({ signal }) => fetchSurveyVersion(surveyKey!, 'current', signal),
    enabled: !!surveyKey,
    staleTime: Infinity,
  });
  const loading = together(summary, places, surveys);
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!summary.data || !places.data || !surveys.data || definition.isPending) return <Loading lang={lang} />;
  const { round } = summary.data;
  const place = places.data.find((p) => p.slug === round.meetingPlace);
  const surveyTitle = localized(surveys.data.find((s) => s.key === round.surveyKey)?.title, lang) || round.surveyKey;
  const days = `${formatCalendarDay(round.startsOn, lang)}–${formatCalendarDay(round.endsOn, lang)}`;
  const labels = definition.data ? labelsOf(definition.data.definition as Record<string, unknown>) : new Map();
  return (
    <article className="round-summary printable" aria-labelledby="round-summary-heading">
      <h2 id="round-summary-heading">{t.summaryOf(`${surveyTitle} ${days}`)}</h2>
      <dl className="round-summary__facts">
        <dt>{t.place}</dt>
        <dd>{place ? localized(place.name, lang) : round.meetingPlace}</dd>
        <dt>{t.days}</dt>
        <dd>{days}</dd>
        <dt>{t.status}</dt>
        <dd>{roundsStrings(lang).statuses[round.status]}</dd>
      </dl>
      <p className="round-summary__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>{' '}
        <Link href="/staff/rounds">{t.back}</Link>
      </p>
      <Participation lang={lang} summary={summary.data} />
      {round.release ? null : <p>{t.notReleasedYet}</p>}
      <Questions lang={lang} summary={summary.data} labels={labels} />
      {summary.data.participation.fewerThanMinimum ? null : <Indicators lang={lang} summary={summary.data} />}
      <Written lang={lang} summary={summary.data} />
    </article>
  );
}

function Participation({ lang, summary }: { lang: string; summary: RoundSummary }) {
  const t = summaryStrings(lang);
  const { participation } = summary;
  return (
    <section aria-labelledby="round-participation">
      <h3 id="round-participation">{t.participation}</h3>
      <p className="round-summary__count">
        {t.answered(formatCount(participation.total, lang))}
        {participation.fewerThanMinimum ? <strong> ({t.fewerThanFive})</strong> : null}
      </p>
      {participation.fewerThanMinimum ? <p>{t.fewerThanFiveHelp}</p> : null}
      {participation.byAgeBand ? (
        <ScrollTable id="round-age-bands" caption={t.byAgeBand} columns={[{ label: t.ageBand }, { label: t.children, numeric: true }]}>
          {participation.byAgeBand.map((band) => (
            <tr key={band.band}>
              <th scope="row">{band.band === 'not-given' ? t.notGiven : band.band.replace('-', '–')}</th>
              <td className="numeric">{formatCount(band.n, lang)}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
    </section>
  );
}

function Questions({ lang, summary, labels }: { lang: string; summary: RoundSummary; labels: Labels }) {
  const t = summaryStrings(lang);
  if (summary.questions.length === 0) return null;
  const percent = (share: number) => formatValue(share, 'share', lang);
  return (
    <section aria-labelledby="round-answers">
      <h3 id="round-answers">{t.answers}</h3>
      {summary.questions.map((question) => {
        const known = labels.get(question.name);
        const title = known ? inLanguage(known.title, lang) : question.name;
        if (question.withheld) {
          return (
            <div key={question.name} id={`round-question-${question.name}`} className="round-summary__withheld">
              <h4>{t.questionCaption(title, formatCount(question.n, lang))}</h4>
              <p>{t.withheldFew}</p>
            </div>
          );
        }
        return (
          <ScrollTable
            key={question.name}
            id={`round-question-${question.name}`}
            caption={t.questionCaption(title, formatCount(question.n, lang))}
            columns={[{ label: t.choice }, { label: t.count, numeric: true }, { label: t.share, numeric: true }]}
          >
            {question.choices.map((choice) => {
              const label = known?.choices.get(choice.value);
              return (
                <tr key={choice.value}>
                  <th scope="row" className="round-summary__choice">
                    {label?.picture ? <img src={label.picture} alt="" width={32} height={32} /> : null} {label ? inLanguage(label.label, lang) : choice.value}
                  </th>
                  <td className="numeric">{formatCount(choice.count, lang)}</td>
                  <td className="numeric">{percent(choice.share)}</td>
                </tr>
              );
            })}
          </ScrollTable>
        );
      })}
    </section>
  );
}

function Indicators({ lang, summary }: { lang: string; summary: RoundSummary }) {
  const t = summaryStrings(lang);
  const d = dashboardStrings(lang);
  if (!summary.round.release) return null;
  return (
    <section aria-labelledby="round-indicators">
      <h3 id="round-indicators">{t.indicators}</h3>
      <ScrollTable
        id="round-indicators-table"
        caption={t.indicators}
        columns={[{ label: d.indicator }, { label: d.value, numeric: true }, { label: d.interval }, { label: d.answers, numeric: true }, { label: t.previousRound }, { label: t.change }]}
      >
        {summary.indicators.map((indicator) => (
          <tr key={indicator.key}>
            <th scope="row">{localized(indicator.title, lang)}</th>
            <td className="numeric">{cellText(indicator, indicator.unit, lang, d)}</td>
            <td>{indicator.status === 'published' && indicator.ci95 ? formatInterval(indicator.ci95, indicator.unit, lang) : '–'}</td>
            <td className="numeric">{formatCount(indicator.n, lang)}</td>
            <td>
              {indicator.previous
                ? `${cellText(indicator.previous, indicator.unit, lang, d)} (${formatCalendarDay(indicator.previous.startsOn, lang)}–${formatCalendarDay(indicator.previous.endsOn, lang)}, n = ${formatCount(indicator.previous.n, lang)})`
                : t.noPrevious}
            </td>
            <td>{indicator.change ? describeChange(indicator.change, indicator.unit, indicator.direction, lang, d).text : '–'}</td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}

/** Only the place's coordinators get them from the API; never printed. */
function Written({ lang, summary }: { lang: string; summary: RoundSummary }) {
  const t = summaryStrings(lang);
  const written = summary.writtenAnswers;
  if (!written) return null;
  const list = (texts: string[]) =>
    texts.length === 0 ? (
      <p>{t.none}</p>
    ) : (
      <ul>
        {texts.map((text, i) => (
          <li key={i} dir="auto">
            {text}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="round-summary__written" aria-labelledby="round-written">
      <h3 id="round-written">{t.written}</h3>
      <p>{t.writtenHelp}</p>
      <h4>{t.observations}</h4>
      {list(written.observations)}
      <h4>{t.wishes}</h4>
      {list(written.wishes)}
    </section>
  );
}

/** The questions' titles and their choices' words and pictures, from the survey's definition. */
function labelsOf(definition: Record<string, unknown>): Labels {
  const labels: Labels = new Map();
  try {
    const survey = huomaaMinutSurveyOf(0, definition);
    for (const question of survey.questions) {
      labels.set(question.name, {
        title: question.title,
        choices: new Map(question.choices.map((choice) => [String(choice.value), { label: choice.label, picture: choice.picture }])),
      });
    }
  } catch {
    // Another instrument's round: its values are shown as they are.
  }
  return labels;
}
