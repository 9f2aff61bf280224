import type { ResponseSubmission } from '../lib/api';
import { element } from '../lib/dom';
import type { Recorded } from '../lib/outbox-store';
import { endonymOf, inLanguage, isRightToLeftLanguage } from '../kiosk/kiosk-definition';
import type { HuomaaMinutSurvey, PictureQuestion, WrittenQuestion } from './huomaa-minut-definition';
import { huomaaMinutStrings } from './huomaa-minut-strings';
import './huomaa-minut.css';

// The adult-assisted children's round (issue #19), in plain DOM so that the kiosk tablet and
// the staff page run the same flow: the adult picks the child's language and age band; the
// child answers each question on its own screen with large pictures, each read aloud on tap
// in the child's language (the words always visible, for a device without a voice); the adult
// writes the child's wish and an observation; "next child" clears everything. Answers go to
// the one outbox through `record`, so nothing is lost offline and nothing is sent twice.

export interface HuomaaMinutFlowOptions {
  root: HTMLElement;
  survey: HuomaaMinutSurvey;
  meetingPlace: string;
  /** The adult's interface language (not stored with the answer). */
  adultLanguage: string;
  /** Queues the answer and tries to send it: 'waiting' when it stays in the outbox for now. */
  record: (body: ResponseSubmission) => Promise<Recorded>;
  /** Shown as "Finish" on the first screen where the flow can be left (the kiosk asks its PIN). */
  onEnd?: () => void;
}

/** One child's answer while it is given: nothing of it outlives "next child". */
interface Child {
  language: string;
  ageBand: string | null;
  answers: Record<string, unknown>;
}

