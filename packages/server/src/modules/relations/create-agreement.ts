import { actorUserId, checkCreditCode, relationPolicy } from '@jiping/domain';
import { CreateAgreementBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { institutionAgreements } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, conflict, validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { foreignEvidence } from '../people/index.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { toAgreementView } from './relation-view.ts';

/**
 * Records a 校企合作协议 or 委托评价协议. Only an employer evaluates people outside its own staff
 * on the strength of an agreement, so only an employer holds them.
 */
export async function createAgreement({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof CreateAgreementBody> }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'write', institution));
  if (institution.category !== 'employer') throw conflict('agreement.employerOnly');
  const body = parseInput(CreateAgreementBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const problems: FieldError[] = [];
    const codeProblem = checkCreditCode(body.counterpartCreditCode);
    if (codeProblem) problems.push({ field: 'counterpartCreditCode', code: `credit_code_${codeProblem}`, messageKey: `organization.creditCode.${codeProblem}` });
    if (body.validUntil < body.validFrom) problems.push({ field: 'validUntil', code: 'period', messageKey: 'agreement.period' });
    const foreign = await foreignEvidence(tx.db, { institutionId }, body.evidenceFileIds);
    body.evidenceFileIds.forEach((fileId, index) => {
      if (foreign.has(fileId)) problems.push({ field: `evidenceFileIds.${index}`, code: 'not_owned', messageKey: 'evidence.notInstitutions' });
    });
    if (problems.length) throw validation(problems);
    const [row] = await tx.db
      .insert(institutionAgreements)
      .values({
        ...body,
        evidenceFileIds: [...new Set(body.evidenceFileIds)],
        institutionId,
        districtCode: institution.districtCode,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: row!.id,
      after: row,
      detail: { institutionId, kind: body.kind, counterpartCreditCode: body.counterpartCreditCode },
    });
    return toAgreementView(row!);
  });
}
