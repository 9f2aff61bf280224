import type { LocalizedName } from './i18n';

// The public part of the HTTP API (see CONTRACT.md). Same origin, so no CORS and no tokens.

export type MeetingPlace = {
  id: string;
  slug: string;
  name: LocalizedName;
  municipalityCode: string;
  regionCode: string;
  serviceArea: { id: string; name: LocalizedName } | null;
  active: boolean;
  address?: string | null;
};

export type SurveyAudience = 'families' | 'children-with-adult' | 'partners' | 'staff';

export type SurveySummary = {
  key: string;
  kind?: string;
  audience?: SurveyAudience;
  title: LocalizedName;
  currentVersion: number;
  versions: Array<{ version: number; checksum: string; publishedAt: string }>;
};

export type SurveyVersion = {
  key: string;
  version: number;
  checksum: string;
  // SurveyJS JSON; its shape belongs to survey-core.
  definition: Record<string, unknown>;
};

export type ResponseSubmission = {
  surveyKey: string;
  surveyVersion: number;
  meetingPlace: string;
  clientResponseId: string;
  locale: string;
  answers: Record<string, unknown>;
  /** When the answer was given (a queued answer keeps its moment); the server checks it. */
  answeredAt?: string;
};

/** RFC 9457 problem details, as the API sends for every error. */
export type Problem = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string; code?: string }>;
};

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

async function readProblem(response: Response): Promise<Problem> {
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
  options: { timeoutMs?: number; kioskToken?: string } = {},
): Promise<SubmitResult> {
  let response: Response;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options.kioskToken) headers.Authorization = `Kiosk ${options.kioskToken}`;
  try {
    response = await fetch('/api/responses', {
      method: 'POST',
      headers,
      // No cookies: a response must not be linkable to a logged-in staff session.
      credentials: 'omit',
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
      const stored = (await response.json()) as { id: string; receivedAt: string };
      return { outcome: 'stored', id: stored.id, receivedAt: stored.receivedAt };
    } catch {
      // The server said it stored it; a lost body does not change that.
      return { outcome: 'stored', id: '', receivedAt: '' };
    }
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    return { outcome: 'retry', reason: `HTTP ${response.status}` };
  }
  return { outcome: 'rejected', problem: await readProblem(response) };
}
