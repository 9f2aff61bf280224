import { fetchSurveyVersion, submitResponse, type ResponseSubmission } from '../lib/api';
import { announceOutboxChange, deliverQueued, putQueued, readQueued, recordedOf, type OutboxEntry, type Recorded } from '../lib/outbox-store';
import { element } from '../lib/dom';
import { registerServiceWorker } from '../lib/service-worker-registration';
import { endonymOf, inLanguage, isRightToLeftLanguage, kioskSurveyOf, type KioskSurvey } from './kiosk-definition';
import { verifyKioskPin } from './kiosk-pin';
import { doneWord, kioskStrings } from './kiosk-strings';
import { FACE_SVG } from './faces';
import { huomaaMinutSurveyOf } from '../huomaa-minut/huomaa-minut-definition';
import { startHuomaaMinut } from '../huomaa-minut/huomaa-minut-flow';
import './kiosk.css';

// The kiosk tablet by a meeting place's door (issue #18): three faces, a thank-you, back to the
// faces. Plain DOM, no React and no survey-core, so the page is light and starts fast on a cheap
// tablet. Answers go through the app's one IndexedDB outbox with the kiosk's device token, so a
// day without Wi-Fi loses nothing; the service worker keeps this page for reloads offline.

type Device = {
  id: string;
  name: string;
  token: string;
  place: { id: string; slug: string; name: Record<string, string> };
  pinHash: string;
  repeatIntervalSeconds: number;
};

const DEVICE_KEY = 'kohtaamo-kiosk-device';
const SURVEY_KEY = 'kohtaamo-kiosk-survey';
const HUOMAA_MINUT_KEY = 'kohtaamo-kiosk-huomaa-minut';
/** The adult's interface in Huomaa minut mode: the languages the app's own words have. */
const STAFF_LANGUAGES = ['fi', 'sv', 'en'];
const DEFAULT_LANGUAGE = 'fi';
const THANKS_MS = 3_000;
/** A language chosen and no face tapped: back to the default for the next family. */
const IDLE_RESET_MS = 20_000;
const LONG_PRESS_MS = 1_500;
const RETRY_MS = 30_000;

const root = document.getElementById('kiosk')!;
let language = DEFAULT_LANGUAGE;
let lastTapAt = 0;
let idleTimer: number | undefined;
/** The answer being given: set from the face tap until it is recorded. */
let current: Record<string, unknown> | null = null;
let flushing = false;
let revoked = false;

function show(...children: Node[]): void {
  root.replaceChildren(...children);
}

function setLanguage(lang: string): void {
  language = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = isRightToLeftLanguage(lang) ? 'rtl' : 'ltr';
}

function message(title: string, text: string, action?: { label: string; run: () => void }): void {
  const t = kioskStrings(language);
  const heading = element('h1', { tabindex: '-1' }, title);
  const parts: Node[] = [heading, element('p', {}, text)];
  if (action) {
    const button = element('button', { type: 'button', class: 'kiosk-button' }, action.label);
    button.addEventListener('click', action.run);
    parts.push(button);
  }
  show(element('section', { class: 'kiosk-message', 'aria-label': t.title }, ...parts));
  heading.focus();
}

// --- the device ------------------------------------------------------------------------------

function loadDevice(): Device | null {
  try {
    const stored = localStorage.getItem(DEVICE_KEY);
    return stored ? (JSON.parse(stored) as Device) : null;
  } catch {
    return null;
  }
}

