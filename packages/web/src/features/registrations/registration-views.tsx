import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistrationView } from '@jiping/contracts';
import { LEVEL_LABELS, isLevel, type Locale } from '@jiping/domain';
import { StatusTag } from '../../layout/common.tsx';

/** 职业（工种）: the name the server sent, with the work type when the plan names one. */
export function occupationText(r: { occupationCode: string; occupationName?: string; workType: string }) {
  return `${r.occupationName || r.occupationCode}${r.workType ? `（${r.workType}）` : ''}`;
}

export function useLevelText() {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (level: number) => (isLevel(level) ? LEVEL_LABELS[level][locale] : String(level));
}

/** The status, flagged when staff admitted although the system check said no. */
export function RegistrationStatus({ registration }: { registration: Pick<RegistrationView, 'status' | 'overridden'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <StatusTag status={registration.status} namespace="registrationStatus" />
      {registration.overridden && <Tag color="gold">{t('registrations.overridden')}</Tag>}
    </Space>
  );
}
