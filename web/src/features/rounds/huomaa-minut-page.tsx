import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../components/link';
import { fetchSurveyVersion } from '../../lib/api';
import { csrfToken, useSession } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { huomaaMinutSurveyOf, type HuomaaMinutSurvey } from '../../huomaa-minut/huomaa-minut-definition';
import { startHuomaaMinut } from '../../huomaa-minut/huomaa-minut-flow';
import { recordWithStaffSession, sendStaffQueued, staffQueuedCount } from '../../huomaa-minut/staff-outbox';
import { Loading, LoadFailed } from '../staff/components/form';
import { canManagePlace } from '../staff/place-permissions';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { roundsQueries, type Round } from './rounds-api';
import { summaryStrings } from './summary-strings';

// /staff/rounds/:id/huomaa-minut: a signed-in coordinator sits with one child at a time on a
// tablet and runs the adult-assisted flow (web/src/huomaa-minut, shared with the kiosk). The
// answers go through the app's one outbox, sent with the staff session from this page.

const RETRY_MS = 30_000;

export default function HuomaaMinutPage({ roundId }: { roundId: string }) {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={summaryStrings(lang).childrenTitle} section="rounds">
      <ChildrensRound lang={lang} roundId={roundId} />
    </StaffLayout>
  );
}

function ChildrensRound({ lang, roundId }: { lang: string; roundId: string }) {
  const t = summaryStrings(lang);
  const { me } = useSession();
  const round = useStaffQuery(roundsQueries.one(roundId));
  const definition = useQuery({
    queryKey: ['survey-definition', 'huomaa-minut'],
    queryFn: ({ signal }) => fetchSurveyVersion('huomaa-minut', 'current', signal),
    staleTime: Infinity,
  });
  if (!me) return null;
  if (round.isError) return <LoadFailed lang={lang} error={round.error} onRetry={() => void round.refetch()} />;
  if (definition.isError) return <LoadFailed lang={lang} error={definition.error} onRetry={() => void definition.refetch()} />;
  if (!round.data || !definition.data) return <Loading lang={lang} />;
  const refusal =
    round.data.surveyKey !== 'huomaa-minut'
      ? t.notHuomaaMinut
      : !canManagePlace(me, { slug: round.data.meetingPlace })
        ? t.notStaff
        : round.data.status !== 'open'
          ? t.notOpen
          : null;
  if (refusal) {
    return (
      <>
        <p>{refusal}</p>
        <p>
          <Link href="/staff/rounds">{t.back}</Link>
        </p>
      </>
    );
  }
  return <Flow lang={lang} round={round.data} survey={huomaaMinutSurveyOf(definition.data.version, definition.data.definition as Record<string, unknown>)} />;
}

function Flow({ lang, round, survey }: { lang: string; round: Round; survey: HuomaaMinutSurvey }) {
  const t = summaryStrings(lang);
  const root = useRef<HTMLDivElement>(null);
  const [waiting, setWaiting] = useState(0);

  useEffect(() => {
    const refresh = () => void staffQueuedCount().then(setWaiting);
    const send = () => void sendStaffQueued(csrfToken()).then(refresh);
    const flow = startHuomaaMinut({
      root: root.current!,
      survey,
      meetingPlace: round.meetingPlace,
      adultLanguage: lang,
      record: async (body) => {
        const outcome = await recordWithStaffSession(body, csrfToken());
        refresh();
        return outcome;
      },
    });
    // Answers that waited (this page was open offline, or the session had ended) go now and on every reconnect.
    send();
    window.addEventListener('online', send);
    const timer = window.setInterval(send, RETRY_MS);
    return () => {
      flow.destroy();
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [lang, round.meetingPlace, survey]);

  return (
    <>
      <div ref={root} />
      <p role="status" className="hm-waiting">
        {waiting > 0 ? t.waiting(waiting) : ''}
      </p>
    </>
  );
}
