import { and, eq } from 'drizzle-orm';
import type { AdmissionResult } from '@jiping/domain';
import { evaluationPlans, filings, registrations } from '../../src/platform/db/schema.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { insertCertificateRows } from './certificate-rows.ts';
import type { HttpClient } from './http.ts';
import { residentId } from './registration-workbook.ts';

/** 车工, which has levels 5 to 1 in the catalogue. */
export const TURNER = '6-18-01-01';

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
  const [certificate] = await insertCertificateRows(database, { planId: plan!.id, registrationIds: [registration!.id], issueDate, status });
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
