import { submitResponse, type ResponseSubmission } from '../lib/api';
import { announceOutboxChange, deliverQueued, indexedDbPersistence, putQueued, readQueued, recordedOf, type Recorded } from '../lib/outbox-store';

// Huomaa minut answers given with a signed-in coordinator go through the app's one outbox like
// every other answer (keyed by clientResponseId: nothing is stored twice), marked as sent with
// the staff session, so that only a staff page, which holds the session's CSRF token, sends them.

/** Queues the answer and sends what waits; 'refused' when the server turned this one down (the round closed). */
export async function recordWithStaffSession(body: ResponseSubmission, csrfToken: string | null): Promise<Recorded> {
  try {
    await putQueued({ body, queuedAt: Date.now(), attempts: 0, staffSession: true });
  } catch {
    // No IndexedDB (a private window): send it now, or lose only this one.
    const result = await submitResponse(body, { staffCsrfToken: csrfToken ?? undefined });
    return recordedOf(result);
  }
  const outcome = await sendStaffQueued(csrfToken, body.clientResponseId);
  if (outcome) return outcome;
  // A send already under way took it: gone from the outbox means delivered.
  const stillQueued = (await readQueued()).some((entry) => entry.body.clientResponseId === body.clientResponseId);
  return stillQueued ? 'waiting' : 'sent';
}

/** The send under way: one at a time, so that an answer is never on the wire twice. */
let sending: Promise<unknown> = Promise.resolve();

/** Sends the staff-session answers that wait, oldest first; says what became of `watched`. */
export function sendStaffQueued(csrfToken: string | null, watched?: string): Promise<Recorded | null> {
  const next = sending.then(() => sendNow(csrfToken, watched));
  sending = next.catch(() => undefined);
  return next;
}

async function sendNow(csrfToken: string | null, watched?: string): Promise<Recorded | null> {
  if (!csrfToken) return null;
  let outcome: Recorded | null = null;
  try {
    const queued = (await readQueued()).filter((entry) => entry.staffSession);
    await deliverQueued(
      queued,
      Date.now(),
      (entry, result) => {
        if (entry.body.clientResponseId !== watched) return;
        outcome = recordedOf(result);
      },
      indexedDbPersistence,
      csrfToken,
    );
    announceOutboxChange();
  } catch {
    // IndexedDB unavailable: nothing was queued there either.
  }
  return outcome;
}

/** How many staff-session answers wait on this device. */
export async function staffQueuedCount(): Promise<number> {
  try {
    return (await readQueued()).filter((entry) => entry.staffSession).length;
  } catch {
    return 0;
  }
}
