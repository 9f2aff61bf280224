import { useSyncExternalStore } from 'react';
import type { Problem, ResponseSubmission } from './api';
import {
  announceOutboxChange,
  deliverQueued,
  OUTBOX_CHANNEL,
  OUTBOX_SYNC_TAG,
  putQueued,
  readQueued,
  type OutboxEntry,
  type OutboxPersistence,
} from './outbox-store';

// The page's side of the outbox (outbox-store.ts): a copy of the queued entries in memory so
// React can read counts and statuses synchronously, delivery with back-off whenever a page of
// the app is open, and the move of answers queued by earlier versions out of localStorage.
// Where IndexedDB does not work (some private modes), entries live in memory for as long as
// the page does, and the thank-you page says to keep it open.

/** Where earlier versions of the app queued responses; moved into IndexedDB on start. */
const LEGACY_STORAGE_KEY = 'kohtaamo.outbox.v1';
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

export type DeliveryStatus =
  | { state: 'queued' }
  | { state: 'sent' }
  | { state: 'rejected'; problem: Problem }
  | { state: 'unknown' };

let entries: OutboxEntry[] = [];
let durable = true;
let loaded: Promise<void> | null = null;
const outcomes = new Map<string, DeliveryStatus>();
const listeners = new Set<() => void>();
let version = 0;
let flushing: Promise<void> | null = null;
let retryTimer: number | undefined;
let retryDelay = RETRY_MIN_MS;
let started = false;

function notify(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the store into memory, moving any legacy localStorage entries into it first. */
async function reload(): Promise<void> {
  if (!durable) return;
  try {
    await migrateLegacyEntries();
    entries = await readQueued();
  } catch {
    durable = false;
    entries = [...entries, ...readLegacyEntries()];
  }
  notify();
}

function ensureLoaded(): Promise<void> {
  loaded ??= reload();
  return loaded;
}

function readLegacyEntries(): OutboxEntry[] {
  try {
    const raw = window.localStorage.getItem(LEGACY_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

async function migrateLegacyEntries(): Promise<void> {
  const legacy = readLegacyEntries();
  if (legacy.length === 0) return;
  for (const entry of legacy) await putQueued(entry);
  // Removed only once every entry is safely in IndexedDB.
  window.localStorage.removeItem(LEGACY_STORAGE_KEY);
}

/** Whether queued answers survive closing the page (false in some private modes). */
export function outboxIsDurable(): boolean {
  return durable;
}

export function pendingCount(): number {
  return entries.length;
}

/** Keeps a response to send later; resolves once it is stored on the device. */
export async function enqueue(body: ResponseSubmission): Promise<void> {
  await ensureLoaded();
  const entry: OutboxEntry = { body, queuedAt: Date.now(), attempts: 1 };
  entries = [...entries.filter((e) => e.body.clientResponseId !== body.clientResponseId), entry];
  outcomes.set(body.clientResponseId, { state: 'queued' });
  notify();
  if (durable) {
    try {
      await putQueued(entry);
      announceOutboxChange();
      requestBackgroundSync();
    } catch {
      // Full or blocked storage: the entry stays in memory for as long as the page lives.
      durable = false;
      notify();
    }
  }
  scheduleRetry();
}

/** Asks the service worker to send the outbox when the network is back, even if the page closes. */
function requestBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => {
      // Background Sync is Chromium only: elsewhere the open pages deliver (see startOutbox).
      const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
        .sync;
      return sync?.register(OUTBOX_SYNC_TAG);
    })
    .catch(() => undefined);
}

export function deliveryStatus(clientResponseId: string): DeliveryStatus {
  const known = outcomes.get(clientResponseId);
  if (known && known.state !== 'queued') return known;
  if (entries.some((e) => e.body.clientResponseId === clientResponseId)) return { state: 'queued' };
  // Delivered by another tab or the service worker: it left the store without us seeing the reply.
  return known ? { state: 'sent' } : { state: 'unknown' };
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
  await ensureLoaded();
  if (durable) await reload();
  const settle = (entry: OutboxEntry, status: DeliveryStatus | null) => {
    const id = entry.body.clientResponseId;
    if (status) outcomes.set(id, status);
    entries = entries.filter((e) => e.body.clientResponseId !== id);
    notify();
  };
  try {
    const result = await deliverQueued(entries, Date.now(), (entry, outcome) => {
      if (outcome.outcome === 'retry') return;
      if (outcome.outcome === 'rejected') {
        console.warn('Kohtaamo: a queued response was refused by the server', outcome.problem);
      }
      settle(
        entry,
        outcome.outcome === 'stored'
          ? { state: 'sent' }
          : outcome.outcome === 'rejected'
            ? { state: 'rejected', problem: outcome.problem }
            : null,
      );
    }, durable ? undefined : inMemoryOnly);
    if (durable) announceOutboxChange();
    if (result === 'waiting') scheduleRetry();
    else retryDelay = RETRY_MIN_MS;
  } catch {
    scheduleRetry();
  }
}

/** Without IndexedDB, delivery records nothing: the entries live in `entries` only. */
const inMemoryOnly: OutboxPersistence = { put: async () => undefined, remove: async () => undefined };

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
    void ensureLoaded().then(() => {
      if (pendingCount() > 0) void flushOutbox();
    });
  };
  window.addEventListener('online', tryNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tryNow();
  });
  // Another tab or the service worker queued or delivered something.
  if (typeof BroadcastChannel !== 'undefined') {
    new BroadcastChannel(OUTBOX_CHANNEL).onmessage = () => void reload();
  }
  tryNow();
}
