import { desc, eq } from 'drizzle-orm';
import { relationPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { institutionAgreements } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { toAgreementView } from './relation-view.ts';

/** The institution's agreements, latest first (an institution holds a handful, so no paging). */
export async function listAgreements({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  const institution = await loadInstitutionFacts(ctx.db, institutionId);
  assertAllowed(relationPolicy(ctx.actor, 'read', institution));
  const rows = await ctx.db
    .select()
    .from(institutionAgreements)
    .where(eq(institutionAgreements.institutionId, institutionId))
    .orderBy(desc(institutionAgreements.validFrom), desc(institutionAgreements.createdAt));
  return { items: rows.map(toAgreementView) };
}
