import { useState } from 'react';
import { Alert, Button, Form, Input, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { endpoints, type AuditEvent, type AuditVerification } from '@jiping/contracts';
import { ApiError, call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';

function VerificationResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  if (result.ok) return <Alert role="alert" showIcon type="success" style={{ marginBottom: 16 }} title={t('audit.ok', { checked: result.checked })} />;
  return (
    <Alert
      role="alert"
      showIcon
      type="error"
      style={{ marginBottom: 16 }}
      title={result.firstBroken?.message ?? t('audit.broken')}
      description={result.firstBroken ? `${t('audit.broken')} · ${t('audit.seq')} ${result.firstBroken.seq}` : undefined}
    />
  );
}

const ID_STYLE = { fontFamily: 'monospace', fontSize: 12 } as const;

/** The hash-chained audit trail, newest first, and the check that no event was edited or removed. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<{ action?: string; entityType?: string }>({});
  const list = usePaged(['audit'], endpoints.auditEvents, filter);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    setVerification(null);
    try {
      setVerification(await call(endpoints.auditVerify));
    } catch (error) {
      setVerifyError(error);
    } finally {
      setVerifying(false);
    }
  };
  const onFilter = (values: { action?: string; entityType?: string }) => setFilter({ action: values.action?.trim() || undefined, entityType: values.entityType?.trim() || undefined });
  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} loading={verifying} onClick={() => void verify()}>
            {t('audit.verify')}
          </Button>
        }
      >
        {t('audit.title')}
      </PageTitle>
      {verifyError !== null &&
        (verifyError instanceof ApiError ? <ErrorAlert error={verifyError} /> : <Alert role="alert" type="error" showIcon title={t('audit.verifyFailed')} style={{ marginBottom: 16 }} />)}
      {verification && <VerificationResult result={verification} />}
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} onFinish={onFilter}>
        <Form.Item label={t('audit.filterAction')} name="action" htmlFor="audit-action">
          <Input id="audit-action" allowClear placeholder={t('audit.actionPlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('audit.filterEntityType')} name="entityType" htmlFor="audit-entity-type">
          <Input id="audit-entity-type" allowClear placeholder={t('audit.entityTypePlaceholder')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {!list.error && (
        <Table<AuditEvent>
          rowKey="seq"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', align: 'right', onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
            { title: t('audit.at'), dataIndex: 'at', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
            { title: t('audit.actor'), dataIndex: 'actorName' },
            { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('audit.entityType'), dataIndex: 'entityType' },
            { title: t('audit.entityId'), dataIndex: 'entityId', render: (v: string | null) => (v ? <span style={ID_STYLE}>{v}</span> : '—') },
            { title: t('audit.requestId'), dataIndex: 'requestId', render: (v: string | null) => (v ? <span style={ID_STYLE}>{v}</span> : '—') },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
