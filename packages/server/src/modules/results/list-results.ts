import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { canListResults, hasRole, resultsStage, shanghaiDate } from '@jiping/domain';
import { ResultsListQuery, type ResultsListItem } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, planArchives, resultsPublications, resultsSubmissions } from '../../platform/db/schema.ts';
import { scopeWhere } from '../../platform/db/scope-sql.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** Plans listed at most; the newest exams first. */
const MAX_PLANS = 500;

/**
 * Plans under way or done in the actor's scope, each with where its results stand: publicity
 * dates, open objections, the latest submission (with its lateness) and the archive. Inspectors,
 * who have no territorial scope, see every plan whose results were published.
 */
export async function listResults({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof ResultsListQuery> }): Promise<{ items: ResultsListItem[] }> {
  assertAllowed(canListResults(ctx.actor));
  const { stage } = parseInput(ResultsListQuery, input, ctx.locale, 'query');
  const scope = scopeWhere(ctx.actor, {
    districtCode: evaluationPlans.districtCode,
    institutionId: evaluationPlans.institutionId,
    occupations: (codes) => inArray(evaluationPlans.occupationCode, codes),
  });
  const visible = hasRole(ctx.actor, 'inspector') ? or(scope, sql`${resultsPublications.id} is not null`) : scope;
  const rows = await ctx.db
    .select({
      plan: evaluationPlans,
      institutionName: institutions.name,
      institutionCategory: institutions.category,
      occupationName: occupations.nameZh,
      sessions: sql<number>`(select count(*) from exam_sessions s where s.plan_id = ${evaluationPlans.id} and s.status <> 'cancelled')`.mapWith(Number),
      signedOff: sql<number>`(select count(*) from exam_sessions s where s.plan_id = ${evaluationPlans.id} and s.status = 'signed_off')`.mapWith(Number),
      openObjections: sql<number>`(select count(*) from results_objections o where o.plan_id = ${evaluationPlans.id} and o.status = 'open')`.mapWith(Number),
      publication: { startsOn: resultsPublications.startsOn, endsOn: resultsPublications.endsOn },
      submission: { status: resultsSubmissions.status, submittedOn: resultsSubmissions.submittedOn, lateWorkingDays: resultsSubmissions.lateWorkingDays, reviewDueOn: resultsSubmissions.reviewDueOn },
      archivedOn: planArchives.archivedOn,
    })
    .from(evaluationPlans)
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .leftJoin(resultsPublications, eq(resultsPublications.planId, evaluationPlans.id))
    .leftJoin(
      resultsSubmissions,
      and(eq(resultsSubmissions.planId, evaluationPlans.id), sql`${resultsSubmissions.attempt} = (select max(attempt) from results_submissions l where l.plan_id = ${evaluationPlans.id})`),
    )
    .leftJoin(planArchives, eq(planArchives.planId, evaluationPlans.id))
    .where(and(inArray(evaluationPlans.status, ['acknowledged', 'closed']), visible))
    .orderBy(desc(evaluationPlans.examEnd), desc(evaluationPlans.id))
    .limit(MAX_PLANS);
  const today = shanghaiDate(ctx.now());
  const items = rows.map((row): ResultsListItem => {
    const { publication, submission } = row;
    const p = row.plan;
    return {
      id: p.id,
      institutionId: p.institutionId,
      institutionName: row.institutionName,
      institutionCategory: row.institutionCategory,
      districtCode: p.districtCode,
      occupationCode: p.occupationCode,
      occupationName: row.occupationName,
      workType: p.workType,
      level: p.level,
      examStart: p.examStart,
      examEnd: p.examEnd,
      status: p.status,
      stage: resultsStage({ planStatus: p.status, sessions: row.sessions, signedOff: row.signedOff, publication, openObjections: row.openObjections, submission: submission?.status ?? null, today }),
      publicityStartsOn: publication?.startsOn ?? null,
      publicityEndsOn: publication?.endsOn ?? null,
      openObjections: row.openObjections,
      submission,
      archivedOn: row.archivedOn,
    };
  });
  return { items: stage ? items.filter((item) => item.stage === stage) : items };
}
