import { asc, isNull } from 'drizzle-orm';
import { isLevel, type Level } from '@jiping/domain';
import type { District, Occupation } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { districts, occupationLevels, occupations, occupationWorkTypes } from '../../platform/db/schema.ts';

export async function listDistricts({ ctx }: { ctx: ServiceContext }): Promise<District[]> {
  return ctx.db.select({ code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn }).from(districts).orderBy(asc(districts.sort));
}

/** The registrable catalogue in force: occupations with their 工种 and levels, withdrawn entries left out. */
export async function listOccupations({ ctx }: { ctx: ServiceContext }): Promise<Occupation[]> {
  const [rows, workTypes, levels] = await Promise.all([
    ctx.db.select().from(occupations).where(isNull(occupations.withdrawnOn)).orderBy(asc(occupations.code)),
    ctx.db.select().from(occupationWorkTypes).where(isNull(occupationWorkTypes.withdrawnOn)).orderBy(asc(occupationWorkTypes.name)),
    ctx.db.select().from(occupationLevels).where(isNull(occupationLevels.withdrawnOn)).orderBy(asc(occupationLevels.level)),
  ]);
  return rows.map((row) => ({
    code: row.code,
    nameZh: row.nameZh,
    verified: row.verified,
    standardVersion: row.standardVersion,
    workTypes: workTypes.filter((w) => w.occupationCode === row.code).map((w) => w.name),
    levels: levels
      .filter((l) => l.occupationCode === row.code)
      .map((l) => l.level)
      .filter(isLevel)
      .sort((a: Level, b: Level) => b - a),
  }));
}
