import { createHash } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { applicationKind, maskIdNumber, maskPhone, shanghaiDate, type Level, type PersonProfile, type RelationFacts } from '@jiping/domain';
import type { ImportRowError } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { rows as queryRows } from '../../../platform/db/client.ts';
import { institutionAgreements, persons, registrationImports, registrations, userGrants } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../../../platform/crypto/pii.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { AppError } from '../../../platform/errors.ts';
import { getParameter } from '../../parameters/get-parameter.ts';
import { admissionFor, agreementFacts, loadPlanForRegistration, relationsOf, type AgreementRow } from '../admission-inputs.ts';
import { assertOpenForRegistration, withEarlierAttempt } from '../apply.ts';
import { notifyApplicant } from '../notify-applicant.ts';
import { COLUMN_HEADER } from './columns.ts';
import { parseRow, type ParsedRow } from './parse-row.ts';
import { ImportFileError, readImportSheet } from './read-sheet.ts';
import { importProgress } from './progress.ts';
import { countSheetRows } from '../../../platform/files/xlsx.ts';

/** Kept on the import row; the count of all errors is kept too. */
const MAX_STORED_ERRORS = 1000;

class RejectImport extends Error {}

interface Tally {
  total: number;
  accepted: number;
  errorRows: number;
  errors: ImportRowError[];
  newPersons: number;
  registrationIds: string[];
}

/**
 * Runs one group registration import. The whole file is read and written in one transaction,
 * batch by batch, so memory stays flat however long the sheet is: in "all or nothing" mode any
 * bad row rolls everything back; in "valid rows" mode exactly the rows without errors are
 * written. Progress is published in memory while the transaction is open (the import row only
 * changes when it commits or is rejected).
 */
