import { asc, eq } from 'drizzle-orm';
import type { PersonDetail, PersonProfile, PersonView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { evidenceFiles, persons } from '../../platform/db/schema.ts';
import { toEvidenceFileView } from './evidence-files.ts';

export type PersonRow = typeof persons.$inferSelect;

/** The masked view every list and page shows; full values need `revealPerson`. */
export function toPersonView(row: PersonRow): PersonView {
  return {
    id: row.id,
    idType: row.idType as PersonView['idType'],
    idNumberMasked: row.idNumberMasked,
    name: row.name,
    gender: (row.gender as PersonView['gender']) ?? null,
    birthDate: row.birthDate,
    phoneMasked: row.phoneMasked,
    version: row.version,
  };
}

/** The masked person with their declared profile and the evidence files they can cite. */
export async function personDetail(db: Db, row: PersonRow): Promise<PersonDetail> {
  const files = await db.select().from(evidenceFiles).where(eq(evidenceFiles.personId, row.id)).orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
  return { ...toPersonView(row), profile: row.profile as PersonProfile, files: files.map(toEvidenceFileView) };
}
