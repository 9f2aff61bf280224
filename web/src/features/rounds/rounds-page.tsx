import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useSession, type Me } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { formatCalendarDay, formatDate, formatDateTime } from '../staff/components/date-time';
import { Link } from '../../components/link';
import { kiosksQueries } from '../kiosks/kiosks-api';
import { FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { useStaffAction } from '../staff/components/use-staff-action';
import { canManagePlace, canReadParticipation } from '../staff/place-permissions';
import { referenceQueries, type StaffMeetingPlace, type SurveySummary } from '../staff/reference-data';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { PlanRoundForm } from './plan-round-form';
import { RoundFigures } from './round-figures';
import { changeRound, roundsKeys, roundsQueries, type Round } from './rounds-api';
import { roundsStrings } from './strings';

// /staff/rounds: a place's collection rounds. Coordinators, region analysts and admins plan,
// close and cancel them (admins also reopen); steering groups read them.

type Action = 'close' | 'cancel' | 'reopen';

export default function RoundsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={roundsStrings(lang).title} section="rounds">
      <Rounds lang={lang} />
    </StaffLayout>
  );
}

function Rounds({ lang }: { lang: string }) {
  const t = roundsStrings(lang);
  const { me } = useSession();
  const placesQuery = useStaffQuery(referenceQueries.meetingPlaces());
  const surveysQuery = useStaffQuery(referenceQueries.surveys());
  const loading = together(placesQuery, surveysQuery);
  const [chosen, setChosen] = useState('');
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!placesQuery.data || !surveysQuery.data) return <Loading lang={lang} />;

  const { offered, place } = pickPlace(placesQuery.data, (p) => canReadParticipation(me, p), chosen, lang);
  if (!place) return <p>{t.noPlaces}</p>;

  return (
    <>
      <p>{t.intro}</p>
      <PlacePicker id="rounds-place" label={t.place} places={offered} chosen={place} onChoose={setChosen} lang={lang} />
      <PlaceRounds key={place.slug} lang={lang} me={me} place={place} surveys={surveysQuery.data} />
    </>
  );
}

