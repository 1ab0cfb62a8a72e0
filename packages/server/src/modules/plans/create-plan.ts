import { and, eq } from 'drizzle-orm';
import { canApplyForInstitution, planProblems, shanghaiDate } from '@jiping/domain';
import type { FilingContent } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, filings, filingScope } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { withActions } from './queries.ts';
import { activeCatalogue } from '../catalogue/index.ts';
import { CreatePlanBody } from '@jiping/contracts';

/**
 * Drafts a plan inside the institution's filing in force: the occupation, 工种 and level must be
 * in its filed scope and still registrable, the exam window inside its validity, and the site,
 * rooms, examiners (qualified for the level) and internal supervisor those it filed.
 */
export async function createPlan({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof CreatePlanBody> }) {
  assertAllowed(canApplyForInstitution(ctx.actor, institutionId));
  const plan = parseInput(CreatePlanBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [filing] = await tx.db
      .select()
      .from(filings)
      .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
    if (!filing) throw new AppError('PRECONDITION_FAILED', 'plan.noFilingInForce');
    const scope = await tx.db.select().from(filingScope).where(eq(filingScope.filingId, filing.id));
    const catalogue = (await activeCatalogue(tx.db, [plan.occupationCode])).get(plan.occupationCode);
    const content = filing.content as FilingContent;
    const problems = planProblems(
      plan,
      { scope, validFrom: filing.validFrom!, validUntil: filing.validUntil!, sites: content.sites, examiners: content.examiners, supervisors: content.supervisors },
      (catalogue?.levels as readonly number[] | undefined) ?? [],
      shanghaiDate(tx.now()),
    );
    if (problems.length) throw validation(problems.map((p) => ({ ...p, code: p.messageKey })));
    const [row] = await tx.db
      .insert(evaluationPlans)
      .values({ ...plan, institutionId, districtCode: filing.districtCode, filingId: filing.id, createdAt: tx.now(), updatedAt: tx.now() })
      .returning();
    await appendAudit(tx, { action: 'plan.created', entityType: 'plan', entityId: row!.id, after: row, detail: { from: null, to: 'draft' } });
    return withActions(tx.actor, row!);
  });
}
