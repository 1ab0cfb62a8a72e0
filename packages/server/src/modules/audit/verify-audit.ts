import { auditPolicy } from '@jiping/domain';
import type { AuditVerification } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.ts';
import { translate } from '../../platform/i18n/messages.ts';

/** Verifies the whole chain and explains the first broken link in the actor's language. */
export async function verifyAudit({ ctx }: { ctx: ServiceContext }): Promise<AuditVerification> {
  assertAllowed(auditPolicy(ctx.actor, 'verify'));
  const result = await verifyAuditChain(ctx.db);
  return {
    ok: result.ok,
    checked: result.checked,
    firstBroken: result.firstBroken ? { ...result.firstBroken, message: translate(`audit.${result.firstBroken.problem}`, ctx.locale, { seq: String(result.firstBroken.seq) }) } : null,
  };
}
