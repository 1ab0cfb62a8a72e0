import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/client.ts';
import { systemContext } from '../boot.ts';
import { expireFilings } from '../modules/filings/expire-filings.ts';

/** Jobs by name, for the scheduler and `npx jiping jobs run <name>`. Each is idempotent. */
export const JOBS = {
  'filing-expiry': (database: Database, clock: Clock) => expireFilings(systemContext(database, clock, 'filing-expiry')),
} as const;
export type JobName = keyof typeof JOBS;

const HOUR = 3_600_000;

/**
 * Runs every job at start and then hourly. The jobs are daily in effect (they act on dates and
 * de-duplicate), so running hourly only means a restart or a missed hour costs nothing.
 */
export function startScheduler(database: Database, clock: Clock, log: { info(o: object, m: string): void; error(o: object, m: string): void }) {
  const runAll = async () => {
    for (const [name, job] of Object.entries(JOBS)) {
      try {
        const result = await job(database, clock);
        log.info({ job: name, result }, 'job finished');
      } catch (err) {
        log.error({ job: name, err }, 'job failed');
      }
    }
  };
  void runAll();
  const timer = setInterval(() => void runAll(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
