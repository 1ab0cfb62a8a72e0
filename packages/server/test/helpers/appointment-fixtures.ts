import { and, eq } from 'drizzle-orm';
import { formatCertificateNumber, issueYearOf, type AdmissionResult } from '@jiping/domain';
import { certificateBatches, certificates, evaluationPlans, filings, persons, registrations } from '../../src/platform/db/schema.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { HttpClient } from './http.ts';
import { residentId } from './registration-workbook.ts';

/** 车工, which has levels 5 to 1 in the catalogue. */
export const TURNER = '6-18-01-01';

let serial = 0;

/**
 * A certificate as issuance leaves it, written straight into the tables (issuance is not this
 * fixture's subject): an issuing plan of the institution's approved filing, an admitted
 * application of the person to it, a batch, and the certificate with a valid national number.
 */
export async function insertCertificate(
  database: Database,
  {
    institutionId,
    personId,
    level = 1,
    issueDate,
    occupationCode = TURNER,
    status = 'valid',
  }: { institutionId: string; personId: string; level?: number; issueDate: string; occupationCode?: string; status?: 'valid' | 'revoked' },
) {
  const db = database.db;
  const [filing] = await db
    .select()
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.status, 'approved')));
  if (!filing) throw new Error('the institution has no approved filing');
  const [person] = await db.select().from(persons).where(eq(persons.id, personId));
  const [plan] = await db
    .insert(evaluationPlans)
    .values({
      institutionId,
      districtCode: filing.districtCode,
      filingId: filing.id,
      occupationCode,
      level,
      examStart: issueDate,
      examEnd: issueDate,
      siteName: '张江实训中心',
      rooms: ['理论考场 301'],
      expectedCandidates: 1,
      examiners: ['孙国华'],
      internalSupervisor: '郑质量',
      status: 'acknowledged',
    })
    .returning();
  const [registration] = await db
    .insert(registrations)
    .values({
      planId: plan!.id,
      personId,
      institutionId,
      districtCode: filing.districtCode,
      occupationCode,
      level,
      kind: 'initial',
      attempt: 'first',
      channel: 'institution',
      status: 'admitted',
      admissible: true,
      admission: {} as AdmissionResult,
    })
    .returning();
  const [batch] = await db.insert(certificateBatches).values({ institutionId, districtCode: filing.districtCode, planId: plan!.id, issueDate, requested: 1, issued: 1, status: 'done' }).returning();
  serial += 1;
  const number = formatCertificateNumber({
    kind: 'Y',
    institutionCode: filing.institutionCode ?? '0001',
    provinceCode: '31',
    siteSequence: filing.siteSequence ?? '000001',
    issueYear: issueYearOf(issueDate),
    level,
    serial,
  } as Parameters<typeof formatCertificateNumber>[0]);
  const [certificate] = await db
    .insert(certificates)
    .values({
      number,
      institutionId,
      districtCode: filing.districtCode,
      filingId: filing.id,
      batchId: batch!.id,
      planId: plan!.id,
      registrationId: registration!.id,
      personId,
      holderName: person!.name,
      idType: person!.idType,
      idNumberMasked: person!.idNumberMasked,
      occupationCode,
      occupationName: '车工',
      level,
      institutionName: '上海浦江精密机械有限公司',
      issueDate,
      issueYear: Number(issueDate.slice(0, 4)),
      serial,
      statusListIndex: serial,
      status,
      revokedAt: status === 'revoked' ? new Date() : null,
    })
    .returning();
  return certificate!;
}

/** An employee of the enterprise (直接用工 since `from`), recorded through the relations API as the enterprise would; returns the person's id. */
export async function hireEmployee(enterprise: HttpClient, institutionId: string, n: number, name: string, from = '2015-01-01'): Promise<string> {
  const response = await enterprise.post(`/api/v1/institutions/${institutionId}/relations`, {
    person: { idType: 'resident_id', idNumber: residentId(n, '310115'), name },
    kind: 'employee',
    employmentType: 'direct',
    validFrom: from,
  });
  if (response.status !== 201) throw new Error(`hire ${name}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.personId as string;
}

/** Proof of a merit, uploaded by the enterprise; returns the file's id. */
export async function uploadMeritEvidence(enterprise: HttpClient, institutionId: string): Promise<string> {
  const response = await enterprise.upload(`/api/v1/institutions/${institutionId}/files`, '获奖证书.pdf', '%PDF-1.4 merit', { purpose: 'merit' });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}
