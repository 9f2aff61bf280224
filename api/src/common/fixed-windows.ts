const WINDOW_MS = 60_000;
/** Beyond this many keys, windows that have ended are dropped (memory stays bounded). */
const PRUNE_ABOVE = 10_000;

/**
 * Counts events per key (a client address, a device) in fixed one-minute windows, in this
 * process's memory only: addresses are never written anywhere. Each instance counts on its own.
 */
export class FixedWindows {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly limitPerMinute: number) {}

  /** Seconds to wait before the key may act again, or null when it may act now. */
  retryAfter(key: string, nowMs: number): number | null {
    const window = this.current(key, nowMs);
    if (!window || window.count < this.limitPerMinute) return null;
    return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - nowMs) / 1000));
  }

  record(key: string, nowMs: number): void {
    if (this.windows.size > PRUNE_ABOVE) this.prune(nowMs);
    const window = this.current(key, nowMs) ?? { startedAt: nowMs, count: 0 };
    window.count += 1;
    this.windows.set(key, window);
  }

  private current(key: string, nowMs: number): { startedAt: number; count: number } | undefined {
    const window = this.windows.get(key);
    return window && nowMs - window.startedAt < WINDOW_MS ? window : undefined;
  }

  private prune(nowMs: number): void {
    for (const [key, window] of this.windows) {
      if (nowMs - window.startedAt >= WINDOW_MS) this.windows.delete(key);
    }
  }
}
