import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Model, type CompletingEvent, type SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { hasSurveyStrings, loadSurveyStrings } from './survey-setup';
import { messages, useLanguage } from '../../lib/i18n';
import { AnsweringPage, explainRejection, useAnswering, type SurveyRunnerProps } from './answering-page';
import { collectAnswers, questionForField } from './submission';

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
 * A survey outside the plain subset (reports/plain-survey.ts), from the first question to the
 * thank-you page: survey-core and its React renderer, a chunk of its own that the page fetches
 * while the family reads the notice.
 */
export default function SurveyRunner(props: SurveyRunnerProps) {
  const { place, survey, available } = props;
  const model = useMemo(() => createModel(survey.definition), [survey]);
  const lang = useLanguage(available);
  const stringsLoaded = useSurveyStrings(lang);
  const t = messages(lang);
  const answering = useAnswering(place, survey);
  const { send, setSendState, headingRef } = answering;
  const langRef = useRef(lang);
  langRef.current = lang;
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
  }, [pageMove, headingRef]);

  useEffect(() => {
    const onCompleting = async (sender: SurveyModel, options: CompletingEvent) => {
      // survey-core blocks its buttons until this promise settles: no double submit.
      const t = messages(langRef.current);
      const outcome = await send(sender.locale || 'fi', collectAnswers(sender), t);
      if (outcome.kind === 'done') return;
      options.allow = false;
      if (outcome.kind === 'empty') {
        // Tapping through without answering would store an empty response: the family is told
        // and taken back to the first question.
        sender.currentPageNo = 0;
        return;
      }
      const { state, located } = explainRejection(outcome.problem, t, (field) => questionForField(sender, field));
      for (const { question, text } of located) question.addError(text);
      // Takes the respondent to the page of the first question concerned.
      if (located.length > 0) sender.focusQuestion(located[0].question.name);
      setSendState(state);
    };
    model.onCompleting.add(onCompleting);
    return () => model.onCompleting.remove(onCompleting);
  }, [model, send, setSendState]);

  return (
    <AnsweringPage
      {...props}
      lang={lang}
      answering={answering}
      announcement={pageMove ? t.pageOf(pageMove.page, pageMove.pages) : ''}
      hostRef={hostRef}
    >
      <Survey model={model} />
    </AnsweringPage>
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
