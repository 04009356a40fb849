// A fixed-window counter per key (e-mail, IP) for login attempts. It lives in the process: with several API
// processes each keeps its own window, so the effective limit is the per-process limit times the processes.
import { TooManyRequestsError } from '../http/errors.js';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt for every key; throws 429 when any key is over its limit. */
  hit(keys: string[]): void {
    const now = this.now();
    if (this.windows.size > 50_000) this.sweep(now);
    for (const key of keys) {
      let window = this.windows.get(key);
      if (!window || now - window.start >= this.windowMs) this.windows.set(key, (window = { start: now, count: 0 }));
      window.count++;
      if (window.count > this.limit) {
        const retry = Math.ceil((window.start + this.windowMs - now) / 1000);
        throw new TooManyRequestsError(`Too many login attempts; try again in ${retry} seconds`, retry);
      }
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
