import { canIssueCertificates, certificatePolicy } from '@jiping/domain';
import type { PlanCertificates } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { finalPublication, loadPlan, resultLines } from './issuance-facts.ts';

/**
 * A plan's published results with the certificate each holds: what the issue page shows. Read by
 * whoever may read the institution's certificates of that occupation (the institution, its
 * supervisors); a candidate's own certificate is in their own list.
 */
export async function planCertificates({ ctx, planId }: { ctx: ServiceContext; planId: string }): Promise<PlanCertificates> {
  const plan = await loadPlan(ctx, planId);
  assertAllowed(certificatePolicy(ctx.actor, 'read', { institutionId: plan.institutionId, districtCode: plan.districtCode, occupationCode: plan.occupationCode, personId: '', status: 'valid' }));
  const publication = await finalPublication(ctx, planId);
  const lines = publication ? await resultLines(ctx, publication.id) : [];
  return {
    planId,
    final: Boolean(publication),
    candidates: lines.map((line) => ({ registrationId: line.registrationId, name: line.name, idNumberMasked: line.idNumberMasked, outcome: line.outcome, certificate: line.certificate })),
    canIssue: Boolean(publication) && canIssueCertificates(ctx.actor, plan.institutionId).allowed && lines.some((line) => line.outcome === 'passed' && !line.certificate),
    canDownload: canIssueCertificates(ctx.actor, plan.institutionId).allowed && lines.some((line) => line.certificate !== null),
  };
}