export function startHuomaaMinut(options: HuomaaMinutFlowOptions): { destroy: () => void } {
  const { root, survey, adultLanguage } = options;
  const t = huomaaMinutStrings(adultLanguage);
  let child: Child = { language: survey.languages.includes(adultLanguage) ? adultLanguage : 'fi', ageBand: null, answers: {} };

  function show(...nodes: Node[]): void {
    root.replaceChildren(element('div', { class: 'hm' }, ...nodes));
    root.querySelector<HTMLElement>('h2')?.focus();
  }

  /** A section in the child's language: the child's words are read in it, right to left where it is written so. */
  function childSection(...nodes: Node[]): HTMLElement {
    return element('section', { class: 'hm-child', lang: child.language, dir: isRightToLeftLanguage(child.language) ? 'rtl' : 'ltr' }, ...nodes);
  }

  function button(label: string, onClick: () => void, className = 'hm-button', attributes: Record<string, string> = {}): HTMLButtonElement {
    const node = element('button', { type: 'button', class: className, lang: adultLanguage, ...attributes }, label);
    node.addEventListener('click', onClick);
    return node;
  }

  function newChild(): void {
    stopSpeaking();
    child = { language: child.language, ageBand: null, answers: {} };
    const languages = element('fieldset', { class: 'hm-options' }, element('legend', {}, t.childLanguage));
    for (const lang of survey.languages) languages.append(radio('hm-language', lang, endonymOf(lang), lang === child.language, () => (child.language = lang), lang));
    const ages = element('fieldset', { class: 'hm-options' }, element('legend', {}, inLanguage(survey.ageBand.title, adultLanguage)));
    for (const band of survey.ageBand.choices) ages.append(radio('hm-age', band.value, inLanguage(band.label, adultLanguage), false, () => (child.ageBand = band.value)));
    const error = element('p', { class: 'hm-error', role: 'alert' });
    const start = button(t.start, () => {
      if (!child.ageBand) {
        error.textContent = t.ageRequired;
        return;
      }
      question(0);
    });
    const end = options.onEnd ? [button(t.end, options.onEnd, 'hm-button hm-button--secondary')] : [];
    show(element('h2', { tabindex: '-1' }, t.newChild), element('p', {}, t.intro), languages, ages, error, element('div', { class: 'hm-actions' }, start, ...end));
  }

  function radio(name: string, value: string, label: string, checked: boolean, onChoose: () => void, lang?: string): HTMLLabelElement {
    const input = element('input', { type: 'radio', name, value });
    input.checked = checked;
    input.addEventListener('change', onChoose);
    return element('label', { class: 'hm-option', ...(lang ? { lang } : {}) }, input, ` ${label}`);
  }

  function question(index: number): void {
    const asked = survey.questions[index];
    if (!asked) {
      if (survey.wish) wish(survey.wish);
      else observation();
      return;
    }
    show(
      element('p', { class: 'hm-progress', lang: adultLanguage }, t.question(index + 1, survey.questions.length)),
      childSection(questionHeading(asked.title), pictures(asked)),
      element('div', { class: 'hm-actions' }, ...(index > 0 ? [button(t.back, () => question(index - 1), 'hm-button hm-button--secondary')] : []), button(t.next, () => question(index + 1))),
    );
  }

  function questionHeading(title: Record<string, string>): HTMLElement {
    const text = inLanguage(title, child.language);
    const listen = element('button', { type: 'button', class: 'hm-listen', 'aria-label': t.listen, lang: adultLanguage }, '🔊');
    listen.addEventListener('click', () => speak(text, child.language));
    return element('div', { class: 'hm-question' }, element('h2', { id: 'hm-question', tabindex: '-1' }, text), listen);
  }

  /** The choices as large pictures with their words; a tap chooses and reads the words aloud. */
  function pictures(asked: PictureQuestion): HTMLElement {
    const group = element('div', { class: 'hm-pictures', role: 'group', 'aria-labelledby': 'hm-question' });
    const chosen = () => {
      const value = child.answers[asked.name];
      return Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
    };
    for (const choice of asked.choices) {
      const label = inLanguage(choice.label, child.language);
      const node = element('button', { type: 'button', class: 'hm-picture', 'aria-pressed': String(chosen().includes(choice.value)) });
      if (choice.picture) node.append(element('img', { src: choice.picture, alt: '', width: '120', height: '120' }));
      node.append(element('span', {}, label));
      node.addEventListener('click', () => {
        speak(label, child.language);
        const now = chosen();
        const next = asked.multiple ? (now.includes(choice.value) ? now.filter((v) => v !== choice.value) : [...now, choice.value]) : [choice.value];
        if (next.length === 0) delete child.answers[asked.name];
        else child.answers[asked.name] = asked.multiple ? next : next[0];
        for (const [i, other] of [...group.children].entries()) other.setAttribute('aria-pressed', String(next.includes(asked.choices[i].value)));
      });
      group.append(node);
    }
    return group;
  }

  /** The child's wish, written by the adult: the question in the child's language, the hint in the adult's. */
  function wish(asked: WrittenQuestion): void {
    const area = element('textarea', {
      id: 'hm-wish',
      rows: '4',
      maxlength: String(asked.maxLength),
      'aria-labelledby': 'hm-question',
      'aria-describedby': 'hm-wish-hint',
      lang: child.language,
      dir: 'auto',
    });
    area.value = String(child.answers[asked.name] ?? '');
    const keep = () => setText(asked.name, area.value);
    show(
      element('p', { class: 'hm-progress', lang: adultLanguage }, t.forAdult),
      childSection(questionHeading(asked.title)),
      element('p', { id: 'hm-wish-hint', class: 'hm-hint' }, t.wishHint),
      area,
      element(
        'div',
        { class: 'hm-actions' },
        button(t.back, () => (keep(), question(survey.questions.length - 1)), 'hm-button hm-button--secondary'),
        button(t.next, () => (keep(), observation())),
      ),
    );
  }

  function observation(): void {
    const asked = survey.observation;
    const area = element('textarea', { id: 'hm-observation', rows: '5', maxlength: String(asked.maxLength), 'aria-describedby': 'hm-observation-hint' });
    area.value = String(child.answers[asked.name] ?? '');
    show(
      element('h2', { tabindex: '-1' }, t.forAdult),
      element('label', { for: 'hm-observation', class: 'hm-label' }, inLanguage(asked.title, adultLanguage)),
      element('p', { id: 'hm-observation-hint', class: 'hm-hint' }, inLanguage(asked.hint, adultLanguage)),
      area,
      element(
        'div',
        { class: 'hm-actions' },
        button(t.back, () => (setText(asked.name, area.value), survey.wish ? wish(survey.wish) : question(survey.questions.length - 1)), 'hm-button hm-button--secondary'),
        button(t.save, () => (setText(asked.name, area.value), void save())),
      ),
    );
  }

  function setText(name: string, value: string): void {
    if (value.trim() === '') delete child.answers[name];
    else child.answers[name] = value.trim();
  }

  async function save(): Promise<void> {
    const given = child;
    // A child who answered nothing (only the adult wrote) is not a child heard: nothing is kept.
    const childAnswered = survey.questions.some((q) => q.name in given.answers) || (survey.wish !== null && survey.wish.name in given.answers);
    let outcome: Recorded | 'nothing' = 'nothing';
    if (childAnswered) {
      outcome = await options.record({
        surveyKey: 'huomaa-minut',
        surveyVersion: survey.version,
        meetingPlace: options.meetingPlace,
        clientResponseId: crypto.randomUUID(),
        locale: given.language,
        answers: { ...given.answers, [survey.ageBand.name]: given.ageBand },
        answeredAt: new Date().toISOString(),
      });
    }
    child = { language: given.language, ageBand: null, answers: {} };
    show(
      element('h2', { tabindex: '-1', class: 'hm-saved' }, { sent: t.saved, waiting: t.savedOffline, refused: t.refused, nothing: t.noAnswers }[outcome]),
      element('div', { class: 'hm-actions' }, button(t.nextChild, newChild)),
    );
  }

  newChild();
  return {
    destroy: () => {
      stopSpeaking();
      root.replaceChildren();
    },
  };
}

/** Reads the words aloud in the child's language with the browser's own voice, where it has one. */
function speak(text: string, lang: string): void {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  const voice = speechSynthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().split(/[-_]/)[0] === lang);
  if (voice) utterance.voice = voice;
  speechSynthesis.speak(utterance);
}

function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
