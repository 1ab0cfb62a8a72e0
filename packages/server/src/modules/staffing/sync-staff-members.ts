import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { staffMembers } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { contentInForce, filedStaff, staffKey } from './filed-staff.ts';

/**
 * Keeps the institution's `staff_members` in step with its filing in force, inside the caller's
 * transaction: run on every approval (initial filing, amendment, renewal), so the rows always say
 * who the filing in force names. New names become rows; renamed or re-qualified ones are updated;
 * those no longer named become inactive (kept, with their links and history, but never assigned
 * again), and come back if a later amendment names them again.
 */
export async function syncStaffMembers(tx: ServiceContext, institutionId: string): Promise<{ added: number; updated: number; deactivated: number }> {
  const filed = filedStaff(await contentInForce(tx.db, institutionId));
  const existing = await tx.db.select().from(staffMembers).where(eq(staffMembers.institutionId, institutionId)).for('update');
  const byKey = new Map(existing.map((row) => [staffKey(row.kind, row.certificateNo, row.name), row]));
  const counts = { added: 0, updated: 0, deactivated: 0 };
  for (const [key, member] of filed) {
    const first = member.qualifications[0];
    const values = { name: member.name, occupationCode: first?.occupationCode ?? null, levels: first?.levels ?? [], active: true };
    const row = byKey.get(key);
    if (!row) {
      await tx.db.insert(staffMembers).values({ institutionId, kind: member.kind, certificateNo: member.certificateNo, ...values, createdAt: tx.now(), updatedAt: tx.now() });
      counts.added += 1;
    } else if (row.name !== values.name || row.occupationCode !== values.occupationCode || row.levels.join() !== values.levels.join() || !row.active) {
      await tx.db
        .update(staffMembers)
        .set({ ...values, version: sql`${staffMembers.version} + 1`, updatedAt: tx.now() })
        .where(eq(staffMembers.id, row.id));
      counts.updated += 1;
    }
  }
  for (const [key, row] of byKey) {
    if (filed.has(key) || !row.active) continue;
    await tx.db
      .update(staffMembers)
      .set({ active: false, version: sql`${staffMembers.version} + 1`, updatedAt: tx.now() })
      .where(eq(staffMembers.id, row.id));
    counts.deactivated += 1;
  }
  if (counts.added + counts.updated + counts.deactivated > 0) {
    const after = await tx.db
      .select({ id: staffMembers.id, kind: staffMembers.kind, name: staffMembers.name, certificateNo: staffMembers.certificateNo, active: staffMembers.active })
      .from(staffMembers)
      .where(eq(staffMembers.institutionId, institutionId));
    await appendAudit(tx, { action: 'staff.synced', entityType: 'institution', entityId: institutionId, after, detail: counts });
  }
  return counts;
}
