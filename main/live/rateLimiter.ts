/**
 * At most `limit` events per key in each window of `windowMs` (a fixed window per key, started
 * by the key's first event): per phone address, per phone token. The clock is injected so that
 * tests move it by hand. Keys whose window has passed are swept, so a flood of addresses or
 * tokens cannot grow the map without end.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one event for `key`; false when the key has used up its window. */
  take(key: string): boolean {
    const window = this.current(key);
    if (window.count >= this.limit) return false;
    window.count++;
    return true;
  }

  /** Whether `key` has used up its window, without counting anything. */
  exhausted(key: string): boolean {
    return (this.windows.get(key)?.count ?? 0) >= this.limit && !this.expired(key);
  }

  private expired(key: string): boolean {
    const window = this.windows.get(key);
    return !window || this.now() - window.start >= this.windowMs;
  }

  private current(key: string): { start: number; count: number } {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
