import { certificatePolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { certificateDetail, certificateFacts, loadCertificate } from './certificate-view.ts';

/** One certificate with its history, for its institution, its supervisors in scope and its holder. */
export async function getCertificate({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const row = await loadCertificate(ctx, id);
  assertAllowed(certificatePolicy(ctx.actor, 'read', certificateFacts(row)));
  return certificateDetail(ctx, row);
}
