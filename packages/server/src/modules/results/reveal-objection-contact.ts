import { eq } from 'drizzle-orm';
import { resultsPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { resultsObjections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { loadPlanResults } from './results-facts.ts';
import { OBJECTION_CONTACT } from './objection-view.ts';

/** The objector's full contact, for the institution that must reach them and the district: every view is audited. */
export async function revealObjectionContact({ ctx, keyring, id }: { ctx: ServiceContext; keyring: Keyring; id: string }) {
  const [objection] = await ctx.db.select().from(resultsObjections).where(eq(resultsObjections.id, id));
  if (!objection) throw notFound('objection');
  const results = await loadPlanResults(ctx, objection.planId);
  assertAllowed(resultsPolicy(ctx.actor, 'revealContact', results.facts));
  return withTransaction(ctx, async (tx) => {
    await appendAudit(tx, { action: 'results.objection_contact_viewed', entityType: 'objection', entityId: id, detail: { planId: objection.planId } });
    return { contact: unseal(keyring, OBJECTION_CONTACT, objection.contactSealed) };
  });
}
