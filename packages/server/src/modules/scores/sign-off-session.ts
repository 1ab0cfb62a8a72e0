import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, scoreSessionPolicy, sessionRecordMissing } from '@jiping/domain';
import { VersionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { rows as queryRows } from '../../platform/db/client.ts';
import { componentScores, examSeats, examSessions } from '../../platform/db/schema.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadScoreSession, scoreFacts } from './score-session.ts';
import { sessionCounts, toSessionView } from './session-view.ts';
import { notifySignedOff } from './notify-candidates.ts';

/** Names shown when sign-off is refused for missing scores; the rest are counted. */
const NAMED = 5;

/**
 * Sign-off (成绩确认) by the institution's administrator: the session has ended, its quality
 * supervisor's record is in, and every seated candidate who was present has a score. It locks
 * the session's scores (absent candidates get a locked row without one) and marks the session
 * signed off; from then on a score changes only by a correction approved by a second person.
 */
export async function signOffSession({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof VersionBody> }) {
  const { version } = parseInput(VersionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadScoreSession(tx.db, tx.actor, id, { forUpdate: true });
    assertAllowed(scoreSessionPolicy(tx.actor, 'signOff', scoreFacts(loaded)));
    if (loaded.session.version !== version) throw staleVersion();
    if (sessionRecordMissing(loaded.session)) throw new AppError('PRECONDITION_FAILED', 'score.signOff.noRecord');
    const missing = await queryRows<{ name: string; seat: number }>(
      tx.db,
      sql`select p.name, st.seat_number as seat from exam_seats st
        join registrations r on r.id = st.registration_id
        join persons p on p.id = r.person_id
        left join component_scores cs on cs.session_id = st.session_id and cs.registration_id = st.registration_id
        where st.session_id = ${id} and not st.absent and not coalesce(cs.absent, false) and cs.score_centi is null
        order by st.seat_number`,
    );
    if (missing.length) {
      const names = missing.slice(0, NAMED).map((m) => (tx.locale === 'en-US' ? `${m.name} (seat ${m.seat})` : `${m.name}（${m.seat} 号座）`));
      throw new AppError('PRECONDITION_FAILED', 'score.signOff.unscored', {
        count: String(missing.length),
        names: names.join(tx.locale === 'en-US' ? ', ' : '、') + (missing.length > NAMED ? '…' : ''),
      });
    }
    const now = tx.now();
    // Absent candidates get no score: their row says so, failed and locked like every other.
    await bulkInsert(
      tx.db,
      componentScores,
      {
        select: { sessionId: examSeats.sessionId, registrationId: examSeats.registrationId, component: loaded.session.component, absent: true, passed: false, createdAt: now, updatedAt: now },
        from: sql`${examSeats} where ${examSeats.sessionId} = ${id} and ${examSeats.absent}`,
      },
      {
        onConflict: {
          target: [componentScores.sessionId, componentScores.registrationId],
          update: ['absent', 'passed', 'updatedAt'],
          set: { scoreCenti: null, version: sql`${componentScores.version} + 1` },
        },
      },
    );
    const locked = await queryRows<{ n: number }>(
      tx.db,
      sql`with locked as (update component_scores set locked_at = ${now}::timestamptz, version = version + 1, updated_at = ${now}::timestamptz
        where session_id = ${id} and locked_at is null returning 1) select count(*)::int as n from locked`,
    );
    const [after] = await tx.db
      .update(examSessions)
      .set({ status: 'signed_off', signedOffBy: actorUserId(tx.actor), signedOffAt: now, version: sql`${examSessions.version} + 1`, updatedAt: now })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, version)))
      .returning();
    if (!after) throw staleVersion();
    const counts = (await sessionCounts(tx.db, [id])).get(id);
    await appendAudit(tx, {
      action: 'score.signed_off',
      entityType: 'exam_session',
      entityId: id,
      before: loaded.session,
      after,
      detail: { from: loaded.session.status, to: 'signed_off', locked: locked[0]?.n ?? 0, scored: counts?.scored ?? 0, absent: counts?.absent ?? 0 },
    });
    await notifySignedOff(tx, { ...loaded, session: after });
    return toSessionView(tx.actor, { ...loaded, session: after }, counts);
  });
}
