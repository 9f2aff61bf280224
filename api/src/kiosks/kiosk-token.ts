import { ProblemException } from '../common/problem';

/** `Authorization: Kiosk <token>` → the token; anything else → 401. */
export function kioskToken(authorization: string | undefined): string {
  const token = authorization ? /^Kiosk\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
  if (!token) throw new ProblemException(401, 'invalid-kiosk-token', 'Send the kiosk’s device token as `Authorization: Kiosk <token>`.');
  return token;
}

/** Whether a request speaks for a kiosk. */
export const isKioskAuthorization = (authorization: string | undefined): boolean => !!authorization && /^Kiosk\s/i.test(authorization);
