import { and, eq } from 'drizzle-orm';
import { LEVEL_LABELS, shanghaiDate, type Level } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { examSeats, registrations, userGrants } from '../../platform/db/schema.ts';
import { notify } from '../notifications/index.ts';
import type { ScoreSession } from './score-session.ts';

const COMPONENT_WORDS = {
  theory: { 'zh-CN': '理论知识考试', 'en-US': 'theory exam' },
  skill: { 'zh-CN': '操作技能考核', 'en-US': 'skill assessment' },
  review: { 'zh-CN': '综合评审', 'en-US': 'comprehensive review' },
} as const;

/**
 * Tells every candidate seated in a session just signed off (each account linked to the person)
 * that its scores are confirmed and where to read them, in the app and by e-mail when the account
 * has an address. Written in the sign-off's transaction; absent candidates are told too, as their
 * row is locked without a score.
 */
export async function notifySignedOff(tx: ServiceContext, loaded: ScoreSession) {
  const accounts = await tx.db
    .select({ userId: userGrants.userId })
    .from(examSeats)
    .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
    .innerJoin(userGrants, and(eq(userGrants.role, 'candidate'), eq(userGrants.personId, registrations.personId)))
    .where(eq(examSeats.sessionId, loaded.session.id));
  if (!accounts.length) return;
  const message = {
    title: 'notification.scoreSignedOff.title',
    body: 'notification.scoreSignedOff.body',
    params: {
      // The catalogue names occupations in Chinese only, as the national classification does.
      occupation: loaded.occupationName,
      workType: loaded.workType ? { 'zh-CN': `（${loaded.workType}）`, 'en-US': ` (${loaded.workType})` } : '',
      level: LEVEL_LABELS[loaded.level as Level],
      component: COMPONENT_WORDS[loaded.session.component],
      examDate: shanghaiDate(loaded.session.startsAt),
    },
  };
  for (const { userId } of accounts) {
    await notify(tx, { userId, kind: 'score.signed_off', message, dedupeKey: `score-signed-off:${loaded.session.id}:${userId}` });
  }
}
