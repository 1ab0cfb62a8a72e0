import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { allowedCertificateActions, type CertificateFacts } from '@jiping/domain';
import type { CertificateDetail, CertificateSummary } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { auditEvents, certificateEvents, certificates } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type CertificateRow = typeof certificates.$inferSelect;

export async function loadCertificate(ctx: ServiceContext, id: string, { lock = false } = {}): Promise<CertificateRow> {
  const query = ctx.db.select().from(certificates).where(eq(certificates.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('certificate');
  return row;
}

export function certificateFacts(row: CertificateRow): CertificateFacts {
  return { institutionId: row.institutionId, districtCode: row.districtCode, occupationCode: row.occupationCode, personId: row.personId, status: row.status };
}

export function certificateSummary(row: CertificateRow): CertificateSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    holderName: row.holderName,
    idType: row.idType,
    idNumberMasked: row.idNumberMasked,
    occupationCode: row.occupationCode,
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    institutionId: row.institutionId,
    institutionName: row.institutionName,
    districtCode: row.districtCode,
    planId: row.planId,
    issueDate: row.issueDate,
  };
}

/**
 * A certificate with its history: its own events and those of the certificates it replaced and
 * that replaced it (a correction links old and new, both stay visible), oldest first, with the
 * reason of each revocation and correction.
 */
export async function certificateDetail(ctx: ServiceContext, row: CertificateRow): Promise<CertificateDetail> {
  const chain = new Map<string, CertificateRow>([[row.id, row]]);
  // Walk both ways: corrections of corrections form a chain, each link one row.
  for (let frontier = [row]; frontier.length;) {
    const ids = frontier.map((c) => c.id);
    const back = frontier.flatMap((c) => (c.replacesId && !chain.has(c.replacesId) ? [c.replacesId] : []));
    const linked = await ctx.db
      .select()
      .from(certificates)
      .where(or(inArray(certificates.replacesId, ids), back.length ? inArray(certificates.id, back) : undefined));
    frontier = linked.filter((c) => !chain.has(c.id));
    for (const c of frontier) chain.set(c.id, c);
  }
  const ids = [...chain.keys()];
  const events = await ctx.db.select().from(certificateEvents).where(inArray(certificateEvents.certificateId, ids)).orderBy(asc(certificateEvents.id));
  const corrections = await ctx.db
    .select({ entityId: auditEvents.entityId, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'certificate'), eq(auditEvents.action, 'certificate.corrected'), inArray(auditEvents.entityId, ids)));
  const correctionReason = new Map(corrections.map((c) => [c.entityId, String(c.detail.reason ?? '')]));
  const replacedBy = [...chain.values()].find((c) => c.replacesId === row.id) ?? null;
  const replaces = row.replacesId ? (chain.get(row.replacesId) ?? null) : null;
  return {
    ...certificateSummary(row),
    serial: row.serial,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedByAuthority: row.revokedByAuthority,
    revocationReason: row.revocationReason,
    replaces: replaces ? { id: replaces.id, number: replaces.number } : null,
    replacedBy: replacedBy ? { id: replacedBy.id, number: replacedBy.number } : null,
    history: events.map((e) => {
      const c = chain.get(e.certificateId)!;
      return {
        kind: e.kind,
        occurredAt: e.occurredAt.toISOString(),
        certificateId: c.id,
        number: c.number,
        reason: e.kind === 'revoked' ? (c.revocationReason ?? '') : e.kind === 'replaced' ? (correctionReason.get(c.id) ?? '') : '',
        authority: e.kind === 'revoked' ? c.revokedByAuthority : null,
      };
    }),
    verifyPath: `/verify/${row.number}`,
    version: row.version,
    allowedActions: allowedCertificateActions(ctx.actor, certificateFacts(row)),
  };
}
