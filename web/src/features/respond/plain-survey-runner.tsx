import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { englishStrings, loadPlainSurveyStrings } from 'virtual:plain-survey-strings';
import { messages, useLanguage } from '../../lib/i18n';
import {
  plainItems,
  plainQuestions,
  type PlainElement,
  type PlainQuestion,
  type PlainSurveyDefinition,
} from '../../../../reports/plain-survey';
import { completeButtonText, definitionText } from '../../../../reports/survey-texts';
import { AnsweringPage, explainRejection, useAnswering, type SurveyRunnerProps } from './answering-page';
import {
  advancesByItself,
  answersToSend,
  formatProgress,
  pageOfQuestion,
  unansweredRequired,
  type PlainValues,
} from './plain-survey-answers';
import { answerOfField } from './submission';
import './plain-survey.css';

// The family's survey page for plain definitions (reports/plain-survey.ts): native radios,
// checkboxes and text areas in fieldsets under real headings, without survey-core (issue #16:
// survey-core alone is more than a slow phone's page budget). The server still validates every
// answer with survey-core.

type Strings = Awaited<ReturnType<typeof loadPlainSurveyStrings>>;
const loadedStrings = new Map<string, Strings>();

/** Fetches survey-core's few texts in `lang` (the page starts this while the family reads the notice). */
export function preloadStrings(lang: string): Promise<void> {
  return loadPlainSurveyStrings(lang).then((strings) => void loadedStrings.set(lang, strings));
}

/**
 * The strings in `lang`; until a new language's chunk arrives, the previous language's. If the
 * chunk cannot be fetched (the connection dropped before the service worker kept it), English:
 * without these texts the page would have no Next or Done button at all.
 */
function useStrings(lang: string): Strings | undefined {
  const [strings, setStrings] = useState(() => loadedStrings.get(lang));
  useEffect(() => {
    let current = true;
    if (loadedStrings.has(lang)) setStrings(loadedStrings.get(lang));
    else
      preloadStrings(lang).then(
        () => current && setStrings(loadedStrings.get(lang)),
        () => current && setStrings((previous) => previous ?? englishStrings),
      );
    return () => {
      current = false;
    };
  }, [lang]);
  return strings;
}

/** Why a question is marked: a required answer missing (said in the current language), or the server's text. */
type Mark = { required: true } | { required: false; text: string };

