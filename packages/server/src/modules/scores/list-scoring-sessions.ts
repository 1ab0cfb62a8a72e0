import { and, desc, eq, lt, ne, or, sql } from 'drizzle-orm';
import { canListScores } from '@jiping/domain';
import { PageQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { dutiesOf, sessionSelect } from './score-session.ts';
import { sessionCounts, toSessionView } from './session-view.ts';
import { visibleTo } from './visible-to.ts';

/**
 * The sessions whose scores the user works on, latest first: an examiner's own sessions (those
 * they serve in), an institution's sessions for its administrator, a district's for its officers
 * and every one for the city. Cancelled sessions have no scores and are left out. Keyset-paged
 * by (start, id), so a district with many sessions reads them all page by page.
 */
export async function listScoringSessions({ ctx, input = {} }: { ctx: ServiceContext; input?: z.input<typeof PageQuery> }) {
  const actor = ctx.actor;
  assertAllowed(canListScores(actor));
  const query = parseInput(PageQuery, input, ctx.locale, 'query');
  const after = decodeInstantCursor(query.cursor);
  const serving =
    actor.kind === 'user'
      ? sql`${examSessions.id} in (select ss.session_id from session_staff ss left join staff_members sm on sm.id = ss.staff_id
        where ss.user_id = ${actor.userId} or sm.user_id = ${actor.userId})`
      : undefined;
  const rows = await sessionSelect(ctx.db)
    .where(
      and(
        ne(examSessions.status, 'cancelled'),
        visibleTo(actor, examSessions, serving),
        after ? or(lt(examSessions.startsAt, after.at), and(eq(examSessions.startsAt, after.at), lt(examSessions.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(examSessions.startsAt), desc(examSessions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.session.id);
  const duties = await dutiesOf(ctx.db, actor, ids);
  const counts = await sessionCounts(ctx.db, ids);
  const last = page.at(-1)?.session;
  return {
    items: page.map((row) => toSessionView(actor, { ...row, mine: duties.get(row.session.id) ?? [] }, counts.get(row.session.id))),
    nextCursor: rows.length > query.limit && last ? encodeInstantCursor(last.startsAt, last.id) : null,
  };
}
