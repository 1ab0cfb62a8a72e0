import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalExportBatch } from '@jiping/contracts';

/** Overdue (not acknowledged after its due date) or acknowledged late, and the attempts before and after it. */
export function BatchTags({ batch }: { batch: NationalExportBatch }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {batch.overdue && <Tag color="red">{t('nationalExport.overdue')}</Tag>}
      {batch.late && <Tag color="orange">{t('nationalExport.late')}</Tag>}
      {batch.retryOfSequence !== null && <Tag>{t('nationalExport.retryOf', { sequence: batch.retryOfSequence })}</Tag>}
      {batch.retriedBySequence !== null && <Tag>{t('nationalExport.retriedBy', { sequence: batch.retriedBySequence })}</Tag>}
    </Space>
  );
}
