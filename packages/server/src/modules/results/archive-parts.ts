import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Locale } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { rows } from '../../platform/db/client.ts';
import {
  componentScores,
  examSeats,
  examSessions,
  filings,
  filingScope,
  persons,
  registrations,
  resultsObjections,
  resultsPublicationEntries,
  resultsSubmissions,
  sessionStaff,
} from '../../platform/db/schema.ts';
import { csvText } from '../../platform/files/csv.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { PlanResults } from './results-facts.ts';

/** One file of the archive: its name, which part of the file it is, how many records it holds. */
export interface ArchivePart {
  file: string;
  part: string;
  /** Null when the platform records nothing of the kind yet (the index says so). */
  records: number | null;
  content: string;
}

/**
 * Tables that other parts of exam operations add: read generically (each row as JSON) when they
 * exist, so the file holds them from the day they do, and said to be not recorded until then.
 */
const SESSION_TABLES = [
  { file: '07-incidents.json', part: 'incidents', table: 'exam_incidents' },
  { file: '09-examiner-scores.json', part: 'examinerScores', table: 'examiner_scores' },
] as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every part of a plan's file (docs/domain.md "Archives"): the plan and the filing it rests on,
 * eligibility decisions, sessions, staffing, check-ins, incidents, score sheets, publicity,
 * objections (contacts masked: the sealed value never leaves), submissions, and the archive's
 * retention. ID numbers are masked unless `fullIdNumbers`; then the people whose number is
 * included are returned, for the caller to audit each as a reveal.
 */
export async function archiveParts(ctx: ServiceContext, keyring: Keyring, results: PlanResults, fullIdNumbers: boolean): Promise<{ parts: ArchivePart[]; revealedPersonIds: string[] }> {
  const { plan, publication } = results;
  const parts: ArchivePart[] = [];
  const add = (file: string, part: string, records: number | null, content: string) => parts.push({ file, part, records, content });

  add('01-plan.json', 'plan', 1, json(plan));

  const [filing] = await ctx.db.select().from(filings).where(eq(filings.id, plan.filingId));
  const scope = await ctx.db.select().from(filingScope).where(eq(filingScope.filingId, plan.filingId));
  add('02-filing.json', 'filing', 1, json({ ...filing, scope }));

  const applications = await ctx.db
    .select({ registration: registrations, person: { id: persons.id, name: persons.name, idType: persons.idType, idNumberMasked: persons.idNumberMasked, idNumberSealed: persons.idNumberSealed } })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(eq(registrations.planId, plan.id))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  add(
    '03-eligibility.json',
    'eligibility',
    applications.length,
    json(
      applications.map(({ registration: r, person }) => ({
        id: r.id,
        personName: person.name,
        idType: person.idType,
        idNumber: fullIdNumbers ? unseal(keyring, 'id_number', person.idNumberSealed) : person.idNumberMasked,
        status: r.status,
        kind: r.kind,
        attempt: r.attempt,
        channel: r.channel,
        admissible: r.admissible,
        overridden: r.overridden,
        reviewReason: r.reviewReason,
        reviewedAt: r.reviewedAt,
        directRecognition: r.directRecognition,
        createdAt: r.createdAt,
        admission: r.admission,
      })),
    ),
  );
  const names = new Map(applications.map(({ registration, person }) => [registration.id, person.name]));

  const sessions = await ctx.db.select().from(examSessions).where(eq(examSessions.planId, plan.id)).orderBy(asc(examSessions.startsAt), asc(examSessions.id));
  const sessionIds = sessions.map((s) => s.id);
  add(
    '04-sessions.csv',
    'sessions',
    sessions.length,
    csvText(
      ['id', 'component', 'startsAt', 'endsAt', 'siteName', 'siteAddress', 'room', 'capacity', 'status', 'seatSeed', 'record', 'recordAt', 'signedOffAt'],
      sessions.map((s) => [s.id, s.component, s.startsAt, s.endsAt, s.siteName, s.siteAddress, s.room, s.capacity, s.status, s.seatSeed, s.record, s.recordAt, s.signedOffAt]),
    ),
  );

  const staff = sessionIds.length ? await ctx.db.select().from(sessionStaff).where(inArray(sessionStaff.sessionId, sessionIds)).orderBy(asc(sessionStaff.sessionId), asc(sessionStaff.duty)) : [];
  add(
    '05-staffing.csv',
    'staffing',
    staff.length,
    csvText(
      ['sessionId', 'duty', 'name', 'staffId', 'checkedInAt'],
      staff.map((s) => [s.sessionId, s.duty, s.name, s.staffId, s.checkedInAt]),
    ),
  );

  const seats = sessionIds.length ? await ctx.db.select().from(examSeats).where(inArray(examSeats.sessionId, sessionIds)).orderBy(asc(examSeats.sessionId), asc(examSeats.seatNumber)) : [];
  add(
    '06-check-ins.csv',
    'checkIns',
    seats.length,
    csvText(
      ['sessionId', 'registrationId', 'name', 'seatNumber', 'checkedInAt', 'absent'],
      seats.map((s) => [s.sessionId, s.registrationId, names.get(s.registrationId), s.seatNumber, s.checkedInAt, s.absent]),
    ),
  );

  const scores = sessionIds.length
    ? await ctx.db.select().from(componentScores).where(inArray(componentScores.sessionId, sessionIds)).orderBy(asc(componentScores.registrationId), asc(componentScores.component))
    : [];
  add(
    '08-component-scores.csv',
    'componentScores',
    scores.length,
    csvText(
      ['sessionId', 'registrationId', 'name', 'component', 'score', 'absent', 'passed', 'lockedAt'],
      scores.map((s) => [s.sessionId, s.registrationId, names.get(s.registrationId), s.component, s.scoreCenti === null ? '' : (s.scoreCenti / 100).toFixed(2), s.absent, s.passed, s.lockedAt]),
    ),
  );
  for (const { file, part, table } of SESSION_TABLES) {
    const found = await sessionTableRows(ctx, table, sessionIds);
    add(file, part, found?.length ?? null, json(found ?? []));
  }

  const entries = publication
    ? await ctx.db.select().from(resultsPublicationEntries).where(eq(resultsPublicationEntries.publicationId, publication.id)).orderBy(asc(resultsPublicationEntries.entryNo))
    : [];
  add('10-publicity.json', 'publicity', entries.length, json({ publication, entries }));

  const objections = await ctx.db.select().from(resultsObjections).where(eq(resultsObjections.planId, plan.id)).orderBy(asc(resultsObjections.createdAt));
  add(
    '11-objections.csv',
    'objections',
    objections.length,
    csvText(
      ['id', 'entryId', 'contactName', 'contactKind', 'contact', 'reason', 'status', 'answer', 'createdAt', 'answeredAt'],
      objections.map((o) => [o.id, o.entryId, o.contactName, o.contactKind, o.contactMasked, o.reason, o.status, o.answer, o.createdAt, o.answeredAt]),
    ),
  );

  const submissions = await ctx.db.select().from(resultsSubmissions).where(eq(resultsSubmissions.planId, plan.id)).orderBy(asc(resultsSubmissions.attempt));
  add(
    '12-submissions.csv',
    'submissions',
    submissions.length,
    csvText(
      ['attempt', 'status', 'dueOn', 'submittedOn', 'lateWorkingDays', 'reviewDueOn', 'decidedAt', 'decisionReason', 'correctionDueOn'],
      submissions.map((s) => [s.attempt, s.status, s.dueOn, s.submittedOn, s.lateWorkingDays, s.reviewDueOn, s.decidedAt, s.decisionReason, s.correctionDueOn]),
    ),
  );

  add('13-archive.json', 'archive', results.archive ? 1 : 0, json({ archive: results.archive, generatedAt: ctx.now(), idNumbers: fullIdNumbers ? 'full' : 'masked' }));
  return { parts, revealedPersonIds: fullIdNumbers ? [...new Set(applications.map((a) => a.person.id))] : [] };
}

