import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Model, surveyLocalization, type CompletingEvent, type SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { ensureSurveyStrings } from './survey-setup';
import { MissingLanguage } from './missing-language';
import { Link } from '../../components/link';
import { LoadFailedPage, LoadingPage, MessagePage, PageLayout } from '../../components/page-layout';
import {
  ApiError,
  fetchMeetingPlace,
  fetchSurveyVersion,
  submitResponse,
  type MeetingPlace,
  type Problem,
  type ResponseSubmission,
  type SurveyVersion,
} from '../../lib/api';
import {
  chromeLanguages,
  isRightToLeft,
  kioskLanguage,
  localized,
  messages,
  respondentFieldErrorCodes,
  setLanguage,
  useLanguage,
  withLanguage,
  type RespondentFieldErrorCode,
} from '../../lib/i18n';
import { useLocationHref } from '../../lib/router';
import { enqueue, outboxIsDurable, useDeliveryStatus } from '../../lib/outbox';
import { useResource } from '../../lib/use-resource';
import { collectAnswers, newClientResponseId, questionForField } from './submission';

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
  return <SurveyRunner place={place.value} survey={survey.value} />;
}

type Phase = 'intro' | 'answering' | 'done';

// A family waits this long for the server before the answers go to the outbox and the
// thank-you page says they will be sent later (a hanging Wi-Fi would otherwise freeze "Done").
const SUBMIT_TIMEOUT_MS = 5_000;
type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'error'; message: string; detail?: string };

type LocalizedJson = string | Record<string, string> | undefined;

/** A localisable string of the definition in `lang` ("default" is Finnish). */
function definitionText(value: unknown, lang: string): string {
  const text = value as LocalizedJson;
  if (!text) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? (lang === 'fi' ? undefined : text.en) ?? text.default ?? text.fi ?? '';
}

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

function SurveyRunner({ place, survey }: { place: MeetingPlace; survey: SurveyVersion }) {
  const [run, setRun] = useState(0);
  // `run` is not read: a new value asks for a fresh model, so a new answer starts empty.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const model = useMemo(() => createModel(survey.definition), [survey, run]);
  const available = useMemo(() => {
    const used = model.getUsedLocales();
    const locales = used.length > 0 ? used : ['fi'];
    ensureSurveyStrings(locales);
    return locales;
  }, [model]);
  const lang = useLanguage(available);
  // The language the family asked for, which this survey may lack.
  const wanted = useLanguage(chromeLanguages);
  const href = useLocationHref();
  const t = messages(lang);

  const [phase, setPhase] = useState<Phase>('intro');
  const [sendState, setSendState] = useState<SendState>({ kind: 'idle' });
  const [done, setDone] = useState<{ clientResponseId: string; sentDirectly: boolean } | null>(
    null,
  );
  const clientResponseId = useRef<string | null>(null);
  const langRef = useRef(lang);
  langRef.current = lang;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  // The page shown (1-based) after "Next"/"Previous", announced and focused; null before any move.
  const [pageMove, setPageMove] = useState<{ page: number; pages: number; seq: number } | null>(null);

  useLayoutEffect(() => {
    model.locale = lang === 'fi' ? '' : lang;
    // survey-core keeps the progress text ("Sivu 2 / 5") from the old locale otherwise.
    model.updateProgressText();
  }, [model, lang]);

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
    if (phase !== 'intro' || run > 0) headingRef.current?.focus();
  }, [phase, run]);

  useEffect(() => {
    const onCompleting = async (sender: SurveyModel, options: CompletingEvent) => {
      // survey-core blocks its buttons until this promise settles: no double submit.
      const body: ResponseSubmission = {
        surveyKey: survey.key,
        surveyVersion: survey.version,
        meetingPlace: place.slug,
        clientResponseId: clientResponseId.current ?? newClientResponseId(),
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

  const start = () => {
    clientResponseId.current = newClientResponseId();
    setPhase('answering');
  };
  const startAgain = () => {
    // A kiosk greets the next family in its own default language.
    const kioskDefault = kioskLanguage(href);
    if (kioskDefault && kioskDefault !== lang) setLanguage(kioskDefault);
    clientResponseId.current = null;
    setDone(null);
    setSendState({ kind: 'idle' });
    setPageMove(null);
    setPhase('intro');
    setRun((n) => n + 1);
  };

  return (
    <PageLayout
      languages={[...chromeLanguages, ...available.filter((l) => !(chromeLanguages as readonly string[]).includes(l))]}
      lang={available.includes(wanted) ? lang : wanted}
      title={phase === 'done' ? t.thankYouTitle : title}
      context={placeName}
      showOutbox={phase !== 'done'}
    >
      {phase === 'intro' && !available.includes(wanted) ? (
        <MissingLanguage wanted={wanted} available={available} href={href} />
      ) : null}
      {phase === 'intro' && available.includes(wanted) ? (
        <div className="card privacy-notice">
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          {survey.definition.description ? (
            <p className="lead">{definitionText(survey.definition.description, lang)}</p>
          ) : null}
          <h2>{t.privacyHeading}</h2>
          <ul className="privacy-points">
            <li>{t.privacyAnonymous}</li>
            <li>{t.privacyWhat(placeName)}</li>
            <li>{t.privacyWhy}</li>
            <li>{t.privacyWho}</li>
            <li>
              {t.privacyVoluntary(
                definitionText(survey.definition.completeText, lang) ||
                  String(surveyLocalization.getString('completeText', lang)),
              )}
            </li>
          </ul>
          <button type="button" className="button button--primary button--large" onClick={start}>
            {t.start}
          </button>
        </div>
      ) : null}

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
          onStartAgain={startAgain}
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
