import { useState } from 'react';
import { Alert, Button, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditVerification } from '@jiping/contracts';
import { api } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';

export default function AuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState<string | undefined>();
  const list = usePaged<AuditEvent>(['audit'], '/api/v1/audit/events', { action });
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification(await api<AuditVerification>('/api/v1/audit/verify'));
    } catch (error) {
      setVerifyError(error);
    } finally {
      setVerifying(false);
    }
  };
  return (
    <>
      <PageTitle extra={<Button type="primary" loading={verifying} onClick={() => void verify()}>{t('audit.verify')}</Button>}>{t('audit.title')}</PageTitle>
      {verifyError !== null && <ErrorAlert error={verifyError} />}
      {verification && (
        <Alert
          role="alert"
          showIcon
          style={{ marginBottom: 16 }}
          type={verification.ok ? 'success' : 'error'}
          message={verification.ok ? t('audit.ok', { checked: verification.checked }) : t('audit.broken')}
          description={verification.firstBroken?.message}
        />
      )}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('audit.filterAction')} htmlFor="audit-action">
          <Input.Search id="audit-action" allowClear placeholder="filing.approve" onSearch={(v) => setAction(v || undefined)} enterButton={t('common.search')} />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq' },
          { title: t('audit.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
          { title: t('audit.actor'), dataIndex: 'actorName' },
          { title: t('audit.action'), dataIndex: 'action' },
          { title: t('audit.entityType'), dataIndex: 'entityType' },
          { title: t('audit.entityId'), dataIndex: 'entityId', render: (v: string | null) => v ?? '—' },
          { title: t('audit.requestId'), dataIndex: 'requestId', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {list.hasNextPage && <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>}
    </>
  );
}
