import { and, eq } from 'drizzle-orm';
import { LEVEL_LABELS, type AdmissionResult, type Level } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants } from '../../platform/db/schema.ts';
import { notify } from '../notifications/index.ts';
import type { MessageParams } from '../../platform/i18n/messages.ts';
import type { PlanForRegistration } from './admission-inputs.ts';
import type { RegistrationRow } from './registration-view.ts';

/**
 * Tells the candidate (every account linked to the person) where their application stands and
 * why, in the app and by e-mail when they gave an address, each in the account's language.
 * Written in the caller's transaction, so a rolled-back change notifies no one.
 */
export async function notifyApplicant(tx: ServiceContext, row: RegistrationRow, target: PlanForRegistration, personName: string) {
  const accounts = await tx.db
    .select({ userId: userGrants.userId })
    .from(userGrants)
    .where(and(eq(userGrants.role, 'candidate'), eq(userGrants.personId, row.personId)));
  if (!accounts.length) return;
  const admission = row.admission as AdmissionResult;
  const workType = target.plan.workType;
  const params: MessageParams = {
    name: personName,
    institution: target.institutionName,
    // The catalogue names occupations in Chinese only, as the national classification does.
    occupation: target.occupation.nameZh,
    workType: workType ? { 'zh-CN': `（${workType}）`, 'en-US': ` (${workType})` } : '',
    level: LEVEL_LABELS[row.level as Level],
    examDate: target.plan.examStart,
    registrationNotice: row.status,
    reason: row.reviewReason,
    summary: admission.summary,
  };
  const message = { title: 'notification.registration.title', body: row.reviewReason ? 'notification.registration.bodyReason' : 'notification.registration.bodySummary', params };
  for (const { userId } of accounts) {
    await notify(tx, { userId, kind: `registration.${row.status}`, message, dedupeKey: `registration:${row.id}:${row.version}:${userId}` });
  }
}