export async function runImport({ ctx, keyring, importId, filePath, batchSize = 1000 }: { ctx: ServiceContext; keyring: Keyring; importId: string; filePath: string; batchSize?: number }) {
  const [job] = await ctx.db.select().from(registrationImports).where(eq(registrationImports.id, importId));
  if (!job) return;
  const tally: Tally = { total: 0, accepted: 0, errorRows: 0, errors: [], newPersons: 0, registrationIds: [] };
  const addError = (row: number, column: string, message: string, countRow: boolean) => {
    if (countRow) tally.errorRows += 1;
    if (tally.errors.length < MAX_STORED_ERRORS) tally.errors.push({ row, column, message });
  };
  importProgress.start(importId);
  try {
    await withTransaction(ctx, async (tx) => {
      const target = await loadPlanForRegistration(tx.db, job.planId, { forUpdate: true });
      assertOpenForRegistration(target, tx.now());
      const today = shanghaiDate(tx.now());
      const maxRows = await getParameter(tx, 'registration.importMaxRows');
      // The header counts as a row; a file over the limit is refused before anything is read into the database.
      const counted = Math.max(0, (await countSheetRows(filePath).catch(() => 0)) - 1);
      if (counted > maxRows) throw new ImportFileError('import.tooManyRows', { max: String(maxRows) });
      importProgress.total(importId, counted);
      const agreements = await tx.db.select().from(institutionAgreements).where(eq(institutionAgreements.institutionId, job.institutionId));
      const seen = new Map<string, number>();
      for await (const batch of readImportSheet(filePath, maxRows, batchSize)) {
        const valid: ImportRow[] = [];
        for (const { row, values } of batch) {
          tally.total += 1;
          const { parsed, problems } = parseRow(row, values, target.category, today);
          const rowErrors = problems.map((p) => ({ column: COLUMN_HEADER[p.column], message: translate(p.key, ctx.locale, p.params) }));
          let blind = '';
          let agreement: AgreementRow | null = null;
          if (parsed) {
            blind = blindIndex(keyring, 'id_number', `${parsed.idType}:${parsed.idNumber}`);
            const first = seen.get(blind);
            if (first !== undefined) rowErrors.push({ column: COLUMN_HEADER.idNumber, message: translate('import.duplicateInFile', ctx.locale, { row: String(first) }) });
            else seen.set(blind, row);
            const needed = parsed.relation.kind === 'cooperation_student' ? 'cooperation' : parsed.relation.kind === 'entrusted_employee' ? 'entrustment' : null;
            if (needed) {
              agreement = agreements.find((a) => a.kind === needed && a.counterpartName === parsed.relation.agreementParty) ?? null;
              if (!agreement) rowErrors.push({ column: COLUMN_HEADER.agreementParty, message: translate(`import.noAgreement.${needed}`, ctx.locale, { party: parsed.relation.agreementParty }) });
            }
          }
          if (rowErrors.length || !parsed) {
            rowErrors.forEach((e, index) => addError(row, e.column, e.message, index === 0));
            continue;
          }
          valid.push({ ...parsed, blind, agreement });
        }
        await writeBatch(tx, keyring, target, job, valid, tally, addError);
        importProgress.update(importId, tally.total);
      }
      if (tally.errorRows && job.mode === 'all_or_nothing') throw new RejectImport();
      await tx.db
        .update(registrationImports)
        .set({ status: 'completed', totalRows: tally.total, processedRows: tally.total, acceptedRows: tally.accepted, errorRows: tally.errorRows, errors: tally.errors, finishedAt: tx.now() })
        .where(eq(registrationImports.id, importId));
      await appendAudit(tx, {
        action: 'registration.imported',
        entityType: 'registration_import',
        entityId: importId,
        // The digest covers every registration written, without putting 100 000 ids in the trail.
        after: { registrationIds: tally.registrationIds },
        detail: { planId: job.planId, mode: job.mode, rows: tally.total, accepted: tally.accepted, errorRows: tally.errorRows, newPersons: tally.newPersons, sha256: job.sha256 },
      });
    });
  } catch (error) {
    // Refusals (bad rows in all-or-nothing mode, a bad file, a plan no longer open) are the
    // clerk's to fix and say why; anything else is a failure of ours.
    const refused = error instanceof RejectImport || error instanceof ImportFileError || error instanceof AppError;
    const status = refused ? 'rejected' : 'failed';
    const message =
      error instanceof ImportFileError ? translate(error.key, ctx.locale, error.params)
      : error instanceof AppError ? translate(error.messageKey, ctx.locale, error.params)
      : error instanceof RejectImport ? null
      : translate('import.failed', ctx.locale);
    await withTransaction(ctx, async (tx) => {
      await tx.db
        .update(registrationImports)
        .set({ status, totalRows: tally.total, processedRows: tally.total, acceptedRows: 0, errorRows: tally.errorRows, errors: tally.errors, message, finishedAt: tx.now() })
        .where(eq(registrationImports.id, importId));
      await appendAudit(tx, { action: `registration.import_${status}`, entityType: 'registration_import', entityId: importId, detail: { planId: job.planId, rows: tally.total, errorRows: tally.errorRows, message } });
    });
    if (status === 'failed') process.emitWarning(`registration import ${importId} failed: ${(error as Error).stack ?? error}`);
  } finally {
    importProgress.finish(importId);
  }
}

type ImportRow = ParsedRow & { blind: string; agreement: AgreementRow | null };
type Target = Awaited<ReturnType<typeof loadPlanForRegistration>>;
type Job = typeof registrationImports.$inferSelect;

/** Declarations from the sheet merged into the stored profile: entries already there are kept once. */
function mergeProfile(stored: PersonProfile, declared: PersonProfile): PersonProfile {
  const key = (value: unknown) => JSON.stringify(value);
  const merge = <T>(a: T[], b: T[], id: (item: T) => string) => [...a, ...b.filter((item) => !a.some((existing) => id(existing) === id(item)))];
  return {
    ...stored,
    workHistory: merge(stored.workHistory, declared.workHistory, (w) => key([w.occupationCode, w.from])),
    certificates: merge(stored.certificates, declared.certificates, (c) => key([c.occupationCode, c.level, c.issuedOn])),
    diplomas: merge(stored.diplomas, declared.diplomas, (d) => key([d.kind, d.major, d.graduatedOn])),
  };
}

