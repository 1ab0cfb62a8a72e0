import type { PersonView } from '@jiping/contracts';
import { persons } from '../../platform/db/schema.ts';

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
