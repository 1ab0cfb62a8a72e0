import type { AgreementView, RelationView } from '@jiping/contracts';
import { institutionAgreements, personRelations } from '../../platform/db/schema.ts';

export type RelationRow = typeof personRelations.$inferSelect;
export type AgreementRow = typeof institutionAgreements.$inferSelect;

/** A relation with the person it concerns, masked: relation lists never carry a full ID number. */
export function toRelationView(row: RelationRow, person: { name: string; idNumberMasked: string }): RelationView {
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

export function toAgreementView(row: AgreementRow): AgreementView {
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
