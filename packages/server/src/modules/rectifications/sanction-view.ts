import { desc, eq } from 'drizzle-orm';
import type { SanctionView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { inspections, sanctions, users } from '../../platform/db/schema.ts';

/** The sanctions decided on an institution, newest first, with who decided them. */
export async function sanctionViews(db: Db, institutionId: string): Promise<SanctionView[]> {
  const rows = await db
    .select({ sanction: sanctions, inspectionNumber: inspections.number, decidedByName: users.displayName })
    .from(sanctions)
    .leftJoin(inspections, eq(inspections.id, sanctions.inspectionId))
    .leftJoin(users, eq(users.id, sanctions.decidedBy))
    .where(eq(sanctions.institutionId, institutionId))
    .orderBy(desc(sanctions.decidedAt), desc(sanctions.id));
  return rows.map(({ sanction: s, inspectionNumber, decidedByName }) => ({
    id: s.id,
    kind: s.kind,
    months: s.months,
    reason: s.reason,
    endsOn: s.endsOn,
    inspectionId: s.inspectionId,
    inspectionNumber,
    filingId: s.filingId,
    decidedAt: s.decidedAt.toISOString(),
    decidedByName,
  }));
}
