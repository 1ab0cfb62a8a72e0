import { and, desc, ne, sql } from 'drizzle-orm';
import { canListScores } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { dutiesOf, sessionSelect } from './score-session.ts';
import { sessionCounts, toSessionView } from './session-view.ts';
import { visibleTo } from './visible-to.ts';

/**
 * The sessions whose scores the user works on, latest first: an examiner's own sessions (those
 * they serve in), an institution's sessions for its administrator, a district's for its officers
 * and every one for the city. Cancelled sessions have no scores and are left out.
 */
export async function listScoringSessions({ ctx }: { ctx: ServiceContext }) {
  const actor = ctx.actor;
  assertAllowed(canListScores(actor));
  const serving =
    actor.kind === 'user'
      ? sql`${examSessions.id} in (select ss.session_id from session_staff ss left join staff_members sm on sm.id = ss.staff_id
        where ss.user_id = ${actor.userId} or sm.user_id = ${actor.userId})`
      : undefined;
  const rows = await sessionSelect(ctx.db)
    .where(and(ne(examSessions.status, 'cancelled'), visibleTo(actor, examSessions, serving)))
    .orderBy(desc(examSessions.startsAt))
    .limit(200);
  const ids = rows.map((r) => r.session.id);
  const duties = await dutiesOf(ctx.db, actor, ids);
  const counts = await sessionCounts(ctx.db, ids);
  return { items: rows.map((row) => toSessionView(actor, { ...row, mine: duties.get(row.session.id) ?? [] }, counts.get(row.session.id))) };
}
