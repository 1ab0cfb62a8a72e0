import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { addDays, daysBetween, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { getParameter } from '../parameters/index.ts';
import { notify } from '../notifications/index.ts';
import { transitionFiling } from './filing-transition.ts';

export interface ExpiryRun {
  expired: string[];
  reminded: Array<{ filingId: string; days: number }>;
}

/**
 * The daily job: filings whose validity ended before today (Shanghai) expire, and institutions
 * are reminded 90, 30 and 7 days ahead (the parameter's values). Safe to run any number of times
 * a day: an expired filing is no longer a candidate, and each reminder has a unique key.
 */
export async function expireFilings(ctx: ServiceContext): Promise<ExpiryRun> {
  const today = shanghaiDate(ctx.now());
  const run: ExpiryRun = { expired: [], reminded: [] };
  const due = await ctx.db
    .select({ id: filings.id, version: filings.version })
    .from(filings)
    .where(and(eq(filings.kind, 'initial'), inArray(filings.status, ['approved', 'suspended']), lt(filings.validUntil, today)));
  for (const filing of due) {
    // One transaction per filing: one stale row must not hold back the others.
    await withTransaction(ctx, (tx) => transitionFiling(tx, { id: filing.id, action: 'expire', version: filing.version, reason: '备案有效期届满' }));
    run.expired.push(filing.id);
  }
  const thresholds = [...(await getParameter(ctx, 'filing.expiryReminderDays'))].sort((a, b) => a - b);
  const horizon = addDays(today, Math.max(...thresholds));
  const upcoming = await ctx.db
    .select({ id: filings.id, validUntil: filings.validUntil, institutionId: filings.institutionId, name: institutions.name, filingNumber: filings.filingNumber })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(and(eq(filings.kind, 'initial'), eq(filings.status, 'approved'), isNotNull(filings.validUntil), lt(filings.validUntil, addDays(horizon, 1))));
  for (const filing of upcoming) {
    const daysLeft = daysBetween(today, filing.validUntil!);
    // Only the tightest threshold reached: a reminder the job missed is not worth sending late.
    const threshold = thresholds.find((days) => daysLeft <= days);
    if (threshold === undefined || daysLeft < 0) continue;
    // Its own transaction per reminder, like the expiries: the notification and its e-mails commit together.
    const { notificationId } = await withTransaction(ctx, (tx) =>
      notify(tx, {
        institutionId: filing.institutionId,
        kind: 'filing.expiry_reminder',
        message: {
          title: 'notification.filingExpiry.title',
          body: 'notification.filingExpiry.body',
          params: { institution: filing.name, number: filing.filingNumber ?? '', date: filing.validUntil!, days: String(daysLeft), window: String(thresholds.at(-1)) },
        },
        dedupeKey: `filing-expiry:${filing.id}:${filing.validUntil}:${threshold}`,
      }),
    );
    if (notificationId) run.reminded.push({ filingId: filing.id, days: threshold });
  }
  return run;
}
