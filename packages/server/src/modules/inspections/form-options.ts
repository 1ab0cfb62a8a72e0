import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { canCreateInspection, canSupervise, type ChecklistLine } from '@jiping/domain';
import { InspectionFormQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions, inspectionItems, inspectorConflicts, inspectors, institutions } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filedOccupations, hasFilingInForce } from './queries.ts';

/**
 * What the creation form offers: the active items, the active inspectors of the registry (those who
 * declared a conflict with the chosen institution marked, so the officer sees why they cannot be
 * picked), the institution's sessions still open to on-site supervision, and whether it has a
 * filing in force. The institution itself is picked from the institutions list, which is scoped.
 */
export async function inspectionFormOptions({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectionFormQuery> }) {
  assertAllowed(canSupervise(ctx.actor));
  const { institutionId } = parseInput(InspectionFormQuery, input, ctx.locale, 'query');
  if (institutionId) {
    // Knowing an institution's id shows nothing of it: its sessions only to whoever may inspect it.
    const [institution] = await ctx.db.select({ id: institutions.id, districtCode: institutions.districtCode }).from(institutions).where(eq(institutions.id, institutionId));
    if (!institution) throw notFound('institution');
    assertAllowed(canCreateInspection(ctx.actor, { ...institution, occupationCodes: await filedOccupations(ctx.db, institutionId) }));
  }
  const items = await ctx.db.select().from(inspectionItems).where(eq(inspectionItems.active, true)).orderBy(asc(inspectionItems.code));
  const registry = await ctx.db
    .select({
      id: inspectors.id,
      name: inspectors.name,
      certificateNumber: inspectors.certificateNumber,
      field: inspectors.field,
      departmentKind: inspectors.departmentKind,
      districtCode: inspectors.districtCode,
      conflicted: institutionId
        ? sql<boolean>`exists (select 1 from ${inspectorConflicts} c where c.inspector_id = "inspectors"."id" and c.institution_id = ${institutionId})`.mapWith(Boolean)
        : sql<boolean>`false`.mapWith(Boolean),
    })
    .from(inspectors)
    .where(eq(inspectors.active, true))
    .orderBy(asc(inspectors.name), asc(inspectors.certificateNumber));
  const sessions = institutionId
    ? await ctx.db
        .select({ id: examSessions.id, startsAt: examSessions.startsAt, room: examSessions.room, component: examSessions.component, status: examSessions.status })
        .from(examSessions)
        .where(and(eq(examSessions.institutionId, institutionId), inArray(examSessions.status, ['scheduled', 'in_progress'])))
        .orderBy(asc(examSessions.startsAt))
    : [];
  return {
    items: items.map((i) => ({ id: i.id, code: i.code, name: i.name, legalBasis: i.legalBasis, lines: (i.checklist as ChecklistLine[]).length })),
    inspectors: registry,
    sessions: sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    filingInForce: institutionId ? await hasFilingInForce(ctx.db, institutionId) : null,
  };
}