export default function PlainSurveyRunner(props: SurveyRunnerProps) {
  const { place, survey, available } = props;
  const definition = survey.definition as unknown as PlainSurveyDefinition;
  const lang = useLanguage(available);
  const t = messages(lang);
  const strings = useStrings(lang);
  const answering = useAnswering(place, survey);
  const [values, setValues] = useState<PlainValues>({});
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [pageIndex, setPageIndex] = useState(0);
  // Where focus goes after the page changes or an answer is refused; `seq` repeats a move to the same place.
  const [focus, setFocus] = useState<{ question?: string; control: boolean; seq: number } | null>(null);
  const [moved, setMoved] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);
  // A tap (not a key press) on a single choice may move on by itself: WCAG 3.2.2.
  const tapped = useRef(false);

  const pages = definition.pages;
  const page = pages[pageIndex];
  const questions = plainQuestions(page.elements);
  const last = pageIndex === pages.length - 1;
  const sending = answering.sendState.kind === 'sending';

  useEffect(() => {
    if (!focus) return;
    // Keyboard and screen-reader users start on the new page's first question (its title), or
    // on the control of the question that needs an answer; never on the button at the bottom.
    const host = hostRef.current;
    const question = focus.question ? host?.querySelector(`[data-name="${CSS.escape(focus.question)}"]`) : host?.querySelector('[data-name]');
    const target = focus.control ? question?.querySelector<HTMLElement>('input, textarea') : question?.querySelector<HTMLElement>('.question__title');
    (target ?? answering.headingRef.current)?.focus();
  }, [focus, answering.headingRef]);

  const goTo = (index: number, question?: string, control = false) => {
    setPageIndex(index);
    setMoved(true);
    setFocus((previous) => ({ question, control, seq: (previous?.seq ?? 0) + 1 }));
  };

  /** Marks the page's unanswered required questions; true when there are none. */
  const pageIsComplete = (answers: PlainValues): boolean => {
    const missing = unansweredRequired(questions, answers);
    setMarks((previous) => {
      const next = { ...previous };
      for (const q of questions) if (next[q.name]?.required) delete next[q.name];
      for (const name of missing) next[name] = { required: true };
      return next;
    });
    if (missing.length > 0) setFocus((previous) => ({ question: missing[0], control: true, seq: (previous?.seq ?? 0) + 1 }));
    return missing.length === 0;
  };

  const next = (answers: PlainValues = values) => {
    if (pageIsComplete(answers)) goTo(pageIndex + 1);
  };

  const answer = (question: PlainQuestion, value: unknown) => {
    const answers = { ...values, [question.name]: value };
    setValues(answers);
    setMarks((previous) => {
      if (!previous[question.name]) return previous;
      const rest = { ...previous };
      delete rest[question.name];
      return rest;
    });
    if (tapped.current && advancesByItself(definition, pageIndex, question, answers)) next(answers);
  };

  const complete = async () => {
    if (sending || !pageIsComplete(values)) return;
    const outcome = await answering.send(lang, answersToSend(definition, values), t);
    if (outcome.kind === 'empty') goTo(0);
    if (outcome.kind !== 'rejected') return;
    const { state, located } = explainRejection(outcome.problem, t, (field) => {
      const answer = answerOfField(field, '-Comment');
      return answer && pageOfQuestion(definition, answer.baseName) >= 0 ? answer.baseName : null;
    });
    setMarks(Object.fromEntries(located.map(({ question, text }) => [question, { required: false, text }])));
    answering.setSendState(state);
    // Takes the respondent to the page of the first question concerned.
    if (located.length > 0) goTo(pageOfQuestion(definition, located[0].question), located[0].question, true);
  };

  const markText = (name: string): string | undefined => {
    const mark = marks[name];
    if (!mark) return undefined;
    return mark.required ? (strings?.requiredError ?? t.fieldErrors.required) : mark.text;
  };

  return (
    <AnsweringPage
      {...props}
      lang={lang}
      answering={answering}
      announcement={moved ? t.pageOf(pageIndex + 1, pages.length) : ''}
      hostRef={hostRef}
    >
      <div
        className="plain-survey"
        onPointerDown={() => (tapped.current = true)}
        onKeyDown={() => (tapped.current = false)}
      >
        {definition.showProgressBar && strings ? (
          <p className="plain-survey__progress">{formatProgress(strings.progressText, pageIndex + 1, pages.length)}</p>
        ) : null}
        <div className="plain-survey__page" key={pageIndex}>
          {page.title ? <h2 className="plain-survey__page-title">{definitionText(page.title, lang)}</h2> : null}
          {page.description ? <p className="plain-survey__description">{definitionText(page.description, lang)}</p> : null}
          <Elements elements={page.elements} level={3} lang={lang} values={values} markText={markText} onAnswer={answer} />
        </div>
        {strings ? (
          <div className="plain-survey__navigation">
            {pageIndex > 0 ? (
              <button type="button" className="button" onClick={() => goTo(pageIndex - 1)} disabled={sending}>
                {strings.pagePrevText}
              </button>
            ) : null}
            {last ? (
              <button type="button" className="button button--primary" onClick={() => void complete()} disabled={sending}>
                {completeButtonText(survey.definition, lang)}
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => next()}>
                {strings.pageNextText}
              </button>
            )}
          </div>
        ) : null}
      </div>
    </AnsweringPage>
  );
}

type ElementProps = {
  lang: string;
  values: PlainValues;
  markText: (name: string) => string | undefined;
  onAnswer: (question: PlainQuestion, value: unknown) => void;
};

function Elements({ elements, level, ...props }: ElementProps & { elements: PlainElement[]; level: 3 | 4 }) {
  return (
    <>
      {elements.map((element) =>
        element.type === 'panel' ? (
          <section className="plain-survey__panel" key={element.name ?? JSON.stringify(element.title)}>
            {element.title ? <h3 className="plain-survey__panel-title">{definitionText(element.title, props.lang)}</h3> : null}
            {element.description ? <p className="plain-survey__description">{definitionText(element.description, props.lang)}</p> : null}
            <Elements elements={element.elements} level={4} {...props} />
          </section>
        ) : (
          <QuestionBlock key={element.name} question={element} level={level} {...props} />
        ),
      )}
    </>
  );
}

