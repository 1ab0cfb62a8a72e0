import { eq } from 'drizzle-orm';
import { actorUserId, addDays, canApplyForInstitution, daysBetween, shanghaiDate, type FilingKind } from '@jiping/domain';
import { CreateFilingBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, filingScope, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { getParameter } from '../parameters/index.ts';
import { assertScopeInCatalogue } from './validate-filing.ts';

const OPEN: Array<(typeof filings.$inferSelect)['status']> = ['draft', 'submitted', 'returned'];

/**
 * Starts a filing application as a draft. An initial filing needs an institution with no filing
 * in force or in progress; an amendment or renewal starts from the filing in force, copying its
 * scope and content when none are given, and a renewal only inside the renewal window.
 */
export async function createFiling({ ctx, institutionId, kind, input }: { ctx: ServiceContext; institutionId: string; kind: FilingKind; input?: z.input<typeof CreateFilingBody> }) {
  assertAllowed(canApplyForInstitution(ctx.actor, institutionId));
  const body = input ? parseInput(CreateFilingBody, input, ctx.locale) : null;
  return withTransaction(ctx, async (tx) => {
    const [institution] = await tx.db.select().from(institutions).where(eq(institutions.id, institutionId)).for('update');
    if (!institution) throw notFound('institution');
    const existing = await tx.db.select().from(filings).where(eq(filings.institutionId, institutionId));
    const inForce = existing.find((f) => f.kind === 'initial' && (f.status === 'approved' || f.status === 'suspended'));
    let base: (typeof existing)[number] | null = null;
    if (kind === 'initial') {
      if (inForce || existing.some((f) => f.kind === 'initial' && OPEN.includes(f.status))) throw new AppError('CONFLICT', 'filing.alreadyFiled');
    } else {
      if (!inForce || inForce.status !== 'approved') throw new AppError('PRECONDITION_FAILED', 'filing.noFilingInForce');
      if (existing.some((f) => f.kind === kind && f.baseFilingId === inForce.id && OPEN.includes(f.status))) {
        throw new AppError('CONFLICT', kind === 'amendment' ? 'filing.amendmentOpen' : 'filing.renewalOpen');
      }
      if (kind === 'renewal') {
        const windowDays = await getParameter(tx, 'filing.renewalWindowDays');
        const today = shanghaiDate(tx.now());
        const daysLeft = daysBetween(today, inForce.validUntil!);
        if (daysLeft > windowDays) {
          throw new AppError('PRECONDITION_FAILED', 'filing.renewalTooEarly', { opens: addDays(inForce.validUntil!, -windowDays), days: String(windowDays) });
        }
      }
      base = inForce;
    }
    let scope = body?.scope ?? [];
    let content = body?.content ?? {};
    if (base && !body) {
      scope = await tx.db.select({ occupationCode: filingScope.occupationCode, workType: filingScope.workType, level: filingScope.level }).from(filingScope).where(eq(filingScope.filingId, base.id));
      content = base.content as typeof content;
    }
    if (body) await assertScopeInCatalogue(tx.db, scope);
    const [filing] = await tx.db
      .insert(filings)
      .values({
        institutionId,
        districtCode: institution.districtCode,
        kind,
        baseFilingId: base?.id ?? null,
        filingNumber: base?.filingNumber ?? null,
        content,
        createdBy: actorUserId(ctx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    if (scope.length) await tx.db.insert(filingScope).values(scope.map((row) => ({ ...row, filingId: filing!.id })));
    await appendAudit(tx, {
      action: 'filing.created',
      entityType: 'filing',
      entityId: filing!.id,
      after: { filing, scope },
      detail: { from: null, to: 'draft', kind, institutionId },
    });
    return filing!;
  });
}
