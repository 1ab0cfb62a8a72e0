import { inArray, sql } from 'drizzle-orm';
import { SCORE_SESSION_OPERATIONS, scoreSessionPolicy, sessionRecordMissing, type Actor } from '@jiping/domain';
import type { ScoreSessionView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { rows as queryRows } from '../../platform/db/client.ts';
import { scoreFacts, type ScoreSession } from './score-session.ts';

interface SessionCounts {
  seated: number;
  absent: number;
  scored: number;
  pendingCorrections: number;
}

/** How far each session's scoring has come: one statement for any number of sessions. */
export async function sessionCounts(db: Db, sessionIds: readonly string[]): Promise<Map<string, SessionCounts>> {
  if (!sessionIds.length) return new Map();
  const counted = await queryRows<SessionCounts & { sessionId: string }>(
    db,
    sql`select st.session_id as "sessionId",
        count(*)::int as seated,
        count(*) filter (where st.absent or coalesce(cs.absent, false))::int as absent,
        count(*) filter (where not st.absent and not coalesce(cs.absent, false) and cs.score_centi is not null)::int as scored,
        (select count(*)::int from score_corrections sc where sc.session_id = st.session_id and sc.status = 'pending') as "pendingCorrections"
      from exam_seats st
      left join component_scores cs on cs.session_id = st.session_id and cs.registration_id = st.registration_id
      where ${inArray(sql`st.session_id`, [...sessionIds])}
      group by st.session_id`,
  );
  return new Map(counted.map((c) => [c.sessionId, c]));
}

export function toSessionView(actor: Actor, loaded: ScoreSession, counts: SessionCounts | undefined): ScoreSessionView {
  const { session } = loaded;
  const facts = scoreFacts(loaded);
  return {
    id: session.id,
    planId: session.planId,
    institutionId: session.institutionId,
    institutionName: loaded.institutionName,
    districtCode: session.districtCode,
    occupationCode: loaded.occupationCode,
    occupationName: loaded.occupationName,
    workType: loaded.workType,
    level: loaded.level,
    component: session.component,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    siteName: session.siteName,
    room: session.room,
    status: session.status,
    recordPresent: !sessionRecordMissing(session),
    seated: counts?.seated ?? 0,
    absent: counts?.absent ?? 0,
    scored: counts?.scored ?? 0,
    pendingCorrections: counts?.pendingCorrections ?? 0,
    signedOffAt: session.signedOffAt?.toISOString() ?? null,
    myDuties: [...new Set(loaded.mine.map((m) => m.duty))],
    version: session.version,
    allowedActions: SCORE_SESSION_OPERATIONS.filter((operation) => operation !== 'read' && scoreSessionPolicy(actor, operation, facts).allowed),
  };
}
