import { and, asc, eq, gt, ilike, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { canListDirectRecognitions, institutionScope, ownPersonIds, planPolicy, registrationPolicy, shanghaiDate } from '@jiping/domain';
import { RegistrationListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examTickets, institutions, occupations, persons, registrations } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { withActions } from '../plans/index.ts';
import { resitBases } from '../scores/index.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { registrationFacts, registrationSelect, toRegistrationView } from './registration-view.ts';

/** A plan's applications in the order they arrived, for the institution and its supervisors. */
export async function listPlanRegistrations({ ctx, planId, input }: { ctx: ServiceContext; planId: string; input: z.input<typeof RegistrationListQuery> }) {
  const query = parseInput(RegistrationListQuery, input, ctx.locale);
  const [plan] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw notFound('plan');
  assertAllowed(planPolicy(ctx.actor, 'read', plan));
  const after = decodeInstantCursor(query.cursor);
  const conditions: SQL[] = [eq(registrations.planId, planId)];
  if (query.status) conditions.push(eq(registrations.status, query.status));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(or(ilike(persons.name, like), sql`exists (select 1 from ${examTickets} where ${examTickets.registrationId} = ${registrations.id} and ${examTickets.ticketNumber} ilike ${like})`)!);
  }
  if (after) conditions.push(or(gt(registrations.createdAt, after.at), and(eq(registrations.createdAt, after.at), gt(registrations.id, after.id)))!);
  const rows = await registrationSelect(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toRegistrationView(ctx.actor, row, ctx.now())),
    nextCursor: rows.length > query.limit && last ? encodeInstantCursor(last.registration.createdAt, last.registration.id) : null,
  };
}

/** The candidate's own applications, newest first. */
export async function listMyRegistrations({ ctx }: { ctx: ServiceContext }) {
  const actor = ctx.actor;
  const personIds = ownPersonIds(actor);
  if (!personIds.length) return { items: [] };
  const rows = await registrationSelect(ctx.db)
    .where(inArray(registrations.personId, personIds))
    .orderBy(sql`${registrations.createdAt} desc`)
    .limit(200);
  return { items: rows.map((row) => toRegistrationView(actor, row, ctx.now())) };
}

export async function getRegistration({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await registrationSelect(ctx.db).where(eq(registrations.id, id));
  if (!row) throw notFound('registration');
  assertAllowed(registrationPolicy(ctx.actor, 'read', registrationFacts(row.registration, row.examStart, ctx.now())));
  return toRegistrationView(ctx.actor, row, ctx.now());
}

/**
 * Plans open for applications across the city: acknowledged by their district and not yet
 * started. Public facts of a filed plan, so any signed-in user may list them.
 */
export async function listOpenPlans({ ctx }: { ctx: ServiceContext }) {
  const today = shanghaiDate(ctx.now());
  const rows = await ctx.db
    .select({ plan: evaluationPlans, institutionName: institutions.name, institutionCategory: institutions.category, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(and(eq(evaluationPlans.status, 'acknowledged'), gt(evaluationPlans.examStart, today)))
    .orderBy(asc(evaluationPlans.examStart), asc(evaluationPlans.id))
    .limit(500);
  const resit = await resitVerdicts(
    ctx,
    rows.map((row) => row.plan),
  );
  return {
    items: rows.map((row) => ({
      ...withActions(ctx.actor, row.plan),
      institutionName: row.institutionName,
      institutionCategory: row.institutionCategory,
      occupationName: row.occupationName,
      resit: resit?.get(row.plan.id) ?? null,
    })),
  };
}

/**
 * For a candidate's own person, whether each plan would take them as a resit and, if not, why:
 * the application form shows it, in the words the application itself would be refused with.
 * Only plans of an occupation and level they have sat before need a look.
 */
async function resitVerdicts(ctx: ServiceContext, plans: ReadonlyArray<typeof evaluationPlans.$inferSelect>) {
  const personId = ownPersonIds(ctx.actor)[0];
  if (!personId) return null;
  const sat = await ctx.db
    .selectDistinct({ occupationCode: registrations.occupationCode, level: registrations.level })
    .from(registrations)
    .where(and(eq(registrations.personId, personId), eq(registrations.status, 'admitted')));
  const verdicts = new Map<string, { allowed: boolean; reason: string | null }>();
  const none = translate('registration.resit.noEarlierAttempt', ctx.locale);
  for (const plan of plans) {
    const basis = sat.some((s) => s.occupationCode === plan.occupationCode && s.level === plan.level) ? (await resitBases(ctx, [personId], plan)).get(personId)! : null;
    verdicts.set(plan.id, basis?.ok ? { allowed: true, reason: null } : { allowed: false, reason: basis ? translate(`registration.resit.${basis.reason}`, ctx.locale, basis.params) : none });
  }
  return verdicts;
}

/** 破格 requests for the districts (and the city) that give the second approval, oldest first. */
export async function listDirectRecognitions({ ctx, status }: { ctx: ServiceContext; status: 'pending' | 'decided' }) {
  assertAllowed(canListDirectRecognitions(ctx.actor));
  const scope = institutionScope(ctx.actor);
  const conditions: SQL[] = [isNotNull(registrations.directRecognition)];
  conditions.push(status === 'pending' ? eq(registrations.status, 'direct_pending') : ne(registrations.status, 'direct_pending'));
  if (!scope.all) conditions.push(inArray(registrations.districtCode, scope.districtCodes));
  const rows = await registrationSelect(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(registrations.updatedAt))
    .limit(500);
  return { items: rows.map((row) => toRegistrationView(ctx.actor, row, ctx.now())) };
}