async function activate(setupCode: string): Promise<void> {
  const t = kioskStrings(language);
  message(t.title, t.activating);
  let response: Response;
  try {
    response = await fetch('/api/kiosks/activate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'omit',
      body: JSON.stringify({ setupCode }),
    });
  } catch {
    message(t.title, t.setupOffline, { label: t.retry, run: () => void activate(setupCode) });
    return;
  }
  if (!response.ok) {
    message(t.title, response.status === 410 ? t.setupFailed : t.setupOffline, response.status === 410 ? undefined : { label: t.retry, run: () => void activate(setupCode) });
    return;
  }
  const body = (await response.json()) as { id: string; name: string; deviceToken: string; meetingPlace: Device['place']; pinHash: string; repeatIntervalSeconds: number };
  const device: Device = {
    id: body.id,
    name: body.name,
    token: body.deviceToken,
    place: body.meetingPlace,
    pinHash: body.pinHash,
    repeatIntervalSeconds: body.repeatIntervalSeconds,
  };
  localStorage.setItem(DEVICE_KEY, JSON.stringify(device));
  await run(device);
}

// --- the survey ------------------------------------------------------------------------------

/** A survey's current definition, kept for a reload without network (the service worker may have it too). */
async function loadDefinition(key: string, storageKey: string): Promise<{ version: number; definition: Record<string, unknown> } | null> {
  try {
    const version = await fetchSurveyVersion(key, 'current');
    localStorage.setItem(storageKey, JSON.stringify({ version: version.version, definition: version.definition }));
    return { version: version.version, definition: version.definition as Record<string, unknown> };
  } catch {
    const stored = localStorage.getItem(storageKey);
    return stored ? (JSON.parse(stored) as { version: number; definition: Record<string, unknown> }) : null;
  }
}

async function loadSurvey(): Promise<KioskSurvey | null> {
  const loaded = await loadDefinition('instant-feedback', SURVEY_KEY);
  return loaded && kioskSurveyOf(loaded.version, loaded.definition);
}

/** Asks the server whether this kiosk is still connected; offline, it is assumed to be. */
async function checkIn(device: Device): Promise<void> {
  try {
    const response = await fetch('/api/kiosks/current', { headers: { Authorization: `Kiosk ${device.token}`, Accept: 'application/json' }, credentials: 'omit' });
    if (response.status === 401) await disconnected();
    if (response.ok) {
      // The staff may have renamed it or changed how close taps count once.
      const status = (await response.json()) as { name: string; repeatIntervalSeconds: number };
      device.name = status.name;
      device.repeatIntervalSeconds = status.repeatIntervalSeconds;
      localStorage.setItem(DEVICE_KEY, JSON.stringify(device));
    }
  } catch {
    // No network: answers wait in the outbox.
  }
}

// --- answering -------------------------------------------------------------------------------

async function waitingCount(device: Device): Promise<number> {
  try {
    return (await readQueued()).filter((entry) => entry.kioskToken === device.token).length;
  } catch {
    return 0;
  }
}

async function updateWaiting(device: Device): Promise<void> {
  const status = document.getElementById('kiosk-waiting');
  if (!status) return;
  const count = await waitingCount(device);
  status.textContent = count > 0 ? kioskStrings(language).waiting(count) : '';
}

/**
 * Sends what waits, oldest first; stops at the first that must wait for the network. Says what
 * became of `watched` (an answer just given), or null when it was not sent this time.
 */
async function flush(device: Device, watched?: string): Promise<Recorded | null> {
  if (flushing || revoked) return null;
  flushing = true;
  let outcomeOfWatched: Recorded | null = null;
  try {
    const queued = (await readQueued()).filter((entry) => entry.kioskToken === device.token);
    let refused = false;
    await deliverQueued(queued, Date.now(), (entry, outcome) => {
      if (outcome.outcome === 'rejected' && outcome.problem.type?.endsWith('/kiosk-revoked')) refused = true;
      if (entry.body.clientResponseId === watched) {
        outcomeOfWatched = recordedOf(outcome);
      }
    });
    announceOutboxChange();
    if (refused) await disconnected(queued.length);
  } catch {
    // IndexedDB unavailable: nothing was queued there either.
  } finally {
    flushing = false;
  }
  await updateWaiting(device);
  return outcomeOfWatched;
}

