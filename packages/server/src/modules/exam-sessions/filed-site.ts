import { eq } from 'drizzle-orm';
import type { FilingContent } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { filings } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { PlanRow } from './session-facts.ts';

/**
 * The plan's site as the filing in force records it: its address and its rooms with their filed
 * capacity. Sessions take these from the filing, never from what the clerk types, and a filing
 * no longer in force (suspended, terminated) schedules nothing.
 */
export async function filedSite(db: Db, plan: Pick<PlanRow, 'filingId' | 'siteName'>) {
  const [filing] = await db.select({ status: filings.status, content: filings.content, institutionCode: filings.institutionCode }).from(filings).where(eq(filings.id, plan.filingId));
  if (filing?.status !== 'approved') throw new AppError('PRECONDITION_FAILED', 'plan.noFilingInForce');
  const site = (filing.content as FilingContent).sites.find((s) => s.name === plan.siteName);
  return { address: site?.address ?? '', rooms: site?.rooms.map((r) => ({ name: r.name, capacity: r.capacity })) ?? [], institutionCode: filing.institutionCode };
}