async function sessionTableRows(ctx: ServiceContext, table: string, sessionIds: string[]): Promise<unknown[] | null> {
  const [present] = await rows<{ present: boolean }>(ctx.db, sql`select to_regclass(${table}) is not null as present`);
  if (!present?.present) return null;
  if (!sessionIds.length) return [];
  const found = await rows<{ row: unknown }>(
    ctx.db,
    sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where t.session_id in (${sql.join(
      sessionIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return found.map((r) => r.row);
}

/** The index: each file with what it holds and how many records, as CSV and as a page to open in a browser. */
export function archiveIndex(parts: ArchivePart[], locale: Locale, idNote: string): { csv: string; html: string } {
  const lines = parts.map((p) => ({
    file: p.file,
    part: translate(`archive.part.${p.part}`, locale),
    records: p.records === null ? '' : String(p.records),
    note: p.records === null ? translate('archive.notRecorded', locale) : p.part === 'eligibility' ? idNote : '',
  }));
  const label = (key: string) => translate(`archive.index.${key}`, locale);
  const header = [label('file'), label('part'), label('rows'), label('note')];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escape(label('title'))}</title></head>
<body><h1>${escape(label('title'))}</h1>
<table border="1" cellpadding="4"><thead><tr>${header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>
${lines.map((l) => `<tr><td><a href="${escape(l.file)}">${escape(l.file)}</a></td><td>${escape(l.part)}</td><td>${escape(l.records)}</td><td>${escape(l.note)}</td></tr>`).join('\n')}
</tbody></table></body></html>
`;
  return {
    csv: csvText(
      header,
      lines.map((l) => [l.file, l.part, l.records, l.note]),
    ),
    html,
  };
}
