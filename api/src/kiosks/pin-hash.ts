import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(pbkdf2);

/**
 * The kiosk PIN as `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url): a format the tablet
 * checks with WebCrypto, so that leaving kiosk mode works offline. The PIN only guards the
 * tablet's own screen (4–8 digits are few enough to try them all from the hash); it grants
 * nothing on the server, where the device token does.
 */
export const PIN_ITERATIONS = 100_000;

export async function hashPin(pin: string, salt: Buffer = randomBytes(16), iterations = PIN_ITERATIONS): Promise<string> {
  const hash = await derive(pin, salt, iterations, 32, 'sha256');
  return ['pbkdf2-sha256', iterations, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(pin, Buffer.from(salt, 'base64url'), Number(iterations), expected.length, 'sha256');
  return timingSafeEqual(actual, expected);
}
