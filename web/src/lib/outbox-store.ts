import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { submitResponse, type ResponseSubmission, type SubmitResult } from './api';

// The one outbox of the app: responses that could not be sent yet (offline, server down, a
// connection that hangs). One IndexedDB store, keyed by clientResponseId, shared by every
// page of the app (respondent pages, the kiosk) and by the service worker, which drains it on
// Background Sync where the browser has that. Nothing in the app ever shows these answers
// again; an entry is deleted once it is stored or refused.

export type OutboxEntry = {
  body: ResponseSubmission;
  /** Milliseconds since the epoch (the device's clock: only used to give up on old entries). */
  queuedAt: number;
  attempts: number;
  /** A kiosk's answers are sent with its device token (Authorization: Kiosk), kept on the tablet. */
  kioskToken?: string;
  /**
   * A facilitated answer (Huomaa minut) given with the place's signed-in staff: sent with the
   * session only from a staff page, which holds its CSRF token (never by the service worker).
   */
  staffSession?: boolean;
};

export const OUTBOX_DATABASE = 'kohtaamo';
export const OUTBOX_STORE = 'outbox';
/** Other tabs and the service worker say "the outbox changed" on this channel. */
export const OUTBOX_CHANNEL = 'kohtaamo-outbox';
/** The Background Sync tag under which the service worker drains the outbox. */
export const OUTBOX_SYNC_TAG = 'kohtaamo-outbox';
// Give up on an entry only after a long time: a kiosk may be offline over a weekend.
export const OUTBOX_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
// A queued response is sent again without a family waiting on it: allow a slow network time.
const DELIVERY_TIMEOUT_MS = 30_000;

let store: UseStore | null = null;

function outboxStore(): UseStore {
  store ??= createStore(OUTBOX_DATABASE, OUTBOX_STORE);
  return store;
}

/** Every queued response, oldest first. Rejects where IndexedDB is unavailable. */
export async function readQueued(): Promise<OutboxEntry[]> {
  const all = await entries<string, OutboxEntry>(outboxStore());
  return all.map(([, entry]) => entry).sort((a, b) => a.queuedAt - b.queuedAt);
}

export function putQueued(entry: OutboxEntry): Promise<void> {
  return set(entry.body.clientResponseId, entry, outboxStore());
}

export function deleteQueued(clientResponseId: string): Promise<void> {
  return del(clientResponseId, outboxStore());
}

export type DeliveryOutcome = SubmitResult | { outcome: 'expired' };

/** Where delivery records its progress: this store, or nothing where IndexedDB fails. */
export type OutboxPersistence = {
  put(entry: OutboxEntry): Promise<void>;
  remove(clientResponseId: string): Promise<void>;
};

export const indexedDbPersistence: OutboxPersistence = { put: putQueued, remove: deleteQueued };

/**
 * Sends queued responses once each, oldest first, updating the store as it goes; stops at
 * the first that must wait (the network is still down: the rest would fail the same way).
 * Safe to run from several tabs and the service worker at once: the server stores a
 * clientResponseId once and answers repeats with 200.
 */
export async function deliverQueued(
  queued: readonly OutboxEntry[],
  now: number,
  onOutcome: (entry: OutboxEntry, outcome: DeliveryOutcome) => void,
  persistence: OutboxPersistence = indexedDbPersistence,
  staffCsrfToken: string | null = null,
): Promise<'delivered' | 'waiting'> {
  for (const entry of queued) {
    const id = entry.body.clientResponseId;
    // Left for a staff page: sent without the session it would be refused and lost.
    if (entry.staffSession && !staffCsrfToken) continue;
    if (now - entry.queuedAt > OUTBOX_MAX_AGE_MS) {
      await persistence.remove(id);
      onOutcome(entry, { outcome: 'expired' });
      continue;
    }
    const result = await submitResponse(entry.body, {
      timeoutMs: DELIVERY_TIMEOUT_MS,
      kioskToken: entry.kioskToken,
      staffCsrfToken: entry.staffSession ? (staffCsrfToken ?? undefined) : undefined,
    });
    if (result.outcome === 'retry') {
      await persistence.put({ ...entry, attempts: entry.attempts + 1 });
      onOutcome(entry, result);
      return 'waiting';
    }
    await persistence.remove(id);
    onOutcome(entry, result);
  }
  return 'delivered';
}

/** What became of an answer just given, as the adult is told: stored, waiting in the outbox, or refused. */
export type Recorded = 'sent' | 'waiting' | 'refused';

export function recordedOf(outcome: DeliveryOutcome): Recorded {
  return outcome.outcome === 'stored' ? 'sent' : outcome.outcome === 'rejected' || outcome.outcome === 'expired' ? 'refused' : 'waiting';
}

/** Tells other tabs (and pages, when the service worker delivered) to re-read the outbox. */
export function announceOutboxChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}
