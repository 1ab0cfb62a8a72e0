import { eq } from 'drizzle-orm';
import type { InstitutionCategory } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { institutions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { filedOccupationCodes } from './queries.ts';

export interface InstitutionFacts {
  id: string;
  districtCode: string;
  category: InstitutionCategory;
}

/** The institution's facts that decide who may see its relations and which relations it may hold. */
export async function loadInstitutionFacts(db: Db, id: string): Promise<InstitutionFacts> {
  const [row] = await db.select({ id: institutions.id, districtCode: institutions.districtCode, category: institutions.category }).from(institutions).where(eq(institutions.id, id));
  if (!row) throw notFound('institution');
  return row;
}

/** The facts `institutionPolicy` decides on (district, filed occupations), for modules that show an institution's own things to whoever may see it. */
export async function loadInstitutionPolicyFacts(db: Db, id: string): Promise<{ id: string; districtCode: string; occupationCodes: string[] }> {
  const { districtCode } = await loadInstitutionFacts(db, id);
  return { id, districtCode, occupationCodes: await filedOccupationCodes(db, id) };
}
