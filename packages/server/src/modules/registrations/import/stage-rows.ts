import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { StagedRow } from './judge-rows.ts';

/**
 * Writes one batch of judged rows to the staging table and the import's progress, in one
 * statement: short, atomic, and readable by any process polling the import.
 */
export async function stageRows(db: Db, importId: string, rows: StagedRow[], progress: { processed: number; errorRows: number }) {
  const payload = JSON.stringify(rows);
  await db.execute(sql`
    with staged as (
      insert into registration_import_rows (import_id, row, person_id, new_person, person_version, id_type, id_number_sealed, id_number_blind, id_number_masked,
        name, gender, birth_date, phone_sealed, phone_masked, profile, relation_id, relation_kind, employment_type, employer_name, agreement_id,
        graduation_date, valid_from, valid_until, kind, attempt, status, admissible, admission)
      select ${importId}::uuid, r.row, r."personId", r."newPerson", r."personVersion", r."idType", r."idNumberSealed", r."idNumberBlind", r."idNumberMasked",
        r.name, r.gender, r."birthDate", r."phoneSealed", r."phoneMasked", r.profile, r."relationId", r."relationKind", r."employmentType", r."employerName", r."agreementId",
        r."graduationDate", r."validFrom", r."validUntil", r.kind, r.attempt, r.status, r.admissible, r.admission
      from json_to_recordset(${payload}::json) as r(row int, "personId" uuid, "newPerson" boolean, "personVersion" int, "idType" text, "idNumberSealed" text,
        "idNumberBlind" text, "idNumberMasked" text, name text, gender text, "birthDate" date, "phoneSealed" text, "phoneMasked" text, profile jsonb,
        "relationId" uuid, "relationKind" text, "employmentType" text, "employerName" text, "agreementId" uuid, "graduationDate" date, "validFrom" date,
        "validUntil" date, kind text, attempt text, status registration_status, admissible boolean, admission json)
      returning 1
    )
    update registration_imports set processed_rows = ${progress.processed}, error_rows = ${progress.errorRows} where id = ${importId}`);
}
