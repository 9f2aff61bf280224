import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Model, type CompletingEvent, type SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { hasSurveyStrings, loadSurveyStrings } from './survey-setup';
import { Link } from '../../components/link';
import { PageLayout } from '../../components/page-layout';
import { submitResponse, type MeetingPlace, type Problem, type ResponseSubmission, type SurveyVersion } from '../../lib/api';
import {
  isRightToLeft,
  localized,
  messages,
  respondentFieldErrorCodes,
  useLanguage,
  withLanguage,
  type RespondentFieldErrorCode,
} from '../../lib/i18n';
import { enqueue, outboxIsDurable, useDeliveryStatus } from '../../lib/outbox';
import { collectAnswers, newClientResponseId, questionForField } from './submission';
import { definitionText } from '../../../../reports/survey-texts';
import { respondentLanguages } from './respondent-languages';

type Phase = 'answering' | 'done';

// A family waits this long for the server before the answers go to the outbox and the
// thank-you page says they will be sent later (a hanging Wi-Fi would otherwise freeze "Done").
const SUBMIT_TIMEOUT_MS = 5_000;
type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'error'; message: string; detail?: string };

function createModel(definition: Record<string, unknown>): SurveyModel {
  const model = new Model(definition);
  // Our own thank-you page reports delivery; the title is the page's <h1>.
  model.showCompletePage = false;
  model.showTitle = false;
  // Never remember a respondent on a shared device.
  model.cookieName = '';
  for (const question of model.getAllQuestions()) {
    // Stop the browser offering one family's typed answers to the next.
    if ('autocomplete' in question) question.setPropertyValue('autocomplete', 'off');
  }
  return model;
}

/**
 * The survey itself, from the first question to the thank-you page: survey-core and its React
 * renderer, a chunk of its own that the page fetches while the family reads the notice.
 */
export default function SurveyRunner({
  place,
  survey,
  available,
  onStartAgain,
}: {
  place: MeetingPlace;
  survey: SurveyVersion;
  /** The survey's languages (definitionLocales). */
  available: readonly string[];
  /** "New answer": back to the notice, where Start begins a fresh model. */
  onStartAgain: () => void;
}) {
  const model = useMemo(() => createModel(survey.definition), [survey]);
  const lang = useLanguage(available);
  const stringsLoaded = useSurveyStrings(lang);
  const t = messages(lang);

  const [phase, setPhase] = useState<Phase>('answering');
  const [sendState, setSendState] = useState<SendState>({ kind: 'idle' });
  const [done, setDone] = useState<{ clientResponseId: string; sentDirectly: boolean } | null>(
    null,
  );
  // One id per answer, from Start: a retry of the same answer is recognised by the server.
  const clientResponseId = useRef(newClientResponseId());
  const langRef = useRef(lang);
  langRef.current = lang;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  // The page shown (1-based) after "Next"/"Previous", announced and focused; null before any move.
  const [pageMove, setPageMove] = useState<{ page: number; pages: number; seq: number } | null>(null);

  useLayoutEffect(() => {
    model.locale = lang === 'fi' ? '' : lang;
    // Buttons and messages read again once the language's strings have arrived.
    if (stringsLoaded) model.locStrsChanged();
    // survey-core keeps the progress text ("Sivu 2 / 5") from the old locale otherwise.
    model.updateProgressText();
  }, [model, lang, stringsLoaded]);

  useEffect(() => {
    const onPageChanged = (sender: SurveyModel) => {
      setPageMove((previous) => ({
        page: sender.currentPageNo + 1,
        pages: sender.visiblePageCount,
        seq: (previous?.seq ?? 0) + 1,
      }));
    };
    model.onCurrentPageChanged.add(onPageChanged);
    return () => model.onCurrentPageChanged.remove(onPageChanged);
  }, [model]);

  useEffect(() => {
    // Keyboard and screen-reader users start on the new page's first question, not on the
    // button at the bottom. survey-core renders the page after this effect, so wait a frame.
    if (!pageMove) return;
    const frame = requestAnimationFrame(() => focusFirstQuestion(hostRef.current, headingRef.current));
    return () => cancelAnimationFrame(frame);
  }, [pageMove]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [phase]);

  useEffect(() => {
    const onCompleting = async (sender: SurveyModel, options: CompletingEvent) => {
      // survey-core blocks its buttons until this promise settles: no double submit.
      const body: ResponseSubmission = {
        surveyKey: survey.key,
        surveyVersion: survey.version,
        meetingPlace: place.slug,
        clientResponseId: clientResponseId.current,
        locale: sender.locale || 'fi',
        answers: collectAnswers(sender),
        // The moment "Done" was pressed: an answer that waits in the outbox across a period
        // boundary still counts in the period (and round) it was given in.
        answeredAt: new Date().toISOString(),
      };
      if (Object.keys(body.answers).length === 0) {
        // Tapping through without answering would store an empty response (the server refuses
        // it too): say so and take the family back to the first question.
        options.allow = false;
        setSendState({ kind: 'error', message: messages(langRef.current).nothingAnswered });
        sender.currentPageNo = 0;
        return;
      }
      setSendState({ kind: 'sending' });
      const result = await submitResponse(body, { timeoutMs: SUBMIT_TIMEOUT_MS });
      if (result.outcome === 'rejected') {
        options.allow = false;
        setSendState(explainRejection(sender, result.problem, messages(langRef.current)));
        return;
      }
      if (result.outcome === 'retry') await enqueue(body);
      setDone({ clientResponseId: body.clientResponseId, sentDirectly: result.outcome === 'stored' });
      setSendState({ kind: 'idle' });
      setPhase('done');
    };
    model.onCompleting.add(onCompleting);
    return () => model.onCompleting.remove(onCompleting);
  }, [model, place.slug, survey.key, survey.version]);

  const placeName = localized(place.name, lang);
  const title = definitionText(survey.definition.title, lang) || survey.key;
  const placeHref = withLanguage(`/p/${encodeURIComponent(place.slug)}`, lang);
  const direction = isRightToLeft(lang) ? 'rtl' : 'ltr';

  return (
    <PageLayout
      languages={respondentLanguages(available)}
      lang={lang}
      title={phase === 'done' ? t.thankYouTitle : title}
      context={placeName}
      showOutbox={phase !== 'done'}
    >
      {phase === 'answering' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="survey-heading">
            {title}
          </h1>
          <p role="status" className={sendState.kind === 'sending' ? 'send-status' : 'visually-hidden'}>
            {sendState.kind === 'sending' ? t.sending : pageMove ? t.pageOf(pageMove.page, pageMove.pages) : ''}
          </p>
          {sendState.kind === 'error' ? (
            <div role="alert" className="send-error">
              <p>{sendState.message}</p>
              {sendState.detail ? <p className="muted">{sendState.detail}</p> : null}
            </div>
          ) : null}
          <div className="survey-host" lang={lang} dir={direction} ref={hostRef}>
            <Survey model={model} />
          </div>
        </>
      ) : null}

      {phase === 'done' && done ? (
        <ThankYou
          lang={lang}
          placeHref={placeHref}
          done={done}
          headingRef={headingRef}
          onStartAgain={onStartAgain}
        />
      ) : null}
    </PageLayout>
  );
}

