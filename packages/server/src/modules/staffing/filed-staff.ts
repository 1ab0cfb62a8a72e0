import { and, eq } from 'drizzle-orm';
import type { StaffKind } from '@jiping/domain';
import type { FilingContent } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { filings } from '../../platform/db/schema.ts';

/** One examiner or supervisor as the filing names them. */
export interface FiledStaff {
  kind: StaffKind;
  name: string;
  certificateNo: string;
  /** Examiners: each occupation and its levels the filing names them for (one entry per row of the filing). */
  qualifications: Array<{ occupationCode: string; levels: number[] }>;
}

/**
 * What identifies a member of staff across amendments: their certificate number, or for a
 * supervisor filed without one, their name (the same rule as the unique indexes of `staff_members`).
 */
export function staffKey(kind: StaffKind, certificateNo: string, name: string): string {
  return certificateNo ? `${kind}:${certificateNo}` : `${kind}:name:${name}`;
}

/** The content of the institution's filing in force (the approved initial filing, amendments applied), or null. */
export async function contentInForce(db: Db, institutionId: string): Promise<FilingContent | null> {
  const [filing] = await db
    .select({ content: filings.content })
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
  return filing ? (filing.content as FilingContent) : null;
}

/** The staff a filing names, by key; an examiner filed on several rows (several occupations) is one member with each qualification. */
export function filedStaff(content: FilingContent | null): Map<string, FiledStaff> {
  const staff = new Map<string, FiledStaff>();
  for (const examiner of content?.examiners ?? []) {
    const key = staffKey('examiner', examiner.certificateNo, examiner.name);
    const entry = staff.get(key) ?? { kind: 'examiner', name: examiner.name, certificateNo: examiner.certificateNo, qualifications: [] };
    entry.qualifications.push({ occupationCode: examiner.occupationCode, levels: [...examiner.levels] });
    staff.set(key, entry);
  }
  for (const supervisor of content?.supervisors ?? []) {
    const key = staffKey('supervisor', supervisor.certificateNo, supervisor.name);
    if (!staff.has(key)) staff.set(key, { kind: 'supervisor', name: supervisor.name, certificateNo: supervisor.certificateNo, qualifications: [] });
  }
  return staff;
}
