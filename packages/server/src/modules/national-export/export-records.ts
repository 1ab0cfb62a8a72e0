import { asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatExportScore, shanghaiDate, statusAfter, type ExamComponent, type NationalExportRecord } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateEvents, certificates, componentScores, examSessions, filings, persons } from '../../platform/db/schema.ts';

/** Shanghai wall-clock time with its offset: `2026-04-29T10:00:00+08:00`. */
export function shanghaiTimestamp(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

export interface PreparedEvent {
  eventId: number;
  certificateId: string;
  institutionId: string;
  occurredOn: string;
  /** The export record with `idNumber` still sealed: unsealed only when the city downloads the file. */
  record: NationalExportRecord;
}

/**
 * The export records of events, in event order: the certificate as issued, the change and its
 * status after it, the numbers it replaces or is replaced by, the filing number and the
 * candidate's component scores (the latest locked score per component of the certificate's
 * application). A few set-based queries, whatever the number of events.
 */
export async function exportRecords(ctx: ServiceContext, eventIds: readonly number[]): Promise<PreparedEvent[]> {
  if (!eventIds.length) return [];
  const replaced = alias(certificates, 'replaced');
  const rows = await ctx.db
    .select({ event: certificateEvents, certificate: certificates, idNumberSealed: persons.idNumberSealed, filingNumber: filings.filingNumber, replacesNumber: replaced.number })
    .from(certificateEvents)
    .innerJoin(certificates, eq(certificates.id, certificateEvents.certificateId))
    .innerJoin(persons, eq(persons.id, certificates.personId))
    .innerJoin(filings, eq(filings.id, certificates.filingId))
    .leftJoin(replaced, eq(replaced.id, certificates.replacesId))
    .where(inArray(certificateEvents.id, [...eventIds]))
    .orderBy(asc(certificateEvents.id));
  const certificateIds = [...new Set(rows.map((r) => r.certificate.id))];
  const successors = await ctx.db
    .select({ replacesId: certificates.replacesId, number: certificates.number })
    .from(certificates)
    .where(inArray(certificates.replacesId, certificateIds))
    .orderBy(asc(certificates.createdAt), asc(certificates.id));
  const replacedBy = new Map<string, string>();
  for (const s of successors) if (s.replacesId && !replacedBy.has(s.replacesId)) replacedBy.set(s.replacesId, s.number);
  const registrationIds = [...new Set(rows.map((r) => r.certificate.registrationId))];
  const scores = await ctx.db
    .select({ registrationId: componentScores.registrationId, component: componentScores.component, scoreCenti: componentScores.scoreCenti, absent: componentScores.absent })
    .from(componentScores)
    .innerJoin(examSessions, eq(examSessions.id, componentScores.sessionId))
    .where(sql`${inArray(componentScores.registrationId, registrationIds)} and ${isNotNull(componentScores.lockedAt)}`)
    .orderBy(desc(examSessions.startsAt), desc(componentScores.sessionId));
  const scoreOf = new Map<string, { scoreCenti: number | null; absent: boolean }>();
  for (const s of scores) {
    const key = `${s.registrationId}:${s.component}`;
    if (!scoreOf.has(key)) scoreOf.set(key, s);
  }
  const score = (registrationId: string, component: ExamComponent) => formatExportScore(scoreOf.get(`${registrationId}:${component}`));
  return rows.map(({ event, certificate: c, idNumberSealed, filingNumber, replacesNumber }) => ({
    eventId: event.id,
    certificateId: c.id,
    institutionId: event.institutionId,
    occurredOn: shanghaiDate(event.occurredAt),
    record: {
      eventId: event.id,
      changeKind: event.kind,
      occurredAt: shanghaiTimestamp(event.occurredAt),
      certificateNumber: c.number,
      status: statusAfter(event.kind),
      holderName: c.holderName,
      idType: c.idType,
      idNumber: idNumberSealed,
      occupationCode: c.occupationCode,
      occupationName: c.occupationName,
      workType: c.workType,
      level: c.level,
      institutionName: c.institutionName,
      issueDate: c.issueDate,
      revokedOn: event.kind === 'revoked' && c.revokedAt ? shanghaiDate(c.revokedAt) : '',
      revocationReason: event.kind === 'revoked' ? (c.revocationReason ?? '') : '',
      replacesNumber: replacesNumber ?? '',
      replacedByNumber: event.kind === 'replaced' ? (replacedBy.get(c.id) ?? '') : '',
      theoryScore: score(c.registrationId, 'theory'),
      skillScore: score(c.registrationId, 'skill'),
      reviewScore: score(c.registrationId, 'review'),
      planId: c.planId,
      filingNumber: filingNumber ?? '',
    },
  }));
}
