import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link } from '../../components/link';
import { PageLayout } from '../../components/page-layout';
import { submitResponse, type MeetingPlace, type Problem, type ResponseSubmission, type SurveyVersion } from '../../lib/api';
import {
  isRightToLeft,
  localized,
  messages,
  respondentFieldErrorCodes,
  withLanguage,
  type RespondentFieldErrorCode,
} from '../../lib/i18n';
import { enqueue, outboxIsDurable, useDeliveryStatus } from '../../lib/outbox';
import { newClientResponseId } from './submission';
import { definitionText } from '../../../../reports/survey-texts';
import { respondentLanguages } from './respondent-languages';

// What both survey renderers share: sending an answer (with its time limit and the outbox),
// the server's field errors, the page around the questions and the thank-you page. The plain
// renderer (plain-survey-runner.tsx) and survey-core's (survey-runner.tsx) differ only in how
// they show the questions.

// A family waits this long for the server before the answers go to the outbox and the
// thank-you page says they will be sent later (a hanging Wi-Fi would otherwise freeze "Done").
const SUBMIT_TIMEOUT_MS = 5_000;

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'error'; message: string; detail?: string };

type Done = { clientResponseId: string; sentDirectly: boolean };

/** What respond-page.tsx gives either survey renderer (the plain one or survey-core's). */
export type SurveyRunnerProps = {
  place: MeetingPlace;
  survey: SurveyVersion;
  /** The survey's languages (definitionLocales). */
  available: readonly string[];
  /** "New answer": back to the notice, where Start begins afresh. */
  onStartAgain: () => void;
};

type Messages = ReturnType<typeof messages>;

export type SendOutcome =
  /** Nothing answered: not sent (the server refuses it too). */
  | { kind: 'empty' }
  | { kind: 'rejected'; problem: Problem }
  | { kind: 'done' };

/**
 * One answer from Start to the thank-you page: its id (a retry of the same answer is
 * recognised by the server), its send state and the heading that takes focus when the phase
 * changes.
 */
export function useAnswering(place: MeetingPlace, survey: SurveyVersion) {
  const [sendState, setSendState] = useState<SendState>({ kind: 'idle' });
  const [done, setDone] = useState<Done | null>(null);
  const clientResponseId = useRef(newClientResponseId());
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [done]);

  /** Sends `answers` given in `locale`; the caller shows what a refusal means for its questions. */
  const send = useCallback(async (locale: string, answers: Record<string, unknown>, t: Messages): Promise<SendOutcome> => {
    if (Object.keys(answers).length === 0) {
      setSendState({ kind: 'error', message: t.nothingAnswered });
      return { kind: 'empty' };
    }
    const body: ResponseSubmission = {
      surveyKey: survey.key,
      surveyVersion: survey.version,
      meetingPlace: place.slug,
      clientResponseId: clientResponseId.current,
      locale,
      answers,
      // The moment "Done" was pressed: an answer that waits in the outbox across a period
      // boundary still counts in the period (and round) it was given in.
      answeredAt: new Date().toISOString(),
    };
    setSendState({ kind: 'sending' });
    const result = await submitResponse(body, { timeoutMs: SUBMIT_TIMEOUT_MS });
    if (result.outcome === 'rejected') return { kind: 'rejected', problem: result.problem };
    if (result.outcome === 'retry') await enqueue(body);
    setDone({ clientResponseId: body.clientResponseId, sentDirectly: result.outcome === 'stored' });
    setSendState({ kind: 'idle' });
    return { kind: 'done' };
  }, [place.slug, survey.key, survey.version]);

  return { sendState, setSendState, done, headingRef, send };
}

/**
 * What a refusal means: the error to show above the survey, and the questions the server's
 * field errors (`answers.<name>`) are about, each with the text to show at it.
 */
