import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: the password is read aloud or copied from a screen. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password such as "k7vq-3mze-h9wt-p2xa" (about 79 bits), changed at first login. */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}