async function record(device: Device, survey: KioskSurvey, answers: Record<string, unknown>): Promise<void> {
  await queue(device, {
    surveyKey: 'instant-feedback',
    surveyVersion: survey.version,
    meetingPlace: device.place.slug,
    clientResponseId: crypto.randomUUID(),
    locale: language,
    answers,
    answeredAt: new Date().toISOString(),
  });
}

/** Puts an answer in the one outbox with the kiosk's token and sends what waits. */
async function queue(device: Device, body: ResponseSubmission): Promise<Recorded> {
  const entry: OutboxEntry = { body, queuedAt: Date.now(), attempts: 0, kioskToken: device.token };
  try {
    await putQueued(entry);
  } catch {
    // No IndexedDB on this browser (a private window): send it now, or lose only this one.
    const result = await submitResponse(body, { kioskToken: device.token });
    return recordedOf(result);
  }
  return (await flush(device, body.clientResponseId)) ?? 'waiting';
}

/** Ends the answer with what was given (a face at least), and thanks the family. */
function finish(device: Device, survey: KioskSurvey): void {
  window.clearTimeout(idleTimer);
  const answers = current;
  current = null;
  thanks(device, survey);
  if (answers) void record(device, survey, answers);
}

/**
 * The definition's optional follow-ups, one screen each: a single choice moves on when picked,
 * several choices are toggled; "Done" ends the answer at any time, and so does a family that
 * walks away (after IDLE_RESET_MS the answer is recorded with what it has).
 */
function followUp(device: Device, survey: KioskSurvey, index: number): void {
  const question = survey.followUps[index];
  if (!question || !current) {
    finish(device, survey);
    return;
  }
  window.clearTimeout(idleTimer);
  idleTimer = window.setTimeout(() => finish(device, survey), IDLE_RESET_MS);
  const answer = current;
  const picked = new Set<string>();
  const heading = element('h1', { id: 'kiosk-question', tabindex: '-1' }, inLanguage(question.title, language));
  const choices = element('div', { class: 'kiosk-choices', role: 'group', 'aria-labelledby': 'kiosk-question' });
  for (const choice of question.choices) {
    const button = element('button', { type: 'button', class: 'kiosk-choice', ...(question.multiple ? { 'aria-pressed': 'false' } : {}) }, inLanguage(choice.label, language));
    button.addEventListener('click', () => {
      if (!question.multiple) {
        answer[question.name] = choice.value;
        followUp(device, survey, index + 1);
        return;
      }
      if (picked.has(choice.value)) picked.delete(choice.value);
      else picked.add(choice.value);
      button.setAttribute('aria-pressed', String(picked.has(choice.value)));
      if (picked.size > 0) answer[question.name] = [...picked];
      else delete answer[question.name];
    });
    choices.append(button);
  }
  const done = element('button', { type: 'button', class: 'kiosk-button' }, doneWord(language));
  done.addEventListener('click', () => finish(device, survey));
  show(element('section', { class: 'kiosk-main' }, heading, choices, done));
  heading.focus();
}

function thanks(device: Device, survey: KioskSurvey): void {
  const heading = element('h1', { class: 'kiosk-thanks', tabindex: '-1' }, inLanguage(survey.thanks, language) || kioskStrings(language).thanks);
  show(element('section', { class: 'kiosk-message' }, heading));
  heading.focus();
  window.setTimeout(() => {
    // The next family starts in the default language, with nothing of this one on screen.
    setLanguage(DEFAULT_LANGUAGE);
    faces(device, survey);
  }, THANKS_MS);
}