export function explainRejection<Q>(
  problem: Problem,
  t: Messages,
  questionForField: (field: string) => Q | null,
): { state: SendState; located: Array<{ question: Q; text: string }> } {
  if (problem.status === 413) return { state: { kind: 'error', message: t.errorTooLarge }, located: [] };
  const located = (problem.errors ?? []).flatMap((error) => {
    const question = questionForField(error.field);
    return question === null ? [] : [{ question, text: fieldErrorText(error.code, t) }];
  });
  if (problem.status === 400 && located.length > 0) return { state: { kind: 'error', message: t.errorValidation }, located };
  return { state: { kind: 'error', message: t.errorGeneric, detail: problem.detail || problem.title }, located: [] };
}

/** The server's stable error code in the respondent's language (its English text is for logs). */
export function fieldErrorText(code: string | undefined, t: Messages): string {
  const known = (respondentFieldErrorCodes as readonly string[]).includes(code ?? '');
  return known ? t.fieldErrors[code as RespondentFieldErrorCode] : t.errorQuestion;
}

/**
 * The page of a survey under way: its title, the announcement of a page change or of sending,
 * the error of the last send, the questions (`children`, in the survey's language and
 * direction), and once sent the thank-you page.
 */
export function AnsweringPage({
  place,
  survey,
  available,
  lang,
  answering,
  announcement,
  hostRef,
  onStartAgain,
  children,
}: {
  place: MeetingPlace;
  survey: SurveyVersion;
  /** The survey's languages (definitionLocales). */
  available: readonly string[];
  lang: string;
  answering: ReturnType<typeof useAnswering>;
  /** "Page 2 of 5" after Next or Previous, for screen readers. */
  announcement: string;
  hostRef?: RefObject<HTMLDivElement | null>;
  /** "New answer": back to the notice, where Start begins afresh. */
  onStartAgain: () => void;
  children: ReactNode;
}) {
  const t = messages(lang);
  const { sendState, done, headingRef } = answering;
  const title = definitionText(survey.definition.title, lang) || survey.key;
  return (
    <PageLayout
      languages={respondentLanguages(available)}
      lang={lang}
      title={done ? t.thankYouTitle : title}
      context={localized(place.name, lang)}
      showOutbox={!done}
    >
      {done ? (
        <ThankYou
          lang={lang}
          placeHref={withLanguage(`/p/${encodeURIComponent(place.slug)}`, lang)}
          done={done}
          headingRef={headingRef}
          onStartAgain={onStartAgain}
        />
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="survey-heading">
            {title}
          </h1>
          <p role="status" className={sendState.kind === 'sending' ? 'send-status' : 'visually-hidden'}>
            {sendState.kind === 'sending' ? t.sending : announcement}
          </p>
          {sendState.kind === 'error' ? (
            <div role="alert" className="send-error">
              <p>{sendState.message}</p>
              {sendState.detail ? <p className="muted">{sendState.detail}</p> : null}
            </div>
          ) : null}
          <div className="survey-host" lang={lang} dir={isRightToLeft(lang) ? 'rtl' : 'ltr'} ref={hostRef}>
            {children}
          </div>
        </>
      )}
    </PageLayout>
  );
}

function ThankYou({
  lang,
  placeHref,
  done,
  headingRef,
  onStartAgain,
}: {
  lang: string;
  placeHref: string;
  done: Done;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStartAgain: () => void;
}) {
  const t = messages(lang);
  const queued = useDeliveryStatus(done.sentDirectly ? null : done.clientResponseId);
  const state = done.sentDirectly ? 'sent' : queued.state === 'unknown' ? 'sent' : queued.state;
  const status =
    state === 'sent'
      ? t.statusSent
      : state === 'rejected'
        ? t.statusRejected
        : outboxIsDurable()
          ? t.statusQueued
          : t.statusQueuedNoStorage;
  return (
    <div className="card thank-you">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.thankYouTitle}
      </h1>
      <p>{t.thankYouText}</p>
      <p role="status" className={`delivery delivery--${state}`} data-delivery={state}>
        {status}
      </p>
      <div className="actions">
        <Link className="button button--primary" href={placeHref}>
          {t.backToPlace}
        </Link>
        <button type="button" className="button" onClick={onStartAgain}>
          {t.newAnswer}
        </button>
      </div>
    </div>
  );
}
