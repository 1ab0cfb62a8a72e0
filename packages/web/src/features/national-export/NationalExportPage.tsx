import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints, type NationalExportBatch } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDateTime, Loading, PageTitle, StatusTag } from '../../layout/common.tsx';
import { BatchTags } from './batch-views.tsx';

/**
 * 全国联网上报 (the city): how many certificate changes wait and how many of them are past due,
 * the button that puts them in a batch, and the batches, newest first, with status and due date.
 */
export default function NationalExportPage() {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const overview = useQuery({ queryKey: ['national-export'], queryFn: () => call(endpoints.nationalExportOverview, {}) });
  const prepare = useFormMutation({
    mutationFn: () => call(endpoints.prepareNationalExport, {}),
    success: (batch) => t('nationalExport.prepared', { sequence: batch.sequence }),
    invalidate: [['national-export'], ['workbench']],
  });
  if (overview.isLoading) return <Loading />;
  if (overview.error || !overview.data) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const o = overview.data;
  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" disabled={!o.canPrepare} loading={prepare.isPending} onClick={() => prepare.mutate(undefined)}>
            {t('nationalExport.prepare')}
          </Button>
        }
      >
        {t('menu.national-export')}
      </PageTitle>
      {prepare.error != null && <ErrorAlert error={prepare.error} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('nationalExport.waiting')} value={o.waiting.count} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('nationalExport.waitingOverdue')} value={o.waiting.overdue} valueStyle={o.waiting.overdue ? { color: '#cf1322' } : undefined} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('nationalExport.overdueBatches')} value={o.overdueBatches} valueStyle={o.overdueBatches ? { color: '#cf1322' } : undefined} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('nationalExport.dueRule')} value={t('nationalExport.dueRuleValue', { days: o.dueWorkingDays })} valueStyle={{ fontSize: 16 }} />
          </Card>
        </Col>
      </Row>
      {!o.waiting.count && <Typography.Paragraph type="secondary">{t('nationalExport.nothingWaiting')}</Typography.Paragraph>}
      <Card title={t('nationalExport.batches')}>
        <Table<NationalExportBatch>
          rowKey="id"
          dataSource={o.batches}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('nationalExport.empty') }}
          columns={[
            {
              title: t('nationalExport.sequence'),
              render: (_, b) => (
                <Space size={4} wrap>
                  <Link to={`/${workspace}/national-export/${b.id}`}>#{b.sequence}</Link>
                  {b.attempt > 1 && <Tag>{t('nationalExport.attempt', { attempt: b.attempt })}</Tag>}
                </Space>
              ),
            },
            { title: t('nationalExport.rows'), dataIndex: 'rowCount' },
            { title: t('nationalExport.events'), render: (_, b) => `${b.firstEventId} – ${b.lastEventId}` },
            { title: t('filings.status'), render: (_, b) => <StatusTag status={b.status} namespace="nationalExport.status" /> },
            {
              title: t('nationalExport.dueOn'),
              render: (_, b) => (
                <Space size={4} wrap>
                  {b.dueOn}
                  <BatchTags batch={b} />
                </Space>
              ),
            },
            { title: t('nationalExport.createdAt'), render: (_, b) => formatDateTime(b.createdAt) },
            { title: t('nationalExport.ackReference'), render: (_, b) => b.ackReference ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
