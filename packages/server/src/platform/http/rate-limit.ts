import { AppError } from '../errors.ts';

/**
 * A fixed-window counter per key (a client address) held in this process: enough to keep one
 * client from scraping a public list in a loop. Limits that must hold across processes and
 * restarts (objections) count rows in the database instead. Keys whose window has passed are
 * dropped as new windows open, so memory stays proportional to the clients of one window.
 */
export function fixedWindowLimiter({ limit, windowMs, messageKey }: { limit: number; windowMs: number; messageKey: string }) {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    /** Counts one request; refuses with 429 once the key has used its window's allowance. */
    take(key: string, now: Date) {
      const start = Math.floor(now.getTime() / windowMs) * windowMs;
      if (start !== windowStart) {
        windowStart = start;
        counts = new Map();
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      if (used > limit) throw new AppError('TOO_MANY_REQUESTS', messageKey, { limit: String(limit) });
    },
  };
}