function PlaceRounds({ lang, me, place, surveys }: { lang: string; me: Me; place: StaffMeetingPlace; surveys: SurveySummary[] }) {
  const t = roundsStrings(lang);
  const queryClient = useQueryClient();
  const rounds = useStaffQuery(roundsQueries.ofPlace(place.slug));
  // The table stays on screen while it is refetched after a change (focus and the message stay).
  const reload = () => void refreshAfterWrite(queryClient, roundsKeys.all);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; action: Action } | null>(null);
  const changing = useStaffAction();
  const manager = canManagePlace(me, place);
  const placeName = localized(place.name, lang);
  const surveyTitle = (key: string) => localized(surveys.find((s) => s.key === key)?.title, lang) || key;
  const describe = (round: Pick<Round, 'surveyKey' | 'startsOn' | 'endsOn'>) =>
    `${surveyTitle(round.surveyKey)} ${formatCalendarDay(round.startsOn, lang)}–${formatCalendarDay(round.endsOn, lang)}`;

  function act(round: Round, action: Action) {
    void changing.run(async () => {
      await changeRound(round.id, action);
      setConfirming(null);
      setFlash((action === 'close' ? t.closed : action === 'cancel' ? t.cancelled : t.reopened)(describe(round)));
      reload();
    });
  }

  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t.roundsOf(placeName)}</h2>
      <StatusMessage>{flash}</StatusMessage>
      <FormError error={changing.error} lang={lang} />
      {rounds.isPending ? <Loading lang={lang} /> : null}
      {rounds.isError ? <LoadFailed lang={lang} error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.isSuccess && rounds.data.length === 0 ? <p>{t.noRounds}</p> : null}
      {rounds.isSuccess && rounds.data.length > 0 ? (
        <ScrollTable
          id="rounds"
          caption={t.caption(placeName)}
          columns={[
            { label: t.survey },
            { label: t.days },
            { label: t.status },
            { label: t.respondents, numeric: true },
            { label: t.release },
            ...(manager ? [{ label: t.actions }] : []),
          ]}
        >
              {rounds.data.map((round) => {
                const what = describe(round);
                const action: Action | null =
                  round.status === 'open' ? 'close' : round.status === 'scheduled' ? 'cancel' : round.status === 'closed' && me.capabilities.reopenRounds ? 'reopen' : null;
                return (
                  <tr key={round.id}>
                    <th scope="row">{surveyTitle(round.surveyKey)}</th>
                    <td>
                      {formatCalendarDay(round.startsOn, lang)}–{formatCalendarDay(round.endsOn, lang)}
                    </td>
                    <td>
                      {t.statuses[round.status]}
                      {manager && round.status === 'open' && round.surveyKey === 'huomaa-minut' ? (
                        <>
                          <br />
                          <Link href={`/staff/rounds/${round.id}/huomaa-minut`} aria-label={t.children(what)}>
                            {t.childrenShort}
                          </Link>
                        </>
                      ) : null}
                    </td>
                    <td className="numeric">{round.respondents.toLocaleString(lang)}</td>
                    <td>
                      {round.release ? (
                        <RoundFigures id={round.id} lang={lang} label={t.released(formatDate(round.release.releasedAt, lang), round.release.revision)} what={what} />
                      ) : (
                        t.notReleased
                      )}
                      {round.status !== 'cancelled' ? (
                        <>
                          <br />
                          <Link href={`/staff/rounds/${round.id}/summary`} aria-label={t.summary(what)}>
                            {t.summaryShort}
                          </Link>
                        </>
                      ) : null}
                    </td>
                    {manager ? (
                      <td>
                        {action && confirming?.id === round.id ? (
                          <div role="group" aria-label={action === 'cancel' ? t.cancel(what) : action === 'close' ? t.close(what) : t.reopen(what)}>
                            {action !== 'reopen' ? <p>{action === 'cancel' ? t.cancelQuestion : t.closeQuestion}</p> : null}
                            {action === 'close' ? <KiosksLastSeen lang={lang} slug={place.slug} /> : null}
                            <button type="button" className="button" disabled={changing.busy} onClick={() => act(round, action)}>
                              {action === 'cancel' ? t.confirmCancel : action === 'close' ? t.confirmClose : t.reopenShort}
                            </button>{' '}
                            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                              {t.keep}
                            </button>
                          </div>
                        ) : action ? (
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={action === 'cancel' ? t.cancel(what) : action === 'close' ? t.close(what) : t.reopen(what)}
                            onClick={() => setConfirming({ id: round.id, action })}
                          >
                            {action === 'cancel' ? t.cancelShort : action === 'close' ? t.closeShort : t.reopenShort}
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
        </ScrollTable>
      ) : null}
      {manager ? (
        <PlanRoundForm
          lang={lang}
          slug={place.slug}
          surveys={surveys}
          describe={describe}
          onPlanned={(message) => {
            setFlash(message);
            reload();
          }}
        />
      ) : (
        <p>{t.readOnly}</p>
      )}
    </section>
  );
}

/**
 * When each kiosk of the place was last in touch, shown before a round is closed: a tablet
 * that has been offline may still hold answers (they are taken for a day after the close).
 */
function KiosksLastSeen({ lang, slug }: { lang: string; slug: string }) {
  const t = roundsStrings(lang);
  const kiosks = useStaffQuery(kiosksQueries.ofPlace(slug));
  const active = (kiosks.data ?? []).filter((kiosk) => kiosk.status !== 'revoked');
  if (active.length === 0) return null;
  return (
    <div className="rounds-kiosks">
      <p>
        <strong>{t.kiosksHeading}</strong> {t.kiosksHelp}
      </p>
      <ul aria-label={t.kiosksHeading}>
        {active.map((kiosk) => (
          <li key={kiosk.id}>{kiosk.lastSeenAt ? t.kioskSeen(kiosk.name, formatDateTime(kiosk.lastSeenAt, lang)) : t.kioskNeverSeen(kiosk.name)}</li>
        ))}
      </ul>
    </div>
  );
}