async function writeBatch(
  tx: ServiceContext,
  keyring: Keyring,
  target: Target,
  job: Job,
  rows: ImportRow[],
  tally: Tally,
  addError: (row: number, column: string, message: string, countRow: boolean) => void,
) {
  if (!rows.length) return;
  const now = tx.now();
  for (const row of rows) for (const work of row.declared.workHistory) work.occupationCode = target.plan.occupationCode;
  const newPersons = rows.map((row) => ({
    idType: row.idType,
    sealed: seal(keyring, 'id_number', row.idNumber),
    blind: row.blind,
    masked: maskIdNumber(row.idNumber),
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    phoneSealed: row.phone ? seal(keyring, 'phone', row.phone) : null,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    profile: row.declared,
  }));
  // The unique blind index settles people registered meanwhile: they are read back below.
  const inserted = await queryRows<{ id: string; blind: string }>(
    tx.db,
    sql`insert into persons (id_type, id_number_sealed, id_number_blind, id_number_masked, name, gender, birth_date, phone_sealed, phone_masked, created_by_institution_id, profile, created_at, updated_at)
      select r."idType", r.sealed, r.blind, r.masked, r.name, r.gender, r."birthDate", r."phoneSealed", r."phoneMasked", ${job.institutionId}::uuid, r.profile, ${now}::timestamptz, ${now}::timestamptz
      from json_to_recordset(${JSON.stringify(newPersons)}::json) as r("idType" text, sealed text, blind text, masked text, name text, gender text, "birthDate" date, "phoneSealed" text, "phoneMasked" text, profile jsonb)
      on conflict (id_number_blind) do nothing
      returning id, id_number_blind as blind`,
  );
  tally.newPersons += inserted.length;
  const created = new Set(inserted.map((p) => p.blind));
  const stored = await tx.db.select().from(persons).where(inArray(persons.idNumberBlind, rows.map((r) => r.blind)));
  const byBlind = new Map(stored.map((p) => [p.idNumberBlind, p]));
  const live = await tx.db
    .select({ personId: registrations.personId })
    .from(registrations)
    .where(and(eq(registrations.planId, target.plan.id), inArray(registrations.personId, stored.map((p) => p.id)), ne(registrations.status, 'withdrawn')));
  const alreadyRegistered = new Set(live.map((r) => r.personId));
  const resitIds = rows.filter((r) => r.attempt === 'resit').map((r) => byBlind.get(r.blind)!.id);
  const hasEarlierAttempt = await withEarlierAttempt(tx.db, resitIds, target);
  const accepted: Array<{ row: (typeof rows)[number]; person: (typeof stored)[number]; profile: PersonProfile }> = [];
  for (const row of rows) {
    const person = byBlind.get(row.blind)!;
    if (person.name !== row.name) {
      addError(row.row, COLUMN_HEADER.name, translate('import.nameMismatch', tx.locale), true);
      continue;
    }
    if (row.attempt === 'resit' && !hasEarlierAttempt.has(person.id)) {
      addError(row.row, COLUMN_HEADER.attempt, translate('registration.resitWithoutAttempt', tx.locale), true);
      continue;
    }
    if (alreadyRegistered.has(person.id)) {
      addError(row.row, COLUMN_HEADER.idNumber, translate('registration.duplicate', tx.locale, { name: row.name }), true);
      continue;
    }
    const profile = created.has(row.blind) ? (person.profile as PersonProfile) : mergeProfile(person.profile as PersonProfile, row.declared);
    if (!created.has(row.blind) && JSON.stringify(profile) !== JSON.stringify(person.profile)) {
      await tx.db.update(persons).set({ profile, version: sql`${persons.version} + 1`, updatedAt: now }).where(eq(persons.id, person.id));
    }
    accepted.push({ row, person, profile });
  }
  if (!accepted.length) return;
  const personIds = accepted.map((a) => a.person.id);
  const existingRelations = await relationsOf(tx.db, job.institutionId, personIds);
  const newRelations = accepted.filter(({ row, person }) => {
    const r = row.relation;
    return !(existingRelations.get(person.id) ?? []).some((e) => e.kind === r.kind && e.employmentType === r.employmentType && e.validFrom === r.validFrom && e.validUntil === r.validUntil);
  });
  // The new relations join the ones on record in memory: the engine judges both, no second read.
  const relations = new Map(existingRelations);
  if (newRelations.length) {
    const payload = newRelations.map(({ row, person }) => ({ personId: person.id, agreementId: row.agreement?.id ?? null, ...row.relation }));
    const created = await queryRows<{ id: string; personId: string }>(
      tx.db,
      sql`insert into person_relations (person_id, institution_id, district_code, kind, employment_type, employer_name, agreement_id, graduation_date, valid_from, valid_until, created_by, created_at, updated_at)
        select r."personId", ${job.institutionId}::uuid, ${target.plan.districtCode}, r.kind, r."employmentType", r."employerName", r."agreementId", r."graduationDate", r."validFrom", r."validUntil", ${job.createdBy}::uuid, ${now}::timestamptz, ${now}::timestamptz
        from json_to_recordset(${JSON.stringify(payload)}::json) as r("personId" uuid, kind text, "employmentType" text, "employerName" text, "agreementId" uuid, "graduationDate" date, "validFrom" date, "validUntil" date)
        returning id, person_id as "personId"`,
    );
    // A file names each person once (duplicates are row errors), so the person identifies the row.
    const relationIds = new Map(created.map((c) => [c.personId, c.id]));
    for (const { row, person } of newRelations) {
      const { agreementParty: _party, ...relation } = row.relation;
      const fact: RelationFacts = {
        id: relationIds.get(person.id)!,
        ...relation,
        agreement: row.agreement ? agreementFacts(row.agreement) : null,
        evidenceCount: 0,
      };
      relations.set(person.id, [...(relations.get(person.id) ?? []), fact]);
    }
  }
  const values = accepted.map(({ row, person, profile }) => {
    const admission = admissionFor(target, { birthDate: person.birthDate, gender: person.gender, profile }, relations.get(person.id) ?? []);
    return {
      personId: person.id,
      kind: applicationKind(profile, target.plan.occupationCode, target.plan.level as Level),
      attempt: row.attempt,
      status: admission.admissible ? 'pending' : 'ineligible',
      admissible: admission.admissible,
      admission,
    };
  });
  // One parameter for the whole batch: binding thousands of parameters costs more than the rows.
  const written = await queryRows<{ id: string }>(
    tx.db,
    sql`insert into registrations (plan_id, person_id, institution_id, district_code, occupation_code, level, kind, attempt, channel, status, admissible, admission, import_id, created_by, created_at, updated_at)
      select ${target.plan.id}::uuid, r."personId", ${job.institutionId}::uuid, ${target.plan.districtCode}, ${target.plan.occupationCode}, ${target.plan.level}::smallint,
        r.kind, r.attempt, 'group', r.status, r.admissible, r.admission, ${job.id}::uuid, ${job.createdBy}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from json_to_recordset(${JSON.stringify(values)}::json) as r("personId" uuid, kind text, attempt text, status text, admissible boolean, admission json)
      returning id`,
  );
  tally.accepted += written.length;
  for (const { id } of written) tally.registrationIds.push(id);
  // Most people in a group have no account; those who do hear of it as if they had applied.
  const withAccounts = await tx.db
    .select({ personId: userGrants.personId })
    .from(userGrants)
    .where(and(eq(userGrants.role, 'candidate'), inArray(userGrants.personId, personIds)));
  if (withAccounts.length) {
    const told = await tx.db
      .select({ registration: registrations, name: persons.name })
      .from(registrations)
      .innerJoin(persons, eq(persons.id, registrations.personId))
      .where(and(eq(registrations.importId, job.id), inArray(registrations.personId, withAccounts.map((a) => a.personId!))));
    for (const { registration, name } of told) await notifyApplicant(tx, registration, target, name);
  }
}

/** Hash of the uploaded bytes: the same file under the same key is the same import. */
export function sha256Of(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}
