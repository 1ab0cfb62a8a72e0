import { and, eq } from 'drizzle-orm';
import { canApplyForInstitution, shanghaiDate } from '@jiping/domain';
import type { FilingContent } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, filings, filingScope } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { withActions } from './queries.ts';
import { activeCatalogue } from '../catalogue/active-catalogue.ts';
import { CreatePlanBody } from './contracts.ts';

/**
 * Drafts a plan inside the institution's filing in force: the occupation, 工种 and level must be
 * in its filed scope and still registrable, the exam window inside its validity, and the site,
 * rooms, examiners (qualified for the level) and internal supervisor those it filed.
 */
export async function createPlan({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof CreatePlanBody> }) {
  assertAllowed(canApplyForInstitution(ctx.actor, institutionId));
  const plan = parseInput(CreatePlanBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [filing] = await tx.db.select().from(filings).where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
    if (!filing) throw new AppError('PRECONDITION_FAILED', 'plan.noFilingInForce');
    const problems: FieldError[] = [];
    const fail = (field: string, key: string, params: Record<string, string> = {}) => problems.push({ field, code: key, messageKey: key, params });
    const scope = await tx.db.select().from(filingScope).where(eq(filingScope.filingId, filing.id));
    const inScope = scope.some((s) => s.occupationCode === plan.occupationCode && s.level === plan.level && (s.workType === plan.workType || s.workType === ''));
    if (!inScope) fail('level', 'plan.outsideScope', { code: plan.occupationCode, level: String(plan.level) });
    const catalogue = (await activeCatalogue(tx.db, [plan.occupationCode])).get(plan.occupationCode);
    if (inScope && !(catalogue?.levels as readonly number[] | undefined)?.includes(plan.level)) fail('level', 'plan.levelWithdrawn', { code: plan.occupationCode, level: String(plan.level) });
    if (plan.examEnd < plan.examStart) fail('examEnd', 'plan.windowOrder');
    if (plan.examStart < shanghaiDate(tx.now())) fail('examStart', 'plan.inThePast');
    if (plan.examStart < filing.validFrom! || plan.examEnd > filing.validUntil!) fail('examEnd', 'plan.outsideValidity', { until: filing.validUntil! });
    const content = filing.content as FilingContent;
    const site = content.sites.find((s) => s.name === plan.siteName);
    if (!site) fail('siteName', 'plan.unknownSite', { site: plan.siteName });
    for (const [index, room] of plan.rooms.entries()) if (site && !site.rooms.some((r) => r.name === room)) fail(`rooms.${index}`, 'plan.unknownRoom', { room });
    const capacity = site ? site.rooms.filter((r) => plan.rooms.includes(r.name)).reduce((sum, r) => sum + r.capacity, 0) : 0;
    if (site && capacity && plan.expectedCandidates > capacity) fail('expectedCandidates', 'plan.overCapacity', { capacity: String(capacity) });
    for (const [index, name] of plan.examiners.entries()) {
      const examiner = content.examiners.find((e) => e.name === name);
      if (!examiner || examiner.occupationCode !== plan.occupationCode || !examiner.levels.includes(plan.level)) fail(`examiners.${index}`, 'plan.examinerNotQualified', { name });
    }
    if (!content.supervisors.some((s) => s.name === plan.internalSupervisor)) fail('internalSupervisor', 'plan.unknownSupervisor', { name: plan.internalSupervisor });
    if (problems.length) throw validation(problems);
    const [row] = await tx.db
      .insert(evaluationPlans)
      .values({ ...plan, institutionId, districtCode: filing.districtCode, filingId: filing.id, createdAt: tx.now(), updatedAt: tx.now() })
      .returning();
    await appendAudit(tx, { action: 'plan.created', entityType: 'plan', entityId: row!.id, after: row, detail: { from: null, to: 'draft' } });
    return withActions(tx.actor, row!);
  });
}
