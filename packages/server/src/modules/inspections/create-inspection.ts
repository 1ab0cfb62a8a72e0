import { eq } from 'drizzle-orm';
import { actorUserId, canCreateInspection, inspectionCounterScope, inspectionDepartmentFor, inspectionNumber, shanghaiDate } from '@jiping/domain';
import { CreateInspectionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions, inspectionAssignments, inspections, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filedOccupations, hasFilingInForce } from './queries.ts';
import { checkInspectorChoice } from './inspector-choice.ts';
import { inspectionView, loadItem } from './inspection-view.ts';

/** Sessions on-site supervision can still attend. */
const SUPERVISABLE_SESSIONS = ['scheduled', 'in_progress'];

/**
 * An officer creates a routine or special inspection of an institution in their department's
 * scope, or on-site supervision of one of its sessions: the institution must have a filing in
 * force, the item be active, the session (for kind `session`) the institution's and not over, and
 * the ≥ 2 inspectors active and free of any declared conflict with the institution. Numbered from
 * the year's counter (JC + year + 6 digits); assigned at once.
 */
export async function createInspection({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof CreateInspectionBody> }): Promise<InspectionDetail> {
  const body = parseInput(CreateInspectionBody, input, ctx.locale);
  const [institution] = await ctx.db.select({ id: institutions.id, districtCode: institutions.districtCode }).from(institutions).where(eq(institutions.id, body.institutionId));
  if (!institution) throw notFound('institution');
  const facts = { ...institution, occupationCodes: await filedOccupations(ctx.db, institution.id) };
  assertAllowed(canCreateInspection(ctx.actor, facts));
  const department = ctx.actor.kind === 'system' ? { kind: 'city' as const } : inspectionDepartmentFor(ctx.actor, facts)!;
  if (!(await hasFilingInForce(ctx.db, institution.id))) throw new AppError('PRECONDITION_FAILED', 'inspection.noFilingInForce');
  const item = await loadItem(ctx.db, body.inspectionItemId).catch(() => null);
  if (!item || !item.active) throw validation([{ field: 'inspectionItemId', code: 'inactive', messageKey: 'inspection.itemInactive' }]);
  if (body.kind === 'session') {
    if (!body.examSessionId) throw validation([{ field: 'examSessionId', code: 'required', messageKey: 'inspection.sessionRequired' }]);
    const [session] = await ctx.db.select().from(examSessions).where(eq(examSessions.id, body.examSessionId));
    if (!session || session.institutionId !== institution.id) throw validation([{ field: 'examSessionId', code: 'not_institutions', messageKey: 'inspection.sessionNotInstitutions' }]);
    if (!SUPERVISABLE_SESSIONS.includes(session.status)) {
      throw validation([{ field: 'examSessionId', code: 'over', messageKey: 'inspection.sessionOver', params: { sessionStatus: session.status } }]);
    }
  } else if (body.examSessionId) {
    throw validation([{ field: 'examSessionId', code: 'not_session_kind', messageKey: 'inspection.sessionOnlyForSessionKind' }]);
  }
  const chosen = await checkInspectorChoice(ctx.db, body.inspectorIds, institution.id);
  const methods = [...new Set(body.methods)];

  return withTransaction(ctx, async (tx) => {
    const year = Number(shanghaiDate(tx.now()).slice(0, 4));
    const number = inspectionNumber(year, await nextNumber(tx, inspectionCounterScope(year)));
    const [row] = await tx.db
      .insert(inspections)
      .values({
        number,
        kind: body.kind,
        institutionId: institution.id,
        districtCode: institution.districtCode,
        examSessionId: body.kind === 'session' ? body.examSessionId! : null,
        inspectionItemId: item.id,
        departmentKind: department.kind,
        departmentDistrictCode: department.kind === 'district' ? department.districtCode : null,
        title: body.title,
        methods,
        status: 'assigned',
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await bulkInsert(
      tx.db,
      inspectionAssignments,
      chosen.map((inspector) => ({ inspectionId: row!.id, inspectorId: inspector.id, confirmedAt: null, createdAt: tx.now() })),
    );
    await appendAudit(tx, {
      action: 'inspection.created',
      entityType: 'inspection',
      entityId: row!.id,
      after: row,
      detail: { number, kind: body.kind, institutionId: institution.id, inspectorIds: chosen.map((i) => i.id), methods },
    });
    return inspectionView(tx, row!);
  });
}
