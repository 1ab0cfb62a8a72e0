import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context.ts';
import { rows as queryRows } from '../../../platform/db/client.ts';
import { bulkInsert } from '../../../platform/db/bulk-insert.ts';
import { personRelations, persons, registrationImportRows, registrations, userGrants, type registrationImports } from '../../../platform/db/schema.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import type { PlanForRegistration } from '../admission-inputs.ts';
import { notifyApplicant } from '../notify-applicant.ts';
import { COLUMN_HEADER } from './columns.ts';
import type { AddError } from './judge-rows.ts';

type Job = typeof registrationImports.$inferSelect;

/**
 * Inside the import's one closing transaction: moves the staged rows into persons,
 * person_relations and registrations with one set-based statement each, so the file lands whole
 * or not at all and the transaction stays short. Rows judged earlier are checked again for what
 * may have changed meanwhile (someone registered, a person edited, a relation of the same kind
 * recorded for the same period); those become row errors.
 * Returns the ids of the registrations written, or null when conflicts refuse an all-or-nothing
 * import (the caller rolls back).
 */
export async function moveStagedRows(
  tx: ServiceContext,
  { job, target, addError }: { job: Job; target: PlanForRegistration; addError: AddError },
): Promise<{ registrationIds: string[]; newPersons: number } | null> {
  const now = tx.now();
  const conflicts = await queryRows<{ row: number; name: string; registered: boolean; resat: boolean }>(
    tx.db,
    sql`select s.row, s.name, exists (select 1 from registrations r where r.plan_id = ${target.plan.id} and r.person_id = coalesce(p.id, s.person_id) and r.status <> 'withdrawn') as registered,
        exists (select 1 from registrations r where r.resit_of = s.resit_of and r.status not in ('withdrawn', 'rejected')) as resat
      from registration_import_rows s
      left join persons p on p.id_number_blind = s.id_number_blind
      where s.import_id = ${job.id}
        and ((s.new_person and p.id is not null)
          or (not s.new_person and (p.id is null or p.version <> s.person_version))
          or exists (select 1 from registrations r where r.plan_id = ${target.plan.id} and r.person_id = s.person_id and r.status <> 'withdrawn')
          or exists (select 1 from registrations r where r.resit_of = s.resit_of and r.status not in ('withdrawn', 'rejected'))
          or (s.relation_id is not null and exists (select 1 from person_relations pr where pr.person_id = s.person_id and pr.institution_id = ${job.institutionId}
            and pr.kind = s.relation_kind and (s.valid_until is null or pr.valid_from <= s.valid_until) and (pr.valid_until is null or pr.valid_until >= s.valid_from))))
      order by s.row`,
  );
  for (const c of conflicts) {
    // A resit taken meanwhile by another application on the same earlier attempt: the one resit it allows is gone.
    if (c.resat && !c.registered) addError(c.row, COLUMN_HEADER.attempt, translate('registration.resit.alreadyResat', tx.locale), true);
    else addError(c.row, COLUMN_HEADER.idNumber, c.registered ? translate('registration.duplicate', tx.locale, { name: c.name }) : translate('import.changedMeanwhile', tx.locale), true);
  }
  if (conflicts.length) {
    if (job.mode === 'all_or_nothing') return null;
    await tx.db.delete(registrationImportRows).where(
      and(
        eq(registrationImportRows.importId, job.id),
        inArray(
          registrationImportRows.row,
          conflicts.map((c) => c.row),
        ),
      ),
    );
  }
  const [{ newPersons } = { newPersons: 0 }] = await queryRows<{ newPersons: number }>(
    tx.db,
    sql`select count(*)::int as "newPersons" from registration_import_rows where import_id = ${job.id} and new_person`,
  );
  const staged = registrationImportRows;
  const stagedOfThisImport = sql`${staged} where ${staged.importId} = ${job.id}`;
  await bulkInsert(tx.db, persons, {
    select: {
      id: staged.personId,
      idType: staged.idType,
      idNumberSealed: staged.idNumberSealed,
      idNumberBlind: staged.idNumberBlind,
      idNumberMasked: staged.idNumberMasked,
      name: staged.name,
      gender: staged.gender,
      birthDate: staged.birthDate,
      phoneSealed: staged.phoneSealed,
      phoneMasked: staged.phoneMasked,
      createdByInstitutionId: job.institutionId,
      profile: staged.profile,
      createdAt: now,
      updatedAt: now,
    },
    from: sql`${stagedOfThisImport} and ${staged.newPerson}`,
  });
  await tx.db.execute(sql`
    update persons p set profile = s.profile, version = p.version + 1, updated_at = ${now}::timestamptz
    from registration_import_rows s
    where s.import_id = ${job.id} and not s.new_person and s.profile is not null and p.id = s.person_id`);
  await bulkInsert(tx.db, personRelations, {
    select: {
      id: staged.relationId,
      personId: staged.personId,
      institutionId: job.institutionId,
      districtCode: target.plan.districtCode,
      kind: staged.relationKind,
      employmentType: staged.employmentType,
      employerName: sql`coalesce(${staged.employerName}, '')`,
      agreementId: staged.agreementId,
      graduationDate: staged.graduationDate,
      validFrom: staged.validFrom,
      validUntil: staged.validUntil,
      createdBy: job.createdBy,
      createdAt: now,
      updatedAt: now,
    },
    from: sql`${stagedOfThisImport} and ${staged.relationId} is not null`,
  });
  const written = await bulkInsert(
    tx.db,
    registrations,
    {
      select: {
        planId: target.plan.id,
        personId: staged.personId,
        institutionId: job.institutionId,
        districtCode: target.plan.districtCode,
        occupationCode: target.plan.occupationCode,
        level: target.plan.level,
        kind: staged.kind,
        attempt: staged.attempt,
        resitOf: staged.resitOf,
        channel: 'group',
        status: staged.status,
        admissible: staged.admissible,
        admission: staged.admission,
        importId: job.id,
        createdBy: job.createdBy,
        createdAt: now,
        updatedAt: now,
      },
      from: sql`${stagedOfThisImport} order by ${staged.row}`,
    },
    { returning: { id: registrations.id } },
  );
  // Most people in a group have no account; those who do hear of it as if they had applied.
  const told = await tx.db
    .select({ registration: registrations, name: persons.name })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .innerJoin(userGrants, and(eq(userGrants.personId, registrations.personId), eq(userGrants.role, 'candidate')))
    .where(eq(registrations.importId, job.id));
  for (const { registration, name } of told) await notifyApplicant(tx, registration, target, name);
  return { registrationIds: written.map((w) => w.id), newPersons };
}
