import { useEffect, useSyncExternalStore } from 'react';
import { ApiError, readProblem } from './api';
import type { components } from './api-schema';
import { NO_CAPABILITIES, type Capabilities } from './capabilities';

// The staff session: who is logged in, and fetch helpers that carry the session cookie and
// the CSRF token. Only staff and dashboard code imports this (it is never in the respondent
// bundle): a response must never be linkable to a staff session.

type Schemas = components['schemas'];

/** GET /api/auth/me, as the API documents it (api-schema.d.ts is generated from its OpenAPI document). */
export type Me = Schemas['MeDto'];
export type StaffRole = Me['role'];
/** admin: both lists empty (admins are not scoped). */
export type StaffScope = Schemas['ScopeDto'];
export type { Capabilities };
/** At a region: create places and areas, export tokens (manage); row-level exports. */
export type RegionCapabilities = Schemas['RegionCapabilitiesDto'];
/** At a meeting place; places not listed allow only the figures every account reads. */
export type PlaceCapabilities = Schemas['PlaceCapabilitiesDto'];

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

type SessionState = { status: SessionStatus; me: Me | null };

const CSRF_COOKIE = 'csrf-token';

// Without the readable csrf-token cookie there is no session, known without asking: a staff
// page then shows the login form at once, not first a moment of "loading" under its title.
let state: SessionState = { status: csrfToken() ? 'loading' : 'anonymous', me: null };
let loadStarted = false;
let loadGeneration = 0;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function normaliseMe(raw: Partial<Me>): Me {
  return {
    email: String(raw.email ?? ''),
    role: raw.role as StaffRole,
    scope: {
      regions: raw.scope?.regions ?? [],
      meetingPlaces: raw.scope?.meetingPlaces ?? [],
    },
    mustChangePassword: Boolean(raw.mustChangePassword),
    // Whatever is missing allows nothing.
    capabilities: { ...NO_CAPABILITIES, ...raw.capabilities },
  };
}

/** Asks the server who is logged in; a 401 means nobody. */
async function loadSession(): Promise<void> {
  const generation = ++loadGeneration;
  // The readable csrf-token cookie lives exactly as long as the session cookie: without it
  // there is no session, and asking would only log a 401 in the console.
  if (!csrfToken()) {
    setState({ status: 'anonymous', me: null });
    return;
  }
  try {
    const me = await staffFetch<Me>('/api/auth/me');
    if (generation === loadGeneration) setState({ status: 'authenticated', me: normaliseMe(me) });
  } catch {
    if (generation !== loadGeneration) return;
    // 401 (no session, expired) is the normal "not logged in". A network failure also shows
    // the login form: logging in reports the real problem there.
    setState({ status: 'anonymous', me: null });
  }
}

function ensureLoaded(): void {
  if (loadStarted) return;
  loadStarted = true;
  void loadSession();
}

/** The staff session, shared by every component; loads /api/auth/me once. */
export function useSession(): { status: SessionStatus; me: Me | null; refresh(): void } {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(ensureLoaded, []);
  return { status: current.status, me: current.me, refresh: refreshSession };
}

/** Re-reads /api/auth/me (after a password change, or when a request said 401). */
export function refreshSession(): void {
  loadStarted = true;
  void loadSession();
}

/** The readable double-submit cookie set at login. */
export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * One request to a staff endpoint: same-origin cookies, X-CSRF-Token on every write, and a 401
 * shows the login form again. Resolves with the response when it is ok; throws ApiError with
 * the problem details otherwise. staffFetch and the typed client (staff-api.ts) both send
 * through here, so auth and errors behave the same whichever a page uses.
 */
export async function sendStaffRequest(input: string | Request, init: RequestInit = {}): Promise<Response> {
  const fromRequest = input instanceof Request ? input : null;
  const method = (init.method ?? fromRequest?.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers ?? fromRequest?.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers.set('X-CSRF-Token', token);
  }

  let response: Response;
  try {
    response = await fetch(input, { ...init, method, headers, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'network-error', detail: error instanceof Error ? error.message : undefined });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    const path = new URL(fromRequest?.url ?? String(input), window.location.href).pathname;
    // The session ended (timeout, logout elsewhere): show the login form again.
    if (response.status === 401 && path !== '/api/auth/login' && state.status === 'authenticated') {
      setState({ status: 'anonymous', me: null });
    }
    throw new ApiError(problem);
  }
  return response;
}

/**
 * fetch for staff endpoints (see sendStaffRequest), `json` sent as a JSON body. Resolves with
 * the parsed JSON (or the text for non-JSON answers, undefined for 204).
 */
export async function staffFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  let body = rest.body;
  if (json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  const method = rest.method ?? (json !== undefined ? 'POST' : 'GET');
  const response = await sendStaffRequest(path, { ...rest, method, headers, body });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as T;
}

/** Logs in; the server sets the session and csrf-token cookies. */
export async function logIn(email: string, password: string): Promise<Me> {
  const me = normaliseMe(await staffFetch<Me>('/api/auth/login', { method: 'POST', json: { email, password } }));
  loadGeneration++;
  loadStarted = true;
  setState({ status: 'authenticated', me });
  return me;
}

/** Logs out; the session is forgotten here even if the server could not be reached. */
export async function logOut(): Promise<void> {
  try {
    await staffFetch<void>('/api/auth/logout', { method: 'POST' });
  } finally {
    loadGeneration++;
    loadStarted = true;
    setState({ status: 'anonymous', me: null });
  }
}

/** Changes the own password; the server starts a new session (new cookies). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await staffFetch<void>('/api/auth/password', { method: 'POST', json: { currentPassword, newPassword } });
  await loadSession();
}
