// The kiosk PIN is checked on the tablet itself, so leaving kiosk mode works offline. The
// server hands over the PIN's salted PBKDF2-SHA256 hash at activation (api/src/kiosks/pin-hash.ts):
// `pbkdf2-sha256$<iterations>$<salt>$<hash>`, base64url.

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

export async function verifyKioskPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false;
  const expected = fromBase64Url(hash);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(salt), iterations: Number(iterations) }, key, expected.length * 8),
  );
  // Equal length by construction; compare every byte so timing says nothing.
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected[i] ^ bits[i];
  return difference === 0;
}
