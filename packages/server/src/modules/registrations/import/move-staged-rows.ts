import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context.ts';
import { rows as queryRows } from '../../../platform/db/client.ts';
import { persons, registrationImportRows, registrations, userGrants, type registrationImports } from '../../../platform/db/schema.ts';
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
  const conflicts = await queryRows<{ row: number; name: string; registered: boolean }>(
    tx.db,
    sql`select s.row, s.name, exists (select 1 from registrations r where r.plan_id = ${target.plan.id} and r.person_id = coalesce(p.id, s.person_id) and r.status <> 'withdrawn') as registered
      from registration_import_rows s
      left join persons p on p.id_number_blind = s.id_number_blind
      where s.import_id = ${job.id}
        and ((s.new_person and p.id is not null)
          or (not s.new_person and (p.id is null or p.version <> s.person_version))
          or exists (select 1 from registrations r where r.plan_id = ${target.plan.id} and r.person_id = s.person_id and r.status <> 'withdrawn')
          or (s.relation_id is not null and exists (select 1 from person_relations pr where pr.person_id = s.person_id and pr.institution_id = ${job.institutionId}
            and pr.kind = s.relation_kind and (s.valid_until is null or pr.valid_from <= s.valid_until) and (pr.valid_until is null or pr.valid_until >= s.valid_from))))
      order by s.row`,
  );
  for (const c of conflicts) {
    const message = c.registered ? translate('registration.duplicate', tx.locale, { name: c.name }) : translate('import.changedMeanwhile', tx.locale);
    addError(c.row, COLUMN_HEADER.idNumber, message, true);
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
  await tx.db.execute(sql`
    insert into persons (id, id_type, id_number_sealed, id_number_blind, id_number_masked, name, gender, birth_date, phone_sealed, phone_masked, created_by_institution_id, profile, created_at, updated_at)
    select person_id, id_type, id_number_sealed, id_number_blind, id_number_masked, name, gender, birth_date, phone_sealed, phone_masked, ${job.institutionId}::uuid, profile, ${now}::timestamptz, ${now}::timestamptz
    from registration_import_rows where import_id = ${job.id} and new_person`);
  await tx.db.execute(sql`
    update persons p set profile = s.profile, version = p.version + 1, updated_at = ${now}::timestamptz
    from registration_import_rows s
    where s.import_id = ${job.id} and not s.new_person and s.profile is not null and p.id = s.person_id`);
  await tx.db.execute(sql`
    insert into person_relations (id, person_id, institution_id, district_code, kind, employment_type, employer_name, agreement_id, graduation_date, valid_from, valid_until, created_by, created_at, updated_at)
    select relation_id, person_id, ${job.institutionId}::uuid, ${target.plan.districtCode}, relation_kind, employment_type, coalesce(employer_name, ''), agreement_id, graduation_date, valid_from, valid_until,
      ${job.createdBy}::uuid, ${now}::timestamptz, ${now}::timestamptz
    from registration_import_rows where import_id = ${job.id} and relation_id is not null`);
  const written = await queryRows<{ id: string }>(
    tx.db,
    sql`insert into registrations (plan_id, person_id, institution_id, district_code, occupation_code, level, kind, attempt, channel, status, admissible, admission, import_id, created_by, created_at, updated_at)
      select ${target.plan.id}::uuid, person_id, ${job.institutionId}::uuid, ${target.plan.districtCode}, ${target.plan.occupationCode}, ${target.plan.level}::smallint,
        kind, attempt, 'group', status, admissible, admission, ${job.id}::uuid, ${job.createdBy}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from registration_import_rows where import_id = ${job.id}
      order by row
      returning id`,
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
