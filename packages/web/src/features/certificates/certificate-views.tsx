import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '@jiping/domain';

const COLORS: Record<CertificateStatus, string> = { valid: 'green', revoked: 'red', replaced: 'default' };

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`certificates.status.${status}`)}</Tag>;
}

/** 车工（数控车工）: the occupation with its 工种 as printed. */
export function occupationWithWorkType(c: { occupationName: string; workType: string }) {
  return `${c.occupationName}${c.workType ? `（${c.workType}）` : ''}`;
}
