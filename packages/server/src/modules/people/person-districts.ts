import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { personRelations } from '../../platform/db/schema.ts';

/**
 * The districts that know a person, whose officers may confirm or unlink their identity: the
 * district their resident ID was issued in (when a Shanghai one) and every district where an
 * institution recorded a relation with them.
 */
export async function districtsKnowingPerson(db: Db, personId: string, issuedIn: string | null): Promise<string[]> {
  const related = await db.selectDistinct({ districtCode: personRelations.districtCode }).from(personRelations).where(eq(personRelations.personId, personId));
  return [...new Set([...(issuedIn ? [issuedIn] : []), ...related.map((r) => r.districtCode)])].sort();
}
