import { createHash, createHmac } from 'node:crypto';

/**
 * The server-side secret that keys derived identifiers and hashes (paper forms' response ids,
 * attempted emails in the audit log), so that nobody outside the server can compute or invert
 * them. It is made once, at the first migration that needs it, and kept in the database: it
 * survives restarts and every instance sharing the database uses the same one (see
 * ServerSecrets). A backup carries it with the data it keys.
 */
export const SERVER_SECRET_NAME = 'hmac';

/** HMAC-SHA-256 of a message for one purpose; the purpose keeps derived values of different uses apart. */
export function keyedHash(secret: string, purpose: string, message: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${message}`).digest('hex');
}

/** Shapes 32 hex digits as a version 5 (name-based) UUID. */
export function uuidFromHex(hex: string): string {
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id paper imports gave a form before issue 13: a plain sha256 of public facts, which
 * anyone could compute. Kept only to recognise forms stored then (re-keyed by the migration).
 */
export function unkeyedPaperResponseId(surveyKey: string, placeId: string, paperId: string): string {
  return uuidFromHex(createHash('sha256').update(`paper:${surveyKey}:${placeId}:${paperId}`).digest('hex'));
}

/** The migration moved forms stored under an unkeyed id to this keyed one. */
export function rekeyedResponseId(secret: string, unkeyedId: string): string {
  return uuidFromHex(keyedHash(secret, 'rekeyed-paper-response', unkeyedId));
}
