import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, type Actor } from '@jiping/domain';
import type { ObjectionView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, resultsObjections, resultsPublicationEntries, resultsPublications } from '../../platform/db/schema.ts';

/** The sealed contact's purpose: bound into the ciphertext, so it decrypts in no other column. */
export const OBJECTION_CONTACT = 'objection_contact';

/** The most objections one list returns: open ones first, so none waiting is ever cut off by answered ones. */
const MAX_OBJECTIONS = 200;

/** Objections as the pages show them (the contact masked), open first, newest first (the order `objectionsAfter` pages through). */
export async function objectionViews(ctx: ServiceContext, where: SQL | undefined, limit = MAX_OBJECTIONS): Promise<ObjectionView[]> {
  const rows = await ctx.db
    .select({
      objection: resultsObjections,
      institutionName: institutions.name,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      publicityEndsOn: resultsPublications.endsOn,
      entryNo: resultsPublicationEntries.entryNo,
      entryName: resultsPublicationEntries.maskedName,
    })
    .from(resultsObjections)
    .innerJoin(resultsPublications, eq(resultsPublications.id, resultsObjections.publicationId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsObjections.planId))
    .innerJoin(institutions, eq(institutions.id, resultsObjections.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .leftJoin(resultsPublicationEntries, eq(resultsPublicationEntries.id, resultsObjections.entryId))
    .where(where)
    .orderBy(sql`${resultsObjections.status} = 'answered'`, desc(resultsObjections.createdAt), asc(resultsObjections.id))
    .limit(limit);
  return rows.map((row) => toObjectionView(ctx.actor, row));
}

/** The objections after a row in `objectionViews`' order: answered ones after open ones, then newer before older, then by id. */
export function objectionsAfter(after: { answered: boolean; at: Date; id: string }): SQL {
  const answered = sql`(${resultsObjections.status} = 'answered')`;
  return sql`(${answered} > ${after.answered} or (${answered} = ${after.answered} and (${resultsObjections.createdAt} < ${after.at.toISOString()}::timestamptz or (${resultsObjections.createdAt} = ${after.at.toISOString()}::timestamptz and ${resultsObjections.id} > ${after.id}))))`;
}

export function toObjectionView(
  actor: Actor,
  row: {
    objection: typeof resultsObjections.$inferSelect;
    institutionName: string;
    occupationName: string;
    workType: string;
    level: number;
    publicityEndsOn: string;
    entryNo: number | null;
    entryName: string | null;
  },
): ObjectionView {
  const o = row.objection;
  return {
    id: o.id,
    planId: o.planId,
    institutionName: row.institutionName,
    districtCode: o.districtCode,
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    publicityEndsOn: row.publicityEndsOn,
    entryNo: row.entryNo,
    entryName: row.entryName,
    contactName: o.contactName,
    contactKind: o.contactKind,
    contactMasked: o.contactMasked,
    reason: o.reason,
    status: o.status,
    answer: o.answer,
    answeredAt: o.answeredAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    version: o.version,
    canAnswer: o.status === 'open' && administeredInstitutionIds(actor).includes(o.institutionId),
  };
}

/** What the audit trail digests of an objection: never the sealed contact or the address hash. */
export function objectionAuditView(row: typeof resultsObjections.$inferSelect) {
  const { contactSealed: _sealed, clientHash: _hash, ...view } = row;
  return view;
}
