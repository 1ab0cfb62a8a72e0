import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/client.ts';
import type { MailDispatcher } from '../platform/mail/mail-dispatcher.ts';
import { systemContext } from '../boot.ts';
import { failInterruptedImports } from '../modules/registrations/index.ts';
import { expireFilings } from '../modules/filings/index.ts';
import { recordFinalResults } from '../modules/results/index.ts';
import { failInterruptedScoreImports } from '../modules/scores/index.ts';
import { runDailyExport } from '../modules/national-export/index.ts';
import { expireAppointments } from '../modules/appointments/index.ts';
import { sealPendingCredentials } from '../modules/credentials/index.ts';
import { completeInterruptedDraws } from '../modules/inspection-draws/index.ts';
import { runRectificationDeadlines } from '../modules/rectifications/index.ts';
import { flagOverdueDocumentRequests } from '../modules/document-requests/index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/** What a job may use; `mail` delivers the e-mail a job writes (and is the `mail` job itself). */
export interface JobDeps {
  database: Database;
  clock: Clock;
  mail: MailDispatcher;
  /** Signing needs the keys and the public address credentials name; a caller without them runs no signing job. */
  signing?: { keyring: Keyring; publicUrl: string };
}

/** Jobs by name, for the scheduler and `npx jiping jobs run <name>`. Each is idempotent. */
export const JOBS = {
  'filing-expiry': ({ database, clock, mail }: JobDeps) => expireFilings(systemContext(database, clock, 'filing-expiry', mail)),
  'interrupted-imports': ({ database, clock }: JobDeps) => failInterruptedImports(systemContext(database, clock, 'interrupted-imports'), database),
  // Publicity over and every objection answered: the results are recorded as final, for certificates.
  'results-final': ({ database, clock }: JobDeps) => recordFinalResults(systemContext(database, clock, 'results-final')),
  'interrupted-score-imports': ({ database, clock }: JobDeps) => failInterruptedScoreImports(systemContext(database, clock, 'interrupted-score-imports'), database),
  // Certificate changes waiting for the national query: one round of batches a day, for the city to download.
  'national-export': ({ database, clock }: JobDeps) => runDailyExport(systemContext(database, clock, 'national-export')),
  // A 特级技师 or 首席技师 term whose last day has passed without renewal ends.
  'appointment-expiry': ({ database, clock }: JobDeps) => expireAppointments(systemContext(database, clock, 'appointment-expiry')),
  // Rectification orders past their deadline are flagged overdue once; filings whose suspension has ended are restored.
  'rectification-deadlines': ({ database, clock, mail }: JobDeps) => runRectificationDeadlines(systemContext(database, clock, 'rectification-deadlines', mail)),
  // Document requests past their deadline and unanswered are flagged overdue once.
  'document-request-deadlines': ({ database, clock, mail }: JobDeps) => flagOverdueDocumentRequests(systemContext(database, clock, 'document-request-deadlines', mail)),
  // Certificates issued but not yet signed (a crash between issuance and sealing): signed in chunks.
  'seal-credentials': ({ database, clock, signing }: JobDeps) => {
    if (!signing) throw new Error('seal-credentials needs the signing keys');
    return sealPendingCredentials(systemContext(database, clock, 'seal-credentials'), signing.keyring, signing.publicUrl);
  },
  // A draw cut off between its chunks: the inspections still missing are written, none twice.
  'inspection-draws': ({ database, clock }: JobDeps) => completeInterruptedDraws(systemContext(database, clock, 'inspection-draws')),
  // Last: mail the jobs above wrote, and retries that came due, go out in the same round.
  mail: ({ mail }: JobDeps) => mail.drain(),
} as const;
export type JobName = keyof typeof JOBS;

const HOUR = 3_600_000;

/**
 * Runs every job at start and then hourly. The jobs are daily in effect (they act on dates and
 * de-duplicate), so running hourly only means a restart or a missed hour costs nothing.
 */
export function startScheduler(deps: JobDeps, log: { info(o: object, m: string): void; error(o: object, m: string): void }) {
  const runAll = async () => {
    for (const [name, job] of Object.entries(JOBS)) {
      try {
        const result = await job(deps);
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
