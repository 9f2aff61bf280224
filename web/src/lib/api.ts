import type { components } from './api-schema';

// The public part of the HTTP API: what the respondent pages read and send. Same origin, so no
// CORS and no tokens. The types come from the API's OpenAPI document (api-schema.d.ts, type
// only: nothing of it reaches the respondent bundle).

type Schemas = components['schemas'];

export type MeetingPlace = Schemas['MeetingPlaceDto'];
export type SurveyAudience = Schemas['SurveyDto']['audience'];
export type SurveySummary = Schemas['SurveyDto'];
/** A survey version; its definition is SurveyJS JSON, whose shape belongs to survey-core. */
export type SurveyVersion = Schemas['SurveyVersionDto'];
export type ResponseSubmission = Schemas['CreateResponseDto'];
type ResponseReceipt = Schemas['ResponseReceiptDto'];

/**
 * RFC 9457 problem details, as the API sends for every error (ProblemDto). Only the status is
 * certain: a proxy's error page or a lost connection (status 0) brings nothing else.
 */
export type Problem = Pick<Schemas['ProblemDto'], 'status'> & Partial<Omit<Schemas['ProblemDto'], 'status'>>;

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The problem+json of an error answer; its status and text when the body is not JSON. */
export async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...body, status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

export function fetchMeetingPlace(slugOrId: string, signal?: AbortSignal): Promise<MeetingPlace> {
  return getJson(`/api/meeting-places/${encodeURIComponent(slugOrId)}`, signal);
}

export function fetchSurveys(signal?: AbortSignal): Promise<SurveySummary[]> {
  return getJson('/api/surveys', signal);
}

export function fetchSurveyVersion(
  key: string,
  version: number | 'current',
  signal?: AbortSignal,
): Promise<SurveyVersion> {
  return getJson(
    `/api/surveys/${encodeURIComponent(key)}/versions/${encodeURIComponent(String(version))}`,
    signal,
  );
}

export type SubmitResult =
  | { outcome: 'stored'; id: string; receivedAt: string }
  /** The network or the server failed; the same body may be sent again later. */
  | { outcome: 'retry'; reason: string }
  /** The server refused this body; sending it again would not help. */
  | { outcome: 'rejected'; problem: Problem };

/**
 * Posts one response. Safe to repeat: the server treats the same clientResponseId and body
 * as the same response (201 the first time, 200 after), so a retry never stores a duplicate.
 */
export async function submitResponse(
  body: ResponseSubmission,
  options: { timeoutMs?: number; kioskToken?: string; staffCsrfToken?: string } = {},
): Promise<SubmitResult> {
  let response: Response;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  // A kiosk's answers carry its device token (api/src/kiosks).
  if (options.kioskToken) headers.Authorization = `Kiosk ${options.kioskToken}`;
  // A facilitated survey (Huomaa minut) sent by the place's signed-in staff: the session proves it.
  if (options.staffCsrfToken) headers['X-CSRF-Token'] = options.staffCsrfToken;
  try {
    response = await fetch('/api/responses', {
      method: 'POST',
      headers,
      // No cookies otherwise: a family's response must not be linkable to a logged-in staff session.
      credentials: options.staffCsrfToken ? 'same-origin' : 'omit',
      body: JSON.stringify(body),
      keepalive: false,
      // A connection that never answers must not hold the family (or the outbox) forever.
      // Giving up is safe: if the server did store it, the retry gets 200 for the same id.
      signal: options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined,
    });
  } catch (error) {
    return { outcome: 'retry', reason: error instanceof Error ? error.message : 'network error' };
  }
  if (response.ok) {
    try {
      const stored = (await response.json()) as ResponseReceipt;
      return { outcome: 'stored', id: stored.id, receivedAt: stored.receivedAt };
    } catch {
      // The server said it stored it; a lost body does not change that.
      return { outcome: 'stored', id: '', receivedAt: '' };
    }
  }
  // A staff session that ended while the answer waited (401): kept until the adult signs in again.
  const signedOut = !!options.staffCsrfToken && response.status === 401;
  if (response.status >= 500 || response.status === 429 || response.status === 408 || signedOut) {
    return { outcome: 'retry', reason: `HTTP ${response.status}` };
  }
  return { outcome: 'rejected', problem: await readProblem(response) };
}
