import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSmsOutbox } from '../../api/identity.ts';
import { ErrorAlert, formatDateTime, Nowrap, PageTitle } from '../../layout/common.tsx';

/**
 * The development SMS outbox: without an SMS gateway, verification codes are "sent" here, so a
 * demo can be walked through without anyone's phone. Absent when a gateway is configured.
 */
export default function SmsOutboxPage() {
  const { t } = useTranslation();
  const outbox = useSmsOutbox();
  return (
    <>
      <PageTitle>{t('smsOutbox.title')}</PageTitle>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('smsOutbox.intro')} />
      {outbox.error && <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
      <Table
        rowKey="id"
        loading={outbox.isLoading}
        dataSource={outbox.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('smsOutbox.empty') }}
        columns={[
          { title: t('smsOutbox.at'), dataIndex: 'createdAt', render: (v: string) => <Nowrap>{formatDateTime(v)}</Nowrap> },
          { title: t('smsOutbox.to'), dataIndex: 'toMasked', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('smsOutbox.body'), dataIndex: 'body', render: (v: string) => <div style={{ minWidth: 260 }}>{v}</div> },
        ]}
      />
    </>
  );
}
