import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema.ts';
import type { MailSender } from './mail-sender.ts';

/** After this many tries a message is marked `failed` and left for a person to look at. */
export const MAX_MAIL_ATTEMPTS = 8;
/** Wait after the first failed try; doubled after each further one (2, 4, 8 … 128 minutes: about 4 hours in all). */
const RETRY_BASE_MS = 2 * 60_000;
/**
 * How long a claimed message is kept from other runs. It must outlast one send (the SMTP
 * timeouts in mail-sender.ts add up to 90 seconds); if the process dies mid-send the message
 * becomes due again when the lease ends, so it is delivered at least once, never lost.
 */
const LEASE_MS = 10 * 60_000;

export interface DeliveryRun {
  sent: number;
  /** Failed this time, to be tried again later. */
  retried: number;
  /** Failed for the last time. */
  failed: number;
}

export function retryDelayMs(attempts: number): number {
  return RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

/**
 * Sends every pending message that is due at `now`, one at a time, and records each outcome.
 *
 * A message is claimed by one statement that counts the attempt and pushes `next_attempt_at`
 * past the lease. `for update skip locked` makes two runs at once (two server processes on one
 * PostgreSQL, or the hourly job next to a wake-up) take different rows instead of waiting for or
 * doubling each other; PGlite has a single connection and runs the same SQL. Counting the attempt
 * at claim time means even a message that crashes the process runs out of attempts.
 *
 * The send happens outside any transaction: holding a database transaction open across a
 * network call would block PGlite's only connection and pin a PostgreSQL one.
 */
export async function deliverPendingMail(db: Db, sender: MailSender, now: Date): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const [mail] = await claimNext(db, now);
    if (!mail) return run;
    // Outcomes are written only while the claim is still ours (same attempt count): a run that
    // outlived its lease must not overwrite the result of the run that took the message over.
    const ours = and(eq(mailOutbox.id, mail.id), eq(mailOutbox.attempts, mail.attempts));
    try {
      await sender.send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
    } catch (error) {
      const lastTry = mail.attempts >= MAX_MAIL_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({ status: lastTry ? 'failed' : 'pending', lastError: describeError(error), nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)) })
        .where(ours);
      if (lastTry) run.failed += 1;
      else run.retried += 1;
      continue;
    }
    await db.update(mailOutbox).set({ status: 'sent', sentAt: now, lastError: null }).where(ours);
    run.sent += 1;
  }
}

function claimNext(db: Db, now: Date) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(1)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(and(inArray(mailOutbox.id, due), eq(mailOutbox.status, 'pending')))
    .returning({ id: mailOutbox.id, toAddress: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body, attempts: mailOutbox.attempts });
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
