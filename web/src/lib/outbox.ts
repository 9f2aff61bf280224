import { useSyncExternalStore } from 'react';
import { submitResponse, type Problem, type ResponseSubmission } from './api';

// Responses that could not be sent (offline, server down) wait here and are sent again
// automatically. They live in localStorage so that closing the tab or a kiosk reboot does
// not lose them. Retrying is safe because the server deduplicates on clientResponseId.
// Nothing in the app ever shows these answers again; an entry is deleted once it is stored
// or refused.

const STORAGE_KEY = 'kohtaamo.outbox.v1';
// Give up on an entry only after a long time: a kiosk may be offline over a weekend.
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

type OutboxEntry = {
  body: ResponseSubmission;
  queuedAt: number;
  attempts: number;
};

export type DeliveryStatus =
  | { state: 'queued' }
  | { state: 'sent' }
  | { state: 'rejected'; problem: Problem }
  | { state: 'unknown' };

let memoryEntries: OutboxEntry[] = [];
let storageWorks = probeStorage();
const outcomes = new Map<string, DeliveryStatus>();
const listeners = new Set<() => void>();
let version = 0;
let flushing: Promise<void> | null = null;
let retryTimer: number | undefined;
let retryDelay = RETRY_MIN_MS;
let started = false;

function probeStorage(): boolean {
  try {
    const probe = `${STORAGE_KEY}.probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function readEntries(): OutboxEntry[] {
  if (!storageWorks) return memoryEntries;
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function writeEntries(entries: OutboxEntry[]): void {
  memoryEntries = entries;
  if (storageWorks) {
    try {
      if (entries.length === 0) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // Full or blocked storage: keep the entries in memory for as long as the page lives.
      storageWorks = false;
    }
  }
  notify();
}

function notify(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether queued answers survive closing the page (false in some private modes). */
export function outboxIsDurable(): boolean {
  return storageWorks;
}

export function pendingCount(): number {
  return readEntries().length;
}

/** Adds a response to send later and schedules a retry. */
export function enqueue(body: ResponseSubmission): void {
  const entries = readEntries().filter((e) => e.body.clientResponseId !== body.clientResponseId);
  entries.push({ body, queuedAt: Date.now(), attempts: 1 });
  outcomes.set(body.clientResponseId, { state: 'queued' });
  writeEntries(entries);
  scheduleRetry();
}

export function deliveryStatus(clientResponseId: string): DeliveryStatus {
  const known = outcomes.get(clientResponseId);
  if (known) return known;
  return readEntries().some((e) => e.body.clientResponseId === clientResponseId)
    ? { state: 'queued' }
    : { state: 'unknown' };
}

/** Re-renders when the outbox changes; returns the status of one response. */
export function useDeliveryStatus(clientResponseId: string | null): DeliveryStatus {
  useSyncExternalStore(subscribe, () => version);
  return clientResponseId ? deliveryStatus(clientResponseId) : { state: 'unknown' };
}

export function usePendingCount(): number {
  useSyncExternalStore(subscribe, () => version);
  return pendingCount();
}

/** Sends every queued response once; concurrent calls share one run. */
export function flushOutbox(): Promise<void> {
  if (!flushing) {
    flushing = runFlush().finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

async function runFlush(): Promise<void> {
  const now = Date.now();
  for (const entry of readEntries()) {
    const id = entry.body.clientResponseId;
    if (now - entry.queuedAt > MAX_AGE_MS) {
      remove(id);
      continue;
    }
    const result = await submitResponse(entry.body);
    if (result.outcome === 'retry') {
      update(id, { attempts: entry.attempts + 1 });
      // The network is still down: the rest would fail the same way.
      scheduleRetry();
      return;
    }
    outcomes.set(
      id,
      result.outcome === 'stored' ? { state: 'sent' } : { state: 'rejected', problem: result.problem },
    );
    if (result.outcome === 'rejected') {
      console.warn('Kohtaamo: a queued response was refused by the server', result.problem);
    }
    remove(id);
  }
  retryDelay = RETRY_MIN_MS;
}

function remove(clientResponseId: string): void {
  writeEntries(readEntries().filter((e) => e.body.clientResponseId !== clientResponseId));
}

function update(clientResponseId: string, patch: Partial<OutboxEntry>): void {
  writeEntries(
    readEntries().map((e) => (e.body.clientResponseId === clientResponseId ? { ...e, ...patch } : e)),
  );
}

function scheduleRetry(): void {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => {
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    if (navigator.onLine !== false) void flushOutbox();
    else scheduleRetry();
  }, retryDelay);
}

/** Starts background delivery: now, when the browser comes online, and when the tab is shown. */
export function startOutbox(): void {
  if (started) return;
  started = true;
  const tryNow = () => {
    retryDelay = RETRY_MIN_MS;
    if (pendingCount() > 0) void flushOutbox();
  };
  window.addEventListener('online', tryNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tryNow();
  });
  // Another tab may have queued or sent something.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) notify();
  });
  tryNow();
}
