import { desc, eq, type SQL } from 'drizzle-orm';
import type { ConflictView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { conflictDeclarations, persons, staffMembers } from '../../platform/db/schema.ts';

/** Declared ties with the names of both sides, newest first. */
export async function conflictViews(db: Db, where: SQL | undefined): Promise<ConflictView[]> {
  const rows = await db
    .select({
      id: conflictDeclarations.id,
      staffId: conflictDeclarations.staffId,
      staffName: staffMembers.name,
      personId: conflictDeclarations.personId,
      personName: persons.name,
      kind: conflictDeclarations.kind,
      note: conflictDeclarations.note,
      declaredAs: conflictDeclarations.declaredAs,
      createdAt: conflictDeclarations.createdAt,
    })
    .from(conflictDeclarations)
    .innerJoin(staffMembers, eq(staffMembers.id, conflictDeclarations.staffId))
    .innerJoin(persons, eq(persons.id, conflictDeclarations.personId))
    .where(where)
    .orderBy(desc(conflictDeclarations.createdAt), desc(conflictDeclarations.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
