import { and, asc, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { addDays, districtName, publicityPhase, shanghaiDate } from '@jiping/domain';
import { PublicResultsQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, resultsPublicationEntries, resultsPublications } from '../../platform/db/schema.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { AppError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/**
 * How long a publication stays on the portal after its last day, so that someone who objected
 * can still find it (constant: the record itself is kept in the plan's file).
 */
export const SHOWN_AFTER_END_DAYS = 30;

const PUBLIC_COLUMNS = {
  id: resultsPublications.id,
  startsOn: resultsPublications.startsOn,
  endsOn: resultsPublications.endsOn,
  institutionName: institutions.name,
  districtCode: resultsPublications.districtCode,
  occupationCode: evaluationPlans.occupationCode,
  occupationName: occupations.nameZh,
  workType: evaluationPlans.workType,
  level: evaluationPlans.level,
  entries: sql<number>`(select count(*) from results_publication_entries e where e.publication_id = ${resultsPublications.id})`.mapWith(Number),
};

/** Publications on the portal: in publicity, or ended in the last days; newest first. */
export async function listPublicResults({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof PublicResultsQuery> }) {
  const query = parseInput(PublicResultsQuery, input, ctx.locale, 'query');
  const after = decodeCursor<{ startsOn: string; id: string }>(query.cursor);
  const today = shanghaiDate(ctx.now());
  const rows = await publicRows(ctx)
    .where(and(shown(today), after ? or(lt(resultsPublications.startsOn, after.startsOn), and(eq(resultsPublications.startsOn, after.startsOn), lt(resultsPublications.id, after.id))) : undefined))
    .orderBy(desc(resultsPublications.startsOn), desc(resultsPublications.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toPublic(ctx, row, today)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ startsOn: last.startsOn, id: last.id }) : null,
  };
}

/** One publication with its list: masked names and 合格/不合格, nothing else about anyone. */
export async function getPublicResult({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const today = shanghaiDate(ctx.now());
  const [row] = await publicRows(ctx).where(and(eq(resultsPublications.id, id), shown(today)));
  if (!row) throw new AppError('NOT_FOUND', 'results.notPublic');
  const entries = await ctx.db
    .select({ id: resultsPublicationEntries.id, entryNo: resultsPublicationEntries.entryNo, name: resultsPublicationEntries.maskedName, outcome: resultsPublicationEntries.outcome })
    .from(resultsPublicationEntries)
    .where(eq(resultsPublicationEntries.publicationId, id))
    .orderBy(asc(resultsPublicationEntries.entryNo));
  return {
    ...toPublic(ctx, row, today),
    items: entries.map((e) => ({ ...e, occupationName: row.occupationName, workType: row.workType, level: row.level })),
  };
}

function publicRows(ctx: ServiceContext) {
  return ctx.db
    .select(PUBLIC_COLUMNS)
    .from(resultsPublications)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsPublications.planId))
    .innerJoin(institutions, eq(institutions.id, resultsPublications.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .$dynamic();
}

function shown(today: string) {
  return and(sql`${resultsPublications.startsOn} <= ${today}`, gte(resultsPublications.endsOn, addDays(today, -SHOWN_AFTER_END_DAYS)));
}

type PublicRow = Awaited<ReturnType<typeof publicRows>>[number];

function toPublic(ctx: ServiceContext, row: PublicRow, today: string) {
  const { districtCode, ...rest } = row;
  return { ...rest, districtName: districtName(districtCode, ctx.locale), open: publicityPhase(today, row.startsOn, row.endsOn) === 'open' };
}
