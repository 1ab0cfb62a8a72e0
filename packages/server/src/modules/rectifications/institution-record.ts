import { and, desc, eq } from 'drizzle-orm';
import { districtName, sanctionPolicy } from '@jiping/domain';
import type { InstitutionSupervisionRecord } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { filings } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadSanctionedInstitution } from './decide-sanction.ts';
import { openRectificationCount, overdueRectificationCount } from './rectification-counts.ts';
import { sanctionViews } from './sanction-view.ts';

/**
 * An institution's standing under supervision, for itself and its competent bureau: rectification
 * orders still open and ever overdue (a missed deadline counts against it), its filing, and the
 * sanctions decided, newest first; whether the reader may decide one.
 */
export async function getSupervisionRecord({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }): Promise<InstitutionSupervisionRecord> {
  const institution = await loadSanctionedInstitution(ctx, institutionId);
  const facts = { institutionId, districtCode: institution.districtCode };
  assertAllowed(sanctionPolicy(ctx.actor, 'read', facts));
  const [filing] = await ctx.db
    .select({ id: filings.id, filingNumber: filings.filingNumber, status: filings.status })
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial')))
    .orderBy(desc(filings.createdAt))
    .limit(1);
  return {
    institutionId,
    institutionName: institution.name,
    districtCode: institution.districtCode,
    districtName: districtName(institution.districtCode, ctx.locale),
    openRectifications: await openRectificationCount(ctx, institutionId),
    overdueRectifications: await overdueRectificationCount(ctx, institutionId),
    filing: filing ?? null,
    sanctions: await sanctionViews(ctx.db, institutionId),
    canSanction: ctx.actor.kind === 'user' && sanctionPolicy(ctx.actor, 'decide', facts).allowed,
  };
}
