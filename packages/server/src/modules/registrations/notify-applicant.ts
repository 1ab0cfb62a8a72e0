import { and, eq } from 'drizzle-orm';
import { LEVEL_LABELS, type AdmissionResult, type Level } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants } from '../../platform/db/schema.ts';
import { notify } from '../notifications/notify.ts';
import type { PlanForRegistration } from './admission-inputs.ts';
import type { RegistrationRow } from './registration-view.ts';

const STATUS_TEXT: Record<string, string> = {
  pending: '已提交，系统初审符合申报条件，等待评价机构审核',
  ineligible: '系统初审不符合申报条件',
  direct_pending: '评价机构已申请破格，等待区人社局复核',
  admitted: '准予报名',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

/**
 * Tells the candidate (every account linked to the person) where their application stands and
 * why, in the app and by e-mail when they gave an address. Written in the caller's transaction,
 * so a rolled-back change notifies no one.
 */
export async function notifyApplicant(tx: ServiceContext, row: RegistrationRow, target: PlanForRegistration, personName: string) {
  const accounts = await tx.db
    .select({ userId: userGrants.userId })
    .from(userGrants)
    .where(and(eq(userGrants.role, 'candidate'), eq(userGrants.personId, row.personId)));
  if (!accounts.length) return;
  const admission = row.admission as AdmissionResult;
  const subject = `${target.occupation.nameZh}（${LEVEL_LABELS[row.level as Level]['zh-CN']}）报名：${STATUS_TEXT[row.status] ?? row.status}`;
  const lines = [
    `${personName}，您好：`,
    `您向${target.institutionName}申报的${target.occupation.nameZh}${target.plan.workType ? `（${target.plan.workType}）` : ''}${LEVEL_LABELS[row.level as Level]['zh-CN']}（考试日期 ${target.plan.examStart}）：${STATUS_TEXT[row.status] ?? row.status}。`,
    row.reviewReason ? `审核意见：${row.reviewReason}` : `说明：${admission.summary['zh-CN']}`,
  ];
  for (const { userId } of accounts) {
    await notify(tx, { userId, kind: `registration.${row.status}`, title: subject, body: lines.join('\n'), dedupeKey: `registration:${row.id}:${row.version}:${userId}` });
  }
}
