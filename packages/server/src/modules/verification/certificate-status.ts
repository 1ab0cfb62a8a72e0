import { aliasedTable, eq, inArray } from 'drizzle-orm';
import { certificateNumberProblem, maskPersonName, shanghaiDate } from '@jiping/domain';
import type { PublicCertificateView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { certificates } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { credentialDigestMatches } from '../certificate-documents/index.ts';

type View = z.infer<typeof PublicCertificateView>;

/** Names compare as people type them: full-width forms, spaces and the several middle dots of minority names are not differences. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u00b7\u2022\u2027\u30fb\uff65.·]/g, '')
    .toLowerCase();
}

/** Why a typed number is refused before any look-up, as a message key. */
export function numberRefusal(number: string): string | null {
  const problem = certificateNumberProblem(number.trim().toUpperCase());
  return problem ? `verification.number.${problem}` : null;
}

const replacedBy = aliasedTable(certificates, 'replacement');
const replaced = aliasedTable(certificates, 'replaced');

const COLUMNS = {
  id: certificates.id,
  number: certificates.number,
  status: certificates.status,
  holderName: certificates.holderName,
  occupationCode: certificates.occupationCode,
  occupationName: certificates.occupationName,
  workType: certificates.workType,
  level: certificates.level,
  institutionName: certificates.institutionName,
  issueDate: certificates.issueDate,
  revokedAt: certificates.revokedAt,
  revokedBy: certificates.revokedByAuthority,
  revocationReason: certificates.revocationReason,
  credential: certificates.credential,
  replacedBy: replacedBy.number,
  replaces: replaced.number,
};

export interface CertificateStatusRow {
  id: string;
  number: string;
  status: View['status'];
  holderName: string;
  occupationCode: string;
  occupationName: string;
  workType: string;
  level: number;
  institutionName: string;
  issueDate: string;
  revokedAt: Date | null;
  revokedBy: View['revokedBy'];
  revocationReason: string | null;
  credential: string | null;
  replacedBy: string | null;
  replaces: string | null;
}

/** Certificates by number, with the numbers of their correction chain, as the public may see them. */
export async function statusRows(ctx: ServiceContext, numbers: readonly string[]): Promise<CertificateStatusRow[]> {
  return ctx.db
    .select(COLUMNS)
    .from(certificates)
    .leftJoin(replacedBy, eq(replacedBy.replacesId, certificates.id))
    .leftJoin(replaced, eq(replaced.id, certificates.replacesId))
    .where(inArray(certificates.number, [...numbers]));
}

/**
 * What the public learns of a certificate: its standing and what it certifies. The holder's name
 * is masked unless the caller already knows it (the second factor), so a number alone never
 * tells who holds it; a wrong name is said to be wrong and unmasks nothing.
 */
export function publicView(row: CertificateStatusRow, input: { name?: string | undefined; d?: string | undefined }): View {
  const nameMatches = input.name ? comparableName(input.name) === comparableName(row.holderName) : null;
  return {
    number: row.number,
    status: row.status,
    holderName: nameMatches ? row.holderName : maskPersonName(row.holderName),
    nameMatches,
    occupationCode: row.occupationCode,
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    institutionName: row.institutionName,
    issueDate: row.issueDate,
    revokedOn: row.revokedAt ? shanghaiDate(row.revokedAt) : null,
    revokedBy: row.revokedBy,
    revocationReason: row.revocationReason,
    replacedBy: row.replacedBy,
    replaces: row.replaces,
    digestMatches: input.d ? row.credential !== null && credentialDigestMatches(row.credential, input.d) : null,
  };
}

/** `GET /public/certificates/:number`: a malformed number is refused with its reason, an unknown one is 404. */
export async function getCertificateStatus({ ctx, number, input }: { ctx: ServiceContext; number: string; input: { name?: string | undefined; d?: string | undefined } }): Promise<View> {
  const refusal = numberRefusal(number);
  if (refusal) throw new AppError('VALIDATION', refusal, { number });
  const [row] = await statusRows(ctx, [number.trim().toUpperCase()]);
  if (!row) throw new AppError('NOT_FOUND', 'verification.unknownNumber', { number: number.trim().toUpperCase() });
  return publicView(row, input);
}
