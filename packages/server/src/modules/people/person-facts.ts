import { eq } from 'drizzle-orm';
import type { PersonFacts } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { personRelations, persons } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import type { PersonRow } from './person-view.ts';

/**
 * Loads a person with the facts the person policy needs. `forUpdate` locks the row, which also
 * serialises everything that changes the person (profile edits, relations recorded for them).
 */
export async function loadPerson(db: Db, id: string, { forUpdate = false } = {}): Promise<{ row: PersonRow; facts: PersonFacts }> {
  const query = db.select().from(persons).where(eq(persons.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('person');
  const related = await db.selectDistinct({ institutionId: personRelations.institutionId }).from(personRelations).where(eq(personRelations.personId, id));
  return {
    row,
    facts: { id: row.id, createdByInstitutionId: row.createdByInstitutionId, relatedInstitutionIds: related.map((r) => r.institutionId) },
  };
}
