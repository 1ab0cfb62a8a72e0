import { registrationPolicy, relationPolicy, shanghaiDate, type Actor, type AdmissionResult, type RegistrationFacts } from '@jiping/domain';
import type { RegistrationView } from '@jiping/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, evidenceFiles, institutions, occupations, persons, registrations } from '../../platform/db/schema.ts';

export type RegistrationRow = typeof registrations.$inferSelect;

/** The 破格 record as stored: the view drops the user ids and keeps the names. */
export interface StoredDirectRecognition {
  reason: string;
  evidenceFileIds: string[];
  requestedAt: string;
  requestedBy: string | null;
  requestedByName: string;
  decision: 'pending' | 'approved' | 'rejected';
  decisionReason: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
}

/**
 * The names of the files a 破格 request cites, read with the row (a registration without one
 * reads nothing), so every view of an application can link its evidence by name.
 */
const directEvidenceFiles = sql<Array<{ id: string; fileName: string }> | null>`(
  select json_agg(json_build_object('id', ${evidenceFiles.id}, 'fileName', ${evidenceFiles.fileName}))
  from ${evidenceFiles}
  where ${evidenceFiles.id} in (select jsonb_array_elements_text(${registrations.directRecognition} -> 'evidenceFileIds')::uuid)
)`;

/** The columns every registration view needs, joined once. */
export function registrationSelect(db: Db) {
  return db
    .select({
      registration: registrations,
      personName: persons.name,
      personIdNumberMasked: persons.idNumberMasked,
      workType: evaluationPlans.workType,
      examStart: evaluationPlans.examStart,
      siteName: evaluationPlans.siteName,
      institutionName: institutions.name,
      institutionDistrictCode: institutions.districtCode,
      occupationName: occupations.nameZh,
      directEvidenceFiles,
    })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .innerJoin(occupations, eq(occupations.code, registrations.occupationCode))
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId));
}

export type RegistrationJoined = Awaited<ReturnType<ReturnType<typeof registrationSelect>['where']>>[number];

export function registrationFacts(row: RegistrationRow, examStart: string, now: Date): RegistrationFacts {
  return {
    institutionId: row.institutionId,
    districtCode: row.districtCode,
    personId: row.personId,
    status: row.status as RegistrationFacts['status'],
    examStarted: shanghaiDate(now) >= examStart,
    directRequestedBy: (row.directRecognition as StoredDirectRecognition | null)?.requestedBy ?? null,
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
    institutionName: joined.institutionName,
    siteName: joined.siteName,
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
    directRecognition: directView(row.directRecognition as StoredDirectRecognition | null, mayOpenEvidence(actor, joined) ? (joined.directEvidenceFiles ?? []) : null),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    allowedActions: (['review', 'withdraw', 'requestDirect', 'decideDirect'] as const).filter((op) => registrationPolicy(actor, op, facts).allowed),
  };
}

/** The 破格 evidence is the institution's: its names go to whoever may open its files (`readEvidenceFile`). */
function mayOpenEvidence(actor: Actor, joined: RegistrationJoined): boolean {
  return relationPolicy(actor, 'read', { id: joined.registration.institutionId, districtCode: joined.institutionDistrictCode }).allowed;
}

function directView(stored: StoredDirectRecognition | null, files: Array<{ id: string; fileName: string }> | null): RegistrationView['directRecognition'] {
  if (!stored) return null;
  const { requestedBy: _requestedBy, decidedBy: _decidedBy, ...shown } = stored;
  const names = new Map(files?.map((file) => [file.id, file.fileName]));
  return { ...shown, evidenceFiles: files && stored.evidenceFileIds.map((id) => ({ id, fileName: names.get(id) ?? '' })) };
}
