import { and, inArray, isNull } from 'drizzle-orm';
import { isLevel, type CatalogueEntry } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { occupationLevels, occupations, occupationWorkTypes } from '../../platform/db/schema.ts';

/**
 * The registrable (not withdrawn) catalogue entries for some occupation codes, as the domain's
 * scope check wants them. Exported for other modules: filings and plans check scope through it.
 */
export async function activeCatalogue(db: Db, codes: readonly string[]): Promise<Map<string, CatalogueEntry>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  // One query after another: inside a transaction `db` is a single connection, which runs one query at a time.
  const rows = await db
    .select()
    .from(occupations)
    .where(and(inArray(occupations.code, unique), isNull(occupations.withdrawnOn)));
  const workTypes = await db
    .select()
    .from(occupationWorkTypes)
    .where(and(inArray(occupationWorkTypes.occupationCode, unique), isNull(occupationWorkTypes.withdrawnOn)));
  const levels = await db
    .select()
    .from(occupationLevels)
    .where(and(inArray(occupationLevels.occupationCode, unique), isNull(occupationLevels.withdrawnOn)));
  return new Map(
    rows.map((row) => [
      row.code,
      {
        code: row.code,
        nameZh: row.nameZh,
        workTypes: workTypes.filter((w) => w.occupationCode === row.code).map((w) => w.name),
        levels: levels
          .filter((l) => l.occupationCode === row.code)
          .map((l) => l.level)
          .filter(isLevel),
      },
    ]),
  );
}
