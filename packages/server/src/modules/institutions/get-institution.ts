import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { allowedInstitutionActions, institutionPolicy, type FilingStatus } from '@jiping/domain';
import type { InstitutionDetail } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { filings } from '../../platform/db/schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { filedOccupationCodes, findInstitutionById } from './queries.ts';

/** One institution, if the actor's scope covers it (403 with the reason otherwise). */
export async function getInstitution({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<InstitutionDetail> {
  assertAllowed(institutionPolicy(ctx.actor, 'list'));
  const institution = await findInstitutionById(ctx.db, id, ctx.locale);
  if (!institution) throw notFound('institution');
  // The same facts the list's scope uses: an industry officer reaches an institution through the occupations it filed.
  assertAllowed(institutionPolicy(ctx.actor, 'read', { id: institution.id, districtCode: institution.districtCode, occupationCodes: await filedOccupationCodes(ctx.db, institution.id) }));
  const initialFilingStatus = await openInitialFilingStatus(ctx.db, institution.id);
  return { ...institution, allowedActions: allowedInstitutionActions(ctx.actor, { ...institution, initialFilingStatus }) };
}

/** The status of the institution's initial filing that is open or in force (in force first), or null. */
async function openInitialFilingStatus(db: Db, institutionId: string): Promise<FilingStatus | null> {
  const [row] = await db
    .select({ status: filings.status })
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), inArray(filings.status, ['draft', 'submitted', 'returned', 'approved', 'suspended'])))
    .orderBy(desc(sql`${filings.status} in ('approved', 'suspended')`))
    .limit(1);
  return row?.status ?? null;
}