function QuestionBlock({ question, level, lang, values, markText, onAnswer }: ElementProps & { question: PlainQuestion; level: 3 | 4 }) {
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const error = markText(question.name);
  const description = definitionText(question.description, lang);
  const describedBy = [error ? `${id}-error` : '', description ? `${id}-description` : ''].filter(Boolean).join(' ') || undefined;
  const title = (
    <Heading className="question__title" id={`${id}-title`} tabIndex={-1}>
      {definitionText(question.title, lang) || question.name}
      {question.isRequired ? <span className="question__required" aria-hidden="true"> *</span> : null}
    </Heading>
  );
  const notes = (
    <>
      {description ? (
        <p className="question__description" id={`${id}-description`}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="question__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
  const value = values[question.name];

  if (question.type === 'comment') {
    return (
      <div className="question question--comment" data-name={question.name}>
        {title}
        {notes}
        <textarea
          className="question__text"
          aria-labelledby={`${id}-title`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={question.isRequired || undefined}
          maxLength={question.maxLength}
          rows={question.rows ?? 4}
          placeholder={definitionText(question.placeholder, lang) || undefined}
          // Stop the browser offering one family's typed answers to the next.
          autoComplete="off"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onAnswer(question, event.target.value)}
        />
      </div>
    );
  }

  const multiple = question.type === 'checkbox';
  const items = plainItems(question);
  const chosen = (code: string | number) => (multiple ? Array.isArray(value) && value.includes(code) : value === code);
  const toggle = (code: string | number) => {
    if (!multiple) return onAnswer(question, code);
    const set = new Set(Array.isArray(value) ? value : []);
    if (set.has(code)) set.delete(code);
    else set.add(code);
    // Kept in the order of the choices, whatever the order of the taps.
    onAnswer(question, items.map((item) => item.value).filter((choice) => set.has(choice)));
  };
  const rating = question.type === 'rating';
  const ends =
    rating && (question.minRateDescription || question.maxRateDescription) ? (
      <p className="rating__ends" id={`${id}-ends`}>
        <span>{definitionText(question.minRateDescription, lang)}</span>
        <span>{definitionText(question.maxRateDescription, lang)}</span>
      </p>
    ) : null;
  return (
    <fieldset
      className={`question question--${question.type}`}
      data-name={question.name}
      // A single choice is a radio group for assistive technology; a checkbox list a group.
      role={multiple ? undefined : 'radiogroup'}
      aria-labelledby={`${id}-title`}
      aria-describedby={[describedBy, ends ? `${id}-ends` : ''].filter(Boolean).join(' ') || undefined}
      aria-invalid={!multiple && error ? true : undefined}
      aria-required={(!multiple && question.isRequired) || undefined}
    >
      <legend className="question__legend">{title}</legend>
      {notes}
      {ends}
      <Scale rating={rating}>
        {items.map((item) => (
          <Choice
            key={String(item.value)}
            rating={rating}
            checked={chosen(item.value)}
            type={multiple ? 'checkbox' : 'radio'}
            name={question.name}
            invalid={multiple && !!error}
            onChange={() => toggle(item.value)}
          >
            {definitionText(item.text, lang) || String(item.value)}
          </Choice>
        ))}
      </Scale>
    </fieldset>
  );
}

/**
 * A rating scale sits in a container of its own width: one column on a narrow question (a
 * phone), one row of equal cells on a wide one, never a row broken in two (plain-survey.css).
 */
function Scale({ rating, children }: { rating: boolean; children: ReactNode }) {
  if (!rating) return <div className="choices">{children}</div>;
  return (
    <div className="rating">
      <div className="rating__scale">{children}</div>
    </div>
  );
}

function Choice({
  rating,
  checked,
  type,
  name,
  invalid,
  onChange,
  children,
}: {
  rating: boolean;
  checked: boolean;
  type: 'radio' | 'checkbox';
  name: string;
  invalid: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  const block = rating ? 'rating__item' : 'choice';
  return (
    <label className={`${block}${checked ? ` ${block}--checked` : ''}`}>
      <input
        className={rating ? 'rating__input' : 'choice__input'}
        type={type}
        name={name}
        checked={checked}
        aria-invalid={invalid || undefined}
        onChange={onChange}
      />
      <span className={rating ? 'rating__text' : 'choice__text'}>{children}</span>
    </label>
  );
}
