import { inArray } from 'drizzle-orm';
import type { AgreementView, RelationView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { evidenceFiles, institutionAgreements, personRelations } from '../../platform/db/schema.ts';

export type RelationRow = typeof personRelations.$inferSelect;
export type AgreementRow = typeof institutionAgreements.$inferSelect;

/** A relation with the person it concerns, masked: relation lists never carry a full ID number. */
export function toRelationView(row: RelationRow, person: { name: string; idNumberMasked: string }): Omit<RelationView, 'evidenceFiles'> {
  return {
    id: row.id,
    personId: row.personId,
    personName: person.name,
    personIdNumberMasked: person.idNumberMasked,
    institutionId: row.institutionId,
    kind: row.kind as RelationView['kind'],
    employmentType: (row.employmentType as RelationView['employmentType']) ?? null,
    employerName: row.employerName,
    agreementId: row.agreementId,
    graduationDate: row.graduationDate,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    evidenceFileIds: row.evidenceFileIds,
    version: row.version,
  };
}

export function toAgreementView(row: AgreementRow): Omit<AgreementView, 'evidenceFiles'> {
  return {
    id: row.id,
    institutionId: row.institutionId,
    kind: row.kind as AgreementView['kind'],
    counterpartName: row.counterpartName,
    counterpartCreditCode: row.counterpartCreditCode,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    evidenceFileIds: row.evidenceFileIds,
    version: row.version,
  };
}

/**
 * Relations and agreements as the pages show them: each cited file with its name (one query for
 * the whole list), so a clerk sees "劳动合同.pdf", not "附件 1".
 */
export async function withEvidenceFiles<T extends { evidenceFileIds: string[] }>(db: Db, items: T[]): Promise<Array<T & { evidenceFiles: Array<{ id: string; fileName: string }> }>> {
  const ids = [...new Set(items.flatMap((item) => item.evidenceFileIds))];
  const rows = ids.length ? await db.select({ id: evidenceFiles.id, fileName: evidenceFiles.fileName }).from(evidenceFiles).where(inArray(evidenceFiles.id, ids)) : [];
  const names = new Map(rows.map((row) => [row.id, row.fileName]));
  return items.map((item) => ({ ...item, evidenceFiles: item.evidenceFileIds.map((id) => ({ id, fileName: names.get(id) ?? '' })) }));
}
