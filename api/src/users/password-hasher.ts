import { Injectable } from '@nestjs/common';
import { argon2id, argon2Verify } from 'hash-wasm';
import { randomBytes } from 'node:crypto';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane), via hash-wasm: WebAssembly inside
 * the package, so no native build and no install script. About 75 ms per hash here.
 */
const PARAMETERS = { parallelism: 1, iterations: 2, memorySize: 19 * 1024, hashLength: 32 } as const;

/** Longer inputs only cost hashing time; no password manager makes one this long. */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_PASSWORD_LENGTH = 12;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2id({ ...PARAMETERS, password, salt: randomBytes(16), outputType: 'encoded' });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2Verify({ password, hash });
    } catch {
      // A malformed stored hash never lets anyone in.
      return false;
    }
  }

  /**
   * Spends the same time as a real check. Called when the email is unknown, so that the
   * response time does not tell which emails have accounts.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