/** Focuses the title of the first question shown in `host`, else `fallback` (the page's heading). */
function focusFirstQuestion(host: HTMLElement | null, fallback: HTMLElement | null): void {
  const title = host?.querySelector<HTMLElement>('.sd-page .sd-question .sd-question__title');
  const target = title ?? fallback;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

function explainRejection(
  model: SurveyModel,
  problem: Problem,
  t: ReturnType<typeof messages>,
): SendState {
  if (problem.status === 413) return { kind: 'error', message: t.errorTooLarge };
  const located = (problem.errors ?? [])
    .map((error) => ({ error, question: questionForField(model, error.field) }))
    .filter((x) => x.question !== null);
  if (problem.status === 400 && located.length > 0) {
    for (const { error, question } of located) {
      question!.addError(fieldErrorText(error.code, t));
    }
    // Takes the respondent to the page of the first question concerned.
    model.focusQuestion(located[0].question!.name);
    return { kind: 'error', message: t.errorValidation };
  }
  return { kind: 'error', message: t.errorGeneric, detail: problem.detail || problem.title };
}

/** The server's stable error code in the respondent's language (its English text is for logs). */
function fieldErrorText(code: string | undefined, t: ReturnType<typeof messages>): string {
  const known = (respondentFieldErrorCodes as readonly string[]).includes(code ?? '');
  return known ? t.fieldErrors[code as RespondentFieldErrorCode] : t.errorQuestion;
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
  done: { clientResponseId: string; sentDirectly: boolean };
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

/**
 * Whether survey-core's strings for `lang` are loaded (the page started loading them with the
 * notice, so usually at once); a language switch loads the new language's chunk.
 */
function useSurveyStrings(lang: string): boolean {
  const [loaded, setLoaded] = useState(() => hasSurveyStrings(lang));
  useEffect(() => {
    let current = true;
    setLoaded(hasSurveyStrings(lang));
    void loadSurveyStrings(lang).then(
      () => current && setLoaded(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [lang]);
  return loaded;
}
