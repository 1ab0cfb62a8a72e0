import { and, desc, eq, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, canListCertificates, hasRole, institutionScope, ownPersonIds } from '@jiping/domain';
import { CertificateListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { certificates } from '../../platform/db/schema.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { certificateSummary } from './certificate-view.ts';

/**
 * The certificates an account may see, as SQL: its institution's own (administrators), the
 * city's all, a district's institutions, an industry's occupations; inspectors all. Never by a
 * name or an ID number.
 */
function visibleCertificates(ctx: ServiceContext): SQL | undefined {
  const scope = institutionScope(ctx.actor);
  if (scope.all || hasRole(ctx.actor, 'inspector')) return undefined;
  const own = administeredInstitutionIds(ctx.actor);
  const parts = [
    own.length ? inArray(certificates.institutionId, own) : undefined,
    scope.districtCodes.length ? inArray(certificates.districtCode, scope.districtCodes) : undefined,
    scope.occupationCodes.length ? inArray(certificates.occupationCode, scope.occupationCodes) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}

/** Certificates in scope, newest issue first, filtered by plan, status or number, paged by keyset. */
export async function listCertificates({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof CertificateListQuery> }) {
  assertAllowed(canListCertificates(ctx.actor));
  const query = parseInput(CertificateListQuery, input, ctx.locale, 'query');
  const after = decodeCursor<{ d: string; n: string }>(query.cursor);
  const rows = await ctx.db
    .select()
    .from(certificates)
    .where(
      and(
        visibleCertificates(ctx),
        query.planId ? eq(certificates.planId, query.planId) : undefined,
        query.status ? eq(certificates.status, query.status) : undefined,
        query.number ? like(certificates.number, `${query.number}%`) : undefined,
        after ? or(lt(certificates.issueDate, String(after.d)), and(eq(certificates.issueDate, String(after.d)), lt(certificates.number, String(after.n)))) : undefined,
      ),
    )
    .orderBy(desc(certificates.issueDate), desc(certificates.number))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(certificateSummary), nextCursor: rows.length > query.limit && last ? encodeCursor({ d: last.issueDate, n: last.number }) : null };
}

/** 我的证书: the certificates of the person the account is linked to, replaced ones included (they show what corrected them). */
export async function myCertificates({ ctx }: { ctx: ServiceContext }) {
  const people = ownPersonIds(ctx.actor);
  if (!people.length) return { items: [] };
  const rows = await ctx.db.select().from(certificates).where(inArray(certificates.personId, people)).orderBy(desc(certificates.issueDate), desc(certificates.number)).limit(500);
  return { items: rows.map(certificateSummary) };
}
