import { eq } from 'drizzle-orm';
import { shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filings } from '../../platform/db/schema.ts';
import { unexportedCertificateCount } from '../national-export/index.ts';

/** What keeps a renewal back: certificate changes of the current term not yet acknowledged by the national system. */
export interface RenewalExportBlock {
  count: number;
  from: string;
  until: string;
}

/**
 * A renewal needs every certificate change of the institution during the current term (the
 * validity of the filing in force, up to today) exported to the national query system and
 * acknowledged (docs/domain.md "National export"). Null when nothing is pending or the filing is no renewal.
 */
export async function renewalExportBlock(ctx: ServiceContext, renewal: { kind: string; institutionId: string; baseFilingId: string | null }): Promise<RenewalExportBlock | null> {
  if (renewal.kind !== 'renewal' || !renewal.baseFilingId) return null;
  const [base] = await ctx.db.select({ validFrom: filings.validFrom, validUntil: filings.validUntil }).from(filings).where(eq(filings.id, renewal.baseFilingId));
  if (!base?.validFrom || !base.validUntil) return null;
  const today = shanghaiDate(ctx.now());
  const until = today < base.validUntil ? today : base.validUntil;
  const count = await unexportedCertificateCount(ctx, renewal.institutionId, base.validFrom, until);
  return count ? { count, from: base.validFrom, until } : null;
}