function faces(device: Device, survey: KioskSurvey): void {
  if (revoked) return;
  window.clearTimeout(idleTimer);
  const t = kioskStrings(language);
  const languages = element('nav', { class: 'kiosk-languages', 'aria-label': t.languages });
  for (const lang of survey.languages) {
    const button = element('button', { type: 'button', lang, 'aria-pressed': String(lang === language) }, endonymOf(lang));
    button.addEventListener('click', () => {
      setLanguage(lang);
      faces(device, survey);
      // A family that chose a language and left: back to the default for the next one.
      if (lang !== DEFAULT_LANGUAGE) idleTimer = window.setTimeout(() => (setLanguage(DEFAULT_LANGUAGE), faces(device, survey)), IDLE_RESET_MS);
    });
    languages.append(button);
  }
  const question = element('h1', { id: 'kiosk-question' }, inLanguage(survey.question, language));
  const choices = element('div', { class: 'kiosk-faces', role: 'group', 'aria-labelledby': 'kiosk-question' });
  for (const face of survey.faces) {
    const label = inLanguage(face.label, language);
    const button = element('button', { type: 'button', class: `kiosk-face kiosk-face--${face.value}`, 'data-mood': String(face.value) });
    const picture = element('span', { class: 'kiosk-face__picture', 'aria-hidden': 'true' });
    picture.innerHTML = FACE_SVG[face.value] ?? '';
    button.append(picture, element('span', { class: 'kiosk-face__label' }, label));
    button.addEventListener('click', () => tap(device, survey, face.value));
    choices.append(button);
  }
  const corner = element('button', { type: 'button', class: 'kiosk-corner', 'aria-label': t.staffCorner }, '⚙');
  holdToOpen(corner, () => pinDialog(device, survey));
  const waiting = element('p', { id: 'kiosk-waiting', class: 'kiosk-waiting', role: 'status' });
  show(element('header', { class: 'kiosk-header' }, element('p', { class: 'kiosk-place' }, inLanguage(device.place.name, language)), languages), element('section', { class: 'kiosk-main' }, question, choices), element('footer', { class: 'kiosk-footer' }, waiting, corner));
  void updateWaiting(device);
}

function tap(device: Device, survey: KioskSurvey, mood: number): void {
  // Taps on a face already left behind (a child drumming) belong to the answer under way.
  if (current) return;
  // The first tap takes the screen: no browser bars for the next families.
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  const now = Date.now();
  // Taps closer than the kiosk's repeat interval count once; the thank-you shows anyway.
  const repeat = now - lastTapAt < device.repeatIntervalSeconds * 1000;
  lastTapAt = now;
  if (repeat) {
    thanks(device, survey);
    return;
  }
  current = { mood };
  followUp(device, survey, 0);
}

// --- leaving kiosk mode ----------------------------------------------------------------------

function holdToOpen(button: HTMLElement, open: () => void): void {
  let timer: number | undefined;
  const cancel = () => window.clearTimeout(timer);
  button.addEventListener('pointerdown', () => {
    cancel();
    timer = window.setTimeout(open, LONG_PRESS_MS);
  });
  button.addEventListener('pointerup', cancel);
  button.addEventListener('pointerleave', cancel);
  // Keyboard users (and switch access) hold nothing: Enter opens the PIN prompt directly.
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  });
}

function pinDialog(device: Device, survey: KioskSurvey): void {
  const t = kioskStrings(language);
  const input = element('input', { id: 'kiosk-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', pattern: '[0-9]*', maxlength: '8' });
  const error = element('p', { class: 'kiosk-error', role: 'alert' });
  const form = element(
    'form',
    { class: 'kiosk-message', 'aria-labelledby': 'kiosk-pin-title' },
    element('h1', { id: 'kiosk-pin-title' }, t.pinPrompt),
    element('label', { for: 'kiosk-pin' }, t.pinLabel),
    input,
    error,
    element('button', { type: 'submit', class: 'kiosk-button' }, t.confirm),
  );
  const cancel = element('button', { type: 'button', class: 'kiosk-button kiosk-button--secondary' }, t.cancel);
  cancel.addEventListener('click', () => faces(device, survey));
  form.append(cancel);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void verifyKioskPin(input.value, device.pinHash).then((right) => {
      if (right) exited(device, survey);
      else {
        error.textContent = t.pinWrong;
        input.value = '';
        input.focus();
      }
    });
  });
  show(form);
  input.focus();
}

