import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, type Locale } from '@jiping/domain';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert, Loading, StatusTag } from '../../layout/common.tsx';

export default function DirectoryEntryPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { id } = useParams();
  const entry = useQuery({ queryKey: ['directory', id], queryFn: () => call(endpoints.publicInstitution, { params: { id: id! } }) });
  if (entry.isLoading) return <Loading />;
  if (entry.error || !entry.data) return <ErrorAlert error={entry.error} />;
  const e = entry.data;
  return (
    <>
      <Typography.Title level={3}>
        {e.name} {e.demonstration && <Tag color="gold">{t('directory.demonstrationMark')}</Tag>}
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('filings.status')}>
            <StatusTag status={e.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.category')}>{INSTITUTION_CATEGORY_LABELS[e.category][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.district')}>{e.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('filings.number')}>{e.filingNumber}</Descriptions.Item>
          <Descriptions.Item label={t('filings.validity')}>
            {e.validFrom} ~ {e.validUntil}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('directory.scope')}>
        <Table
          size="small"
          pagination={false}
          rowKey={(s) => `${s.occupationCode}|${s.workType}|${s.level}`}
          dataSource={e.scope}
          columns={[
            { title: t('filings.occupation'), render: (_, s) => `${s.occupationCode} ${s.occupationName}` },
            { title: t('filings.workType'), dataIndex: 'workType', render: (w: string) => w || t('filings.wholeOccupation') },
            { title: t('filings.level'), dataIndex: 'level', render: (l: number) => t(`level.${l}`) },
          ]}
        />
      </Card>
    </>
  );
}
