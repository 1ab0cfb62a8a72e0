import { registrationPolicy, shanghaiDate, type Actor, type AdmissionResult, type RegistrationFacts } from '@jiping/domain';
import type { RegistrationView } from '@jiping/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, occupations, persons, registrations } from '../../platform/db/schema.ts';

export type RegistrationRow = typeof registrations.$inferSelect;

/** The columns every registration view needs, joined once. */
export function registrationSelect(db: Db) {
  return db
    .select({
      registration: registrations,
      personName: persons.name,
      personIdNumberMasked: persons.idNumberMasked,
      workType: evaluationPlans.workType,
      examStart: evaluationPlans.examStart,
      occupationName: occupations.nameZh,
    })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .innerJoin(occupations, eq(occupations.code, registrations.occupationCode));
}

export type RegistrationJoined = Awaited<ReturnType<ReturnType<typeof registrationSelect>['where']>>[number];

export function registrationFacts(row: RegistrationRow, examStart: string, now: Date): RegistrationFacts {
  return {
    institutionId: row.institutionId,
    districtCode: row.districtCode,
    personId: row.personId,
    status: row.status as RegistrationFacts['status'],
    examStarted: shanghaiDate(now) >= examStart,
  };
}

export function toRegistrationView(actor: Actor, joined: RegistrationJoined, now: Date): RegistrationView {
  const row = joined.registration;
  const facts = registrationFacts(row, joined.examStart, now);
  return {
    id: row.id,
    planId: row.planId,
    personId: row.personId,
    personName: joined.personName,
    personIdNumberMasked: joined.personIdNumberMasked,
    institutionId: row.institutionId,
    occupationCode: row.occupationCode,
    occupationName: joined.occupationName,
    workType: joined.workType,
    level: row.level,
    examStart: joined.examStart,
    kind: row.kind as RegistrationView['kind'],
    attempt: row.attempt as RegistrationView['attempt'],
    channel: row.channel as RegistrationView['channel'],
    status: row.status as RegistrationView['status'],
    admission: row.admission as AdmissionResult,
    overridden: row.overridden,
    reviewReason: row.reviewReason,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    allowedActions: (['review', 'withdraw'] as const).filter((op) => registrationPolicy(actor, op, facts).allowed),
  };
}
