import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();
  afterAll(() => hasher.onModuleDestroy());

  it('stores argon2id with a fresh salt and verifies only the right password', async () => {
    const first = await hasher.hash('correct horse battery');
    const second = await hasher.hash('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await hasher.verify(first, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(first, 'correct horse batterY')).toBe(false);
  });

  it('treats a malformed stored hash as a failed check', async () => {
    expect(await hasher.verify('not-a-hash', 'anything at all')).toBe(false);
  });

  it('answers false for the dummy check whatever the password', async () => {
    expect(await hasher.verifyDummy('anything at all')).toBe(false);
  });

  it('hashes off the main thread: the event loop keeps turning while a burst of logins is checked', async () => {
    const stored = await hasher.hash('correct horse battery');
    let done = false;
    const burst = Promise.all(Array.from({ length: 6 }, () => hasher.verify(stored, 'correct horse battery'))).finally(() => (done = true));
    // On the main thread each check would hold the loop for its whole ~100 ms; here the loop
    // turns freely (hundreds of times) until the workers answer.
    let turns = 0;
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      turns += 1;
    }
    expect(await burst).toEqual([true, true, true, true, true, true]);
    expect(turns).toBeGreaterThan(50);
  });

  it('keeps answering after its workers are stopped: the next job starts a new one', async () => {
    await hasher.onModuleDestroy();
    const hash = await hasher.hash('another password');
    expect(await hasher.verify(hash, 'another password')).toBe(true);
  });
});
