import { eq } from 'drizzle-orm';
import { formatScore, scoreCorrectionPolicy, type Actor } from '@jiping/domain';
import type { ScoreCorrectionView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, examSessions, examTickets, institutions, occupations, persons, registrations, scoreCorrections } from '../../platform/db/schema.ts';

export type CorrectionRow = typeof scoreCorrections.$inferSelect;

export function correctionSelect(db: Db) {
  return db
    .select({
      correction: scoreCorrections,
      personName: persons.name,
      ticketNumber: examTickets.ticketNumber,
      institutionName: institutions.name,
      occupationCode: evaluationPlans.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      sessionStartsAt: examSessions.startsAt,
    })
    .from(scoreCorrections)
    .innerJoin(registrations, eq(registrations.id, scoreCorrections.registrationId))
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .innerJoin(institutions, eq(institutions.id, scoreCorrections.institutionId))
    .innerJoin(examSessions, eq(examSessions.id, scoreCorrections.sessionId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, examSessions.planId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .leftJoin(examTickets, eq(examTickets.registrationId, scoreCorrections.registrationId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof correctionSelect>['where']>>[number];

export function toCorrectionView(actor: Actor, row: Selected): ScoreCorrectionView {
  const c = row.correction;
  return {
    id: c.id,
    sessionId: c.sessionId,
    registrationId: c.registrationId,
    personName: row.personName,
    ticketNumber: row.ticketNumber ?? '',
    institutionId: c.institutionId,
    institutionName: row.institutionName,
    districtCode: c.districtCode,
    occupationCode: row.occupationCode,
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    component: c.component,
    sessionStartsAt: row.sessionStartsAt.toISOString(),
    oldScore: Number(formatScore(c.oldScoreCenti)),
    newScore: Number(formatScore(c.newScoreCenti)),
    reason: c.reason,
    status: c.status,
    requestedByName: c.requestedByName,
    requestedAt: c.requestedAt.toISOString(),
    decidedByName: c.decidedByName,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    decisionReason: c.decisionReason,
    version: c.version,
    allowedActions: scoreCorrectionPolicy(actor, 'decide', c).allowed ? ['decide'] : [],
  };
}
