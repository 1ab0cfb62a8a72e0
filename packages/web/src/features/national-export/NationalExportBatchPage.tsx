import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { downloads, endpoints, type NationalExportBatch } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, PageTitle, StatusTag } from '../../layout/common.tsx';
import { BatchTags } from './batch-views.tsx';

/**
 * One batch: its facts and digests, the two files (each download audited), and, once exported,
 * the national system's answer: a receipt (reference and date) or a rejection with its reason,
 * which puts the same changes in a new batch (the page then opens that one).
 */
export default function NationalExportBatchPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const key = ['national-export', id];
  const batch = useQuery({ queryKey: key, queryFn: () => call(endpoints.nationalExportBatch, { params: { id: id! } }) });
  const [acknowledging, setAcknowledging] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const refresh = async () => {
    for (const k of [['national-export'], ['workbench']]) await client.invalidateQueries({ queryKey: k });
  };
  if (batch.isLoading) return <Loading />;
  if (batch.error || !batch.data) return <ErrorAlert error={batch.error} onRetry={() => void batch.refetch()} />;
  const b = batch.data;
  const can = (action: string) => b.allowedActions.includes(action as never);
  // A download changes the batch (first export): read it again when the user comes back to the page.
  const afterDownload = () => setTimeout(() => void refresh(), 1000);
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {can('download') && (
              <>
                <Button href={hrefOf(downloads.nationalExportCsv, { id: b.id })} onClick={afterDownload}>
                  {t('nationalExport.downloadCsv')}
                </Button>
                <Button href={hrefOf(downloads.nationalExportJson, { id: b.id })} onClick={afterDownload}>
                  {t('nationalExport.downloadJson')}
                </Button>
              </>
            )}
            {can('acknowledge') && (
              <Button type="primary" onClick={() => setAcknowledging(true)}>
                {t('nationalExport.acknowledge')}
              </Button>
            )}
            {can('reject') && (
              <Button danger onClick={() => setRejecting(true)}>
                {t('nationalExport.reject')}
              </Button>
            )}
          </Space>
        }
      >
        <Link to={`/${workspace}/national-export`}>{t('menu.national-export')}</Link> · {t('nationalExport.sequence')} #{b.sequence}
      </PageTitle>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('nationalExport.downloadNote')} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('filings.status')}>
            <Space size={4} wrap>
              <StatusTag status={b.status} namespace="nationalExport.status" />
              {b.attempt > 1 && <Tag>{t('nationalExport.attempt', { attempt: b.attempt })}</Tag>}
              <BatchTags batch={b} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('nationalExport.dueOn')}>{b.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t('nationalExport.rows')}>{b.rowCount}</Descriptions.Item>
          <Descriptions.Item label={t('nationalExport.events')}>{`${b.firstEventId} – ${b.lastEventId}`}</Descriptions.Item>
          <Descriptions.Item label={t('nationalExport.createdAt')}>{formatDateTime(b.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('nationalExport.exportedAt')}>{formatDateTime(b.exportedAt)}</Descriptions.Item>
          {b.ackReference && <Descriptions.Item label={t('nationalExport.ackReference')}>{b.ackReference}</Descriptions.Item>}
          {b.acknowledgedOn && <Descriptions.Item label={t('nationalExport.acknowledgedOn')}>{b.acknowledgedOn}</Descriptions.Item>}
          {b.rejectionReason && <Descriptions.Item label={t('nationalExport.rejectionReason')}>{b.rejectionReason}</Descriptions.Item>}
          <Descriptions.Item label={t('nationalExport.digest')} span={2}>
            {b.csvDigest ? (
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                CSV {b.csvDigest} · JSON {b.jsonDigest}
              </Typography.Text>
            ) : (
              t('nationalExport.digestPending')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('nationalExport.items')}>
        <Table
          rowKey="eventId"
          dataSource={b.items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('nationalExport.events'), dataIndex: 'eventId' },
            { title: t('nationalExport.changeKind'), dataIndex: 'changeKind', render: (k: string) => t(`nationalExport.kind.${k}`) },
            { title: t('nationalExport.certificateNumber'), dataIndex: 'certificateNumber' },
            { title: t('nationalExport.holderName'), dataIndex: 'holderName' },
            { title: t('nationalExport.institutionName'), dataIndex: 'institutionName' },
            { title: t('nationalExport.occurredOn'), dataIndex: 'occurredOn' },
            { title: t('nationalExport.dueOn'), dataIndex: 'dueOn' },
          ]}
        />
      </Card>
      <AcknowledgeDialog open={acknowledging} batch={b} onClose={() => setAcknowledging(false)} onDone={refresh} />
      <DecisionDialog
        open={rejecting}
        title={t('nationalExport.rejectTitle')}
        name="national-export-reject"
        reasonLabel={t('nationalExport.rejectReason')}
        choices={[{ key: 'reject' as const, label: t('nationalExport.reject'), danger: true, reasonRequired: t('nationalExport.reasonRequired'), done: t('nationalExport.rejected') }]}
        send={(_, values) => call(endpoints.rejectNationalExport, { params: { id: b.id }, body: { version: b.version, reason: values.reason } })}
        onClose={() => setRejecting(false)}
        onDone={() => {
          setRejecting(false);
          void refresh().then(async () => {
            const overview = await client.fetchQuery({ queryKey: ['national-export'], queryFn: () => call(endpoints.nationalExportOverview, {}), staleTime: 0 });
            const retry = overview.batches.find((x) => x.retryOfSequence === b.sequence);
            if (retry) navigate(`/${workspace}/national-export/${retry.id}`);
          });
        }}
      />
    </>
  );
}

function AcknowledgeDialog({ open, batch, onClose, onDone }: { open: boolean; batch: NationalExportBatch; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reference: string; acknowledgedOn: string }>();
  const acknowledge = useFormMutation({
    form,
    mutationFn: (values: { reference: string; acknowledgedOn: string }) => call(endpoints.acknowledgeNationalExport, { params: { id: batch.id }, body: { version: batch.version, ...values } }),
    success: t('nationalExport.acknowledged'),
    onSuccess: async () => {
      onClose();
      await onDone();
    },
  });
  return (
    <Modal
      open={open}
      title={t('nationalExport.acknowledge')}
      okText={t('nationalExport.acknowledge')}
      cancelText={t('common.cancel')}
      confirmLoading={acknowledge.isPending}
      onOk={() => void form.validateFields().then((values) => acknowledge.mutate(values))}
      onCancel={onClose}
      destroyOnHidden
    >
      {acknowledge.error != null && <ErrorAlert error={acknowledge.error} details={acknowledge.unplaced} />}
      <Form form={form} name="national-export-acknowledge" layout="vertical" preserve={false}>
        <Form.Item label={t('nationalExport.ackReference')} name="reference" rules={[{ required: true, whitespace: true, message: t('nationalExport.referenceRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('nationalExport.acknowledgedOn')} name="acknowledgedOn" rules={[{ required: true, message: t('nationalExport.dateRequired') }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
