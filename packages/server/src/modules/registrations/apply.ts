import { and, eq, ne } from 'drizzle-orm';
import { actorUserId, applicationKind, canApply, initialRegistrationStatus, ownPersonIds, shanghaiDate, type Level, type PersonProfile, type ResitBasis } from '@jiping/domain';
import { ApplyBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { persons, registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { admissionFor, loadPlanForRegistration, relationsOf, type PlanForRegistration } from './admission-inputs.ts';
import { registrationSelect, toRegistrationView } from './registration-view.ts';
import { notifyApplicant } from './notify-applicant.ts';
import { resitBases } from '../scores/index.ts';

/** A plan takes applications once the district has acknowledged it, until its first exam day. */
export function assertOpenForRegistration(target: PlanForRegistration, now: Date) {
  if (target.plan.status !== 'acknowledged') throw new AppError('CONFLICT', 'registration.planNotOpen', { planStatus: target.plan.status });
  if (shanghaiDate(now) >= target.plan.examStart) throw new AppError('CONFLICT', 'registration.planStarted', { date: target.plan.examStart });
}

/**
 * A resit (补考) refused: why the earlier attempt cannot carry it (docs/domain.md "Resits"), in
 * the words the group import and the application form use too, on the field it concerns.
 */
export function resitRefused(basis: Exclude<ResitBasis, { ok: true }>) {
  const key = `registration.resit.${basis.reason}`;
  return new AppError('VALIDATION', key, basis.params, [{ field: 'attempt', code: basis.reason, messageKey: key, params: basis.params }]);
}

/**
 * Individual application (个人申报). The engine decides on submission, from the records as they
 * stand, and the decision is stored with the application: eligible ones wait for the
 * institution's review, ineligible ones are refused with every reason unless staff override.
 */
export async function applyToPlan({ ctx, planId, input }: { ctx: ServiceContext; planId: string; input: z.input<typeof ApplyBody> }) {
  const body = parseInput(ApplyBody, input, ctx.locale);
  // Staff name the person; a candidate applies as the person their account is linked to.
  const personId = body.personId ?? ownPersonIds(ctx.actor)[0] ?? null;
  return withTransaction(ctx, async (tx) => {
    const target = await loadPlanForRegistration(tx.db, planId, { forUpdate: true });
    assertAllowed(canApply(tx.actor, target.plan, body.personId ?? null));
    // Only a candidate gets this far without a person: one who has not registered their identity.
    if (!personId) throw new AppError('PRECONDITION_FAILED', 'registration.identityFirst');
    assertOpenForRegistration(target, tx.now());
    const [person] = await tx.db.select().from(persons).where(eq(persons.id, personId));
    if (!person) throw notFound('person');
    // The plan row lock serialises every application to this plan, so this check cannot race.
    const [existing] = await tx.db
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.planId, planId), eq(registrations.personId, personId), ne(registrations.status, 'withdrawn')));
    if (existing) throw new AppError('CONFLICT', 'registration.duplicate', { name: person.name });
    const basis = body.attempt === 'resit' ? (await resitBases(tx, [personId], target.plan)).get(personId)! : null;
    if (basis && !basis.ok) throw resitRefused(basis);
    const relations = (await relationsOf(tx.db, target.plan.institutionId, [personId])).get(personId) ?? [];
    const admission = admissionFor(target, person, relations);
    const [row] = await tx.db
      .insert(registrations)
      .values({
        planId,
        personId,
        institutionId: target.plan.institutionId,
        districtCode: target.plan.districtCode,
        occupationCode: target.plan.occupationCode,
        level: target.plan.level,
        kind: applicationKind(person.profile as PersonProfile, target.plan.occupationCode, target.plan.level as Level),
        attempt: body.attempt,
        resitOf: basis?.ok ? basis.registrationId : null,
        channel: 'individual',
        status: initialRegistrationStatus(admission.admissible),
        admissible: admission.admissible,
        admission,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'registration.submitted',
      entityType: 'registration',
      entityId: row!.id,
      after: { ...row!, admission: undefined },
      detail: { planId, personId, admissible: admission.admissible, ruleSetId: admission.eligibility.ruleSetId, status: row!.status },
    });
    await notifyApplicant(tx, row!, target, person.name);
    const [joined] = await registrationSelect(tx.db).where(eq(registrations.id, row!.id));
    return toRegistrationView(tx.actor, joined!, tx.now());
  });
}
