import { pbkdf2Sync } from 'node:crypto';
import { hashPin, verifyPin } from './pin-hash';

describe('kiosk PIN hash', () => {
  it('verifies the PIN it was made from and nothing else', async () => {
    const stored = await hashPin('4071', undefined, 1000);
    await expect(verifyPin('4071', stored)).resolves.toBe(true);
    await expect(verifyPin('4072', stored)).resolves.toBe(false);
    await expect(verifyPin('4071', 'sha1$1$x$y')).resolves.toBe(false);
  });

  it('is plain PBKDF2-SHA256, so a browser checks it with WebCrypto', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const stored = await hashPin('123456', salt, 1000);
    const [scheme, iterations, encodedSalt, hash] = stored.split('$');
    expect([scheme, iterations, encodedSalt]).toEqual(['pbkdf2-sha256', '1000', salt.toString('base64url')]);
    expect(hash).toBe(pbkdf2Sync('123456', salt, 1000, 32, 'sha256').toString('base64url'));
  });

  it('salts each hash', async () => {
    expect(await hashPin('1234', undefined, 1000)).not.toBe(await hashPin('1234', undefined, 1000));
  });
});
