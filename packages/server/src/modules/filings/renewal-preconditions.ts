import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { addDays, addYears, OPEN_RECTIFICATION_STATUSES, RENEWAL_MIN_FINAL_PLANS, shanghaiDate, type IsoDate } from '@jiping/domain';
import type { RenewalChecklist, RenewalConditionView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, filings, rectificationOrders, resultsPublications } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { getParameter } from '../parameters/index.ts';
import { renewalExportBlock } from './renewal-export-check.ts';

type RenewalFacts = { kind: string; institutionId: string; baseFilingId: string | null };

/**
 * The term a renewal continues: the validity of the filing in force as it now stands. A filing
 * never renewed has one term, from its first day; after a renewal the term is the last extension,
 * which began the day after the previous validity ended (validity years as they stood when that
 * renewal was approved).
 */
async function currentTerm(ctx: ServiceContext, base: typeof filings.$inferSelect): Promise<{ from: IsoDate; until: IsoDate }> {
  const [last] = await ctx.db
    .select({ decidedAt: filings.decidedAt })
    .from(filings)
    .where(and(eq(filings.baseFilingId, base.id), eq(filings.kind, 'renewal'), eq(filings.status, 'approved'), isNotNull(filings.decidedAt)))
    .orderBy(desc(filings.decidedAt))
    .limit(1);
  if (!last?.decidedAt) return { from: base.validFrom!, until: base.validUntil! };
  const years = await getParameter(ctx, 'filing.validityYears', shanghaiDate(last.decidedAt));
  return { from: addYears(addDays(base.validUntil!, 1), -years), until: base.validUntil! };
}

/**
 * Plans "run to final results" in a term: plans under the filing (not cancelled) whose exam began
 * within the term and whose results were publicised and became final — publicity over with every
 * objection answered, recorded as `results_publications.final_at` (docs/domain.md "Results").
 * A plan still in publicity, or with an objection open, has not run its course.
 */
async function finalPlanCount(ctx: ServiceContext, filingId: string, term: { from: IsoDate; until: IsoDate }): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(evaluationPlans)
    .innerJoin(resultsPublications, eq(resultsPublications.planId, evaluationPlans.id))
    .where(
      and(
        eq(evaluationPlans.filingId, filingId),
        ne(evaluationPlans.status, 'cancelled'),
        isNotNull(resultsPublications.finalAt),
        sql`${evaluationPlans.examStart} between ${term.from}::date and ${term.until}::date`,
      ),
    );
  return row?.n ?? 0;
}

async function openOrders(ctx: ServiceContext, institutionId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(rectificationOrders)
    .where(and(eq(rectificationOrders.institutionId, institutionId), inArray(rectificationOrders.status, [...OPEN_RECTIFICATION_STATUSES])));
  return row?.n ?? 0;
}

/**
 * Every condition of a renewal, met or not, with its figures and in the reader's words: at least
 * RENEWAL_MIN_FINAL_PLANS plans run to final results in the term; every certificate change since
 * the filing took effect acknowledged by the national system; no rectification order of the
 * institution still open (docs/domain.md "Renewal preconditions"). Null for anything but a renewal.
 */
export async function renewalChecklist(ctx: ServiceContext, renewal: RenewalFacts): Promise<RenewalChecklist | null> {
  if (renewal.kind !== 'renewal' || !renewal.baseFilingId) return null;
  const [base] = await ctx.db.select().from(filings).where(eq(filings.id, renewal.baseFilingId));
  if (!base?.validFrom || !base.validUntil) return null;
  const term = await currentTerm(ctx, base);
  const plans = await finalPlanCount(ctx, base.id, term);
  const exportBlock = await renewalExportBlock(ctx, renewal);
  const today = shanghaiDate(ctx.now());
  const exportUntil = today < base.validUntil ? today : base.validUntil;
  const orders = await openOrders(ctx, renewal.institutionId);
  const word = (key: string, params: Record<string, string>) => translate(key, ctx.locale, params);
  const conditions: RenewalConditionView[] = [
    {
      condition: 'final_plans',
      met: plans >= RENEWAL_MIN_FINAL_PLANS,
      count: plans,
      required: RENEWAL_MIN_FINAL_PLANS,
      from: term.from,
      until: term.until,
      text: word(plans >= RENEWAL_MIN_FINAL_PLANS ? 'renewal.finalPlans.met' : 'renewal.finalPlans.unmet', {
        count: String(plans),
        required: String(RENEWAL_MIN_FINAL_PLANS),
        from: term.from,
        until: term.until,
      }),
    },
    {
      condition: 'certificates_exported',
      met: !exportBlock,
      count: exportBlock?.count ?? 0,
      required: 0,
      from: exportBlock?.from ?? base.validFrom,
      until: exportBlock?.until ?? exportUntil,
      text: exportBlock
        ? word('filing.renewalExportPending', { count: String(exportBlock.count), from: exportBlock.from, until: exportBlock.until })
        : word('renewal.exported.met', { from: base.validFrom, until: exportUntil }),
    },
    {
      condition: 'no_open_rectification',
      met: orders === 0,
      count: orders,
      required: 0,
      from: null,
      until: null,
      text: word(orders ? 'renewal.rectification.unmet' : 'renewal.rectification.met', { count: String(orders) }),
    },
  ];
  return { met: conditions.every((c) => c.met), minFinalPlans: RENEWAL_MIN_FINAL_PLANS, conditions };
}

/** Refuses a renewal (412) naming every unmet condition at once, each also as a field error of its own. */
export async function assertRenewalPreconditions(ctx: ServiceContext, renewal: RenewalFacts): Promise<void> {
  const checklist = await renewalChecklist(ctx, renewal);
  if (!checklist || checklist.met) return;
  const unmet = checklist.conditions.filter((c) => !c.met);
  throw new AppError(
    'PRECONDITION_FAILED',
    'filing.renewalPreconditions',
    { count: String(unmet.length), reasons: unmet.map((c, i) => `${i + 1}. ${c.text}`).join(' ') },
    unmet.map((c) => ({ field: `renewal.${c.condition}`, code: c.condition, message: c.text })),
  );
}
