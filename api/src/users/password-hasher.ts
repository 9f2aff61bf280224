import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane), via hash-wasm: WebAssembly inside
 * the package, so no native build and no install script. About 75–130 ms per hash here.
 */
const PARAMETERS = { parallelism: 1, iterations: 2, memorySize: 19 * 1024, hashLength: 32 } as const;

/** Longer inputs only cost hashing time; no password manager makes one this long. */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_PASSWORD_LENGTH = 12;

type Job = { kind: 'hash'; password: string; salt: Uint8Array } | { kind: 'verify'; password: string; hash: string };
type Reply = { id: number; ok: true; value: string | boolean } | { id: number; ok: false; error: string };

/**
 * The worker's code, evaluated in the worker (so it runs the same from the TypeScript sources in
 * tests and from the build): it loads hash-wasm from the path the parent resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id, argon2Verify } = require(workerData.hashWasm);
parentPort.on('message', async ({ id, job }) => {
  try {
    const value = job.kind === 'hash'
      ? await argon2id({ ...workerData.parameters, password: job.password, salt: job.salt, outputType: 'encoded' })
      : await argon2Verify({ password: job.password, hash: job.hash });
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String(error && error.message || error) });
  }
});
`;

/**
 * Hashes and checks passwords in worker threads: argon2id is slow on purpose, and on the main
 * thread a burst of logins would stall every family's submission behind it. As many workers as
 * cores (at most 4), started when first needed; jobs queue when all are busy.
 */
@Injectable()
export class PasswordHasher implements OnModuleDestroy {
  private dummyHash?: Promise<string>;
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { job: Job; resolve: (value: string | boolean) => void; reject: (error: Error) => void }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (value: string | boolean) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private readonly size = Math.max(1, Math.min(4, availableParallelism()));

  async hash(password: string): Promise<string> {
    return (await this.run({ kind: 'hash', password, salt: randomBytes(16) })) as string;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return (await this.run({ kind: 'verify', password, hash })) === true;
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

  async onModuleDestroy(): Promise<void> {
    const workers = this.all.splice(0);
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private run(job: Job): Promise<string | boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.all.length < this.size ? this.startWorker() : undefined);
      if (!worker) return;
      const { job, resolve, reject } = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, { worker, resolve, reject });
      // A busy worker keeps the process alive until its answer arrives; an idle one does not.
      worker.ref();
      worker.postMessage({ id, job });
    }
  }

  private startWorker(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { hashWasm: require.resolve('hash-wasm'), parameters: PARAMETERS },
    });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error));
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => this.retire(worker, error));
    worker.on('exit', () => this.retire(worker, new Error('The password worker stopped')));
    this.all.push(worker);
    return worker;
  }

  /** A worker that died fails its job; the next job starts a new one. */
  private retire(worker: Worker, error: Error): void {
    const index = this.all.indexOf(worker);
    if (index < 0) return;
    this.all.splice(index, 1);
    const idleIndex = this.idle.indexOf(worker);
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
    for (const [id, waiting] of this.pending) {
      if (waiting.worker !== worker) continue;
      this.pending.delete(id);
      waiting.reject(error);
    }
    this.dispatch();
  }
}