function exited(device: Device, survey: KioskSurvey): void {
  const t = kioskStrings(language);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  const back = element('button', { type: 'button', class: 'kiosk-button' }, t.backToKiosk);
  back.addEventListener('click', () => faces(device, survey));
  const forget = element('button', { type: 'button', class: 'kiosk-button kiosk-button--secondary' }, t.forget);
  forget.addEventListener('click', () => {
    localStorage.removeItem(DEVICE_KEY);
    message(t.title, t.forgotten);
  });
  const children = element('button', { type: 'button', class: 'kiosk-button' }, t.huomaaMinut);
  children.addEventListener('click', () => void huomaaMinutMode(device, survey));
  const heading = element('h1', { tabindex: '-1' }, t.exited);
  show(element('section', { class: 'kiosk-message' }, heading, element('p', {}, `${device.name} · ${inLanguage(device.place.name, 'fi')}`), back, children, forget));
  heading.focus();
}

/**
 * The children's round on this tablet (issue #19), reached only with the kiosk's PIN: the
 * adult-assisted flow the staff page runs too, its answers in the same outbox with the kiosk's
 * token. The adult's interface is the staff language in use (else Finnish); "Finish" returns
 * to the faces.
 */
async function huomaaMinutMode(device: Device, survey: KioskSurvey): Promise<void> {
  const t = kioskStrings(language);
  const loaded = await loadDefinition('huomaa-minut', HUOMAA_MINUT_KEY);
  if (!loaded) {
    message(t.title, t.huomaaMinutFailed, { label: t.backToKiosk, run: () => faces(device, survey) });
    return;
  }
  const adultLanguage = STAFF_LANGUAGES.includes(language) ? language : DEFAULT_LANGUAGE;
  setLanguage(adultLanguage);
  const flow = startHuomaaMinut({
    root,
    survey: huomaaMinutSurveyOf(loaded.version, loaded.definition),
    meetingPlace: device.place.slug,
    adultLanguage,
    record: (body) => queue(device, body),
    onEnd: () => {
      flow.destroy();
      setLanguage(DEFAULT_LANGUAGE);
      faces(device, survey);
    },
  });
}

/** The staff revoked this tablet: say so, with how many answers it still held. */
async function disconnected(held?: number): Promise<void> {
  revoked = true;
  const device = loadDevice();
  const count = held ?? (device ? await waitingCount(device) : 0);
  const t = kioskStrings(language);
  message(t.revoked, count > 0 ? `${t.revokedHelp} (${t.waiting(count)})` : t.revokedHelp);
}

// --- start -----------------------------------------------------------------------------------

async function run(device: Device): Promise<void> {
  const t = kioskStrings(language);
  const survey = await loadSurvey();
  if (!survey) {
    message(t.title, t.loadFailed, { label: t.retry, run: () => void run(device) });
    return;
  }
  faces(device, survey);
  await checkIn(device);
  void flush(device);
  window.addEventListener('online', () => void flush(device));
  window.setInterval(() => void flush(device), RETRY_MS);
}

/** The setup link's code, taken out of the address bar. */
function takeSetupCode(): string | null {
  // The setup link carries its code in the fragment, which never reaches a server log.
  const setupCode = new URLSearchParams(window.location.hash.slice(1)).get('setup');
  if (setupCode) history.replaceState(null, '', '/kiosk');
  return setupCode;
}

async function start(): Promise<void> {
  setLanguage(DEFAULT_LANGUAGE);
  registerServiceWorker();
  // A setup link opened on a kiosk page already open changes only the fragment.
  window.addEventListener('hashchange', () => {
    const code = takeSetupCode();
    if (code) void activate(code);
  });
  const setupCode = takeSetupCode();
  if (setupCode) {
    await activate(setupCode);
    return;
  }
  const device = loadDevice();
  if (!device) {
    const t = kioskStrings(language);
    message(t.notSetUp, t.notSetUpHelp);
    return;
  }
  await run(device);
}

void start();
