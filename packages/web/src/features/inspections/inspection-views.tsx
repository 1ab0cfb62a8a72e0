import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionSummary } from '@jiping/contracts';
import { STATUS_COLORS } from '../../layout/common.tsx';

const INSPECTION_COLORS: Record<string, string> = { ...STATUS_COLORS, assigned: 'blue', submitted: 'purple', published: 'green' };
const CONCLUSION_COLORS: Record<string, string> = { compliant: 'green', rectify: 'orange', non_compliant: 'red' };

/** The inspection's state, and the red 逾期未公开 tag when its result is overdue for publication. */
export function InspectionStatusTags({ inspection }: { inspection: Pick<InspectionSummary, 'status' | 'publicationOverdue'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={INSPECTION_COLORS[inspection.status] ?? 'default'}>{t(`inspections.statusName.${inspection.status}`)}</Tag>
      {inspection.publicationOverdue && <Tag color="red">{t('inspections.overdue')}</Tag>}
    </Space>
  );
}

export function ConclusionTag({ conclusion }: { conclusion: string | null }) {
  const { t } = useTranslation();
  if (!conclusion) return <>—</>;
  return <Tag color={CONCLUSION_COLORS[conclusion]}>{t(`inspections.conclusionName.${conclusion}`)}</Tag>;
}
