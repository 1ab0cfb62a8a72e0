import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '@jiping/contracts';

/** A deadline as docs/ux.md writes it: the date and the working days left (three or fewer a warning), or how late. */
export function DeadlineText({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (deadline.overdue) return <Typography.Text type="danger">{t('results.overdue', { date: deadline.dueOn, days: deadline.lateWorkingDays })}</Typography.Text>;
  if (deadline.workingDaysLeft === 0) return <Typography.Text type="warning">{t('results.dueToday', { date: deadline.dueOn })}</Typography.Text>;
  return <Typography.Text type={deadline.workingDaysLeft <= 3 ? 'warning' : undefined}>{t('results.due', { date: deadline.dueOn, days: deadline.workingDaysLeft })}</Typography.Text>;
}

/** 按期 or 逾期 N 个工作日: what the district reads first of a submission. */
export function LatenessTag({ days }: { days: number }) {
  const { t } = useTranslation();
  return days > 0 ? <Tag color="orange">{t('results.late', { days })}</Tag> : <Tag color="green">{t('results.onTime')}</Tag>;
}

export function OutcomeTag({ outcome }: { outcome: 'passed' | 'failed' }) {
  const { t } = useTranslation();
  return <Tag color={outcome === 'passed' ? 'green' : 'default'}>{t(`results.outcomes.${outcome}`)}</Tag>;
}

/** 车工（数控车工）四级 */
export function usePlanLabel() {
  const { t } = useTranslation();
  return (p: { occupationName: string; workType: string; level: number }) => `${p.occupationName}${p.workType ? `（${p.workType}）` : ''} ${t(`level.${p.level}`)}`;
}
