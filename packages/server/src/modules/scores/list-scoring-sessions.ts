import { and, desc, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, canListScores, institutionScope } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { dutiesOf, sessionSelect } from './score-session.ts';
import { sessionCounts, toSessionView } from './session-view.ts';

/**
 * The sessions whose scores the user works on, latest first: an examiner's own sessions (those
 * they serve in), an institution's sessions for its administrator, a district's for its officers
 * and every one for the city. Cancelled sessions have no scores and are left out.
 */
export async function listScoringSessions({ ctx }: { ctx: ServiceContext }) {
  const actor = ctx.actor;
  assertAllowed(canListScores(actor));
  const scope = institutionScope(actor);
  const visible: SQL[] = [];
  if (scope.all) visible.push(sql`true`);
  else {
    const administered = administeredInstitutionIds(actor);
    if (administered.length) visible.push(inArray(examSessions.institutionId, administered));
    if (scope.districtCodes.length) visible.push(inArray(examSessions.districtCode, scope.districtCodes));
    if (actor.kind === 'user') {
      visible.push(sql`${examSessions.id} in (select ss.session_id from session_staff ss left join staff_members sm on sm.id = ss.staff_id
        where ss.user_id = ${actor.userId} or sm.user_id = ${actor.userId})`);
    }
  }
  const rows = await sessionSelect(ctx.db)
    .where(and(ne(examSessions.status, 'cancelled'), or(...visible)))
    .orderBy(desc(examSessions.startsAt))
    .limit(200);
  const ids = rows.map((r) => r.session.id);
  const duties = await dutiesOf(ctx.db, actor, ids);
  const counts = await sessionCounts(ctx.db, ids);
  return { items: rows.map((row) => toSessionView(actor, { ...row, mine: duties.get(row.session.id) ?? [] }, counts.get(row.session.id))) };
}
