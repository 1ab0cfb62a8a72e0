import { and, desc, eq, inArray } from 'drizzle-orm';
import { formatScore, ownPersonIds } from '@jiping/domain';
import type { MyScores } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, registrations } from '../../platform/db/schema.ts';
import { registrationOutcomes } from './attempt-results.ts';

/**
 * 我的成绩: the linked person's admitted applications with each required component's result and
 * the outcome. Only scores of signed-off sessions are shown; the rest read as pending. Nobody
 * else's, whatever the account's other roles.
 */
export async function listMyScores({ ctx }: { ctx: ServiceContext }): Promise<MyScores> {
  const personIds = ownPersonIds(ctx.actor);
  if (!personIds.length) return { items: [] };
  const rows = await ctx.db
    .select({
      registration: registrations,
      examStart: evaluationPlans.examStart,
      workType: evaluationPlans.workType,
      institutionName: institutions.name,
      occupationName: occupations.nameZh,
    })
    .from(registrations)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId))
    .innerJoin(occupations, eq(occupations.code, registrations.occupationCode))
    .where(and(inArray(registrations.personId, personIds), eq(registrations.status, 'admitted')))
    .orderBy(desc(evaluationPlans.examStart))
    .limit(100);
  const outcomes = await registrationOutcomes(
    ctx,
    rows.map((r) => r.registration.id),
  );
  const items: MyScores['items'] = rows.map((row) => {
    const r = row.registration;
    const { outcome, passMark } = outcomes.get(r.id)!;
    return {
      registrationId: r.id,
      occupationCode: r.occupationCode,
      occupationName: row.occupationName,
      workType: row.workType,
      level: r.level,
      institutionName: row.institutionName,
      examStart: row.examStart,
      attempt: r.attempt === 'resit' ? 'resit' : 'regular',
      result: outcome.result,
      passMark,
      components: outcome.components.map((c) => ({
        component: c.component,
        standing: c.standing,
        score: c.scoreCenti === null ? null : Number(formatScore(c.scoreCenti)),
        examDate: c.examDate,
        keptUntil: c.keptUntil,
      })),
    };
  });
  return { items };
}
