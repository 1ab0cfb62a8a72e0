import { Alert, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDateTime } from '../../layout/common.tsx';

/** An institution's credential signing keys (public identifiers only) and the rotation button, for its administrators and the city. */
export function SigningKeysCard({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const key = ['signing-keys', institutionId];
  const keys = useQuery({ queryKey: key, queryFn: () => call(endpoints.signingKeys, { params: { id: institutionId } }) });
  const rotate = useFormMutation({ mutationFn: () => call(endpoints.rotateSigningKey, { params: { id: institutionId } }), invalidate: [key], success: t('credentials.rotated') });
  return (
    <Card
      title={t('credentials.keysTitle')}
      style={{ marginTop: 16 }}
      extra={
        <Popconfirm title={t('credentials.rotateConfirm')} onConfirm={() => rotate.mutate(undefined)}>
          <Button icon={<KeyOutlined aria-hidden />} loading={rotate.isPending}>
            {t('credentials.rotate')}
          </Button>
        </Popconfirm>
      }
    >
      <Typography.Paragraph type="secondary">{t('credentials.keysHint')}</Typography.Paragraph>
      {rotate.error ? <ErrorAlert error={rotate.error} /> : null}
      {keys.error ? <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} /> : null}
      {keys.data && !keys.data.items.length ? <Alert type="info" showIcon message={t('credentials.none')} /> : null}
      {keys.data?.items.length ? (
        <Table
          size="small"
          rowKey="kid"
          pagination={false}
          dataSource={keys.data.items}
          scroll={{ x: true }}
          columns={[
            { title: t('credentials.kid'), dataIndex: 'kid', render: (kid: string) => <Typography.Text code>{kid.split('#')[1]}</Typography.Text> },
            { title: t('credentials.activatedAt'), dataIndex: 'activatedAt', render: (at: string) => formatDateTime(at) },
            { title: t('credentials.retiredAt'), dataIndex: 'retiredAt', render: (at: string | null) => (at ? formatDateTime(at) : '—') },
            { title: '', dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">{t('credentials.active')}</Tag> : <Tag>{t('credentials.retired')}</Tag>) },
          ]}
        />
      ) : null}
    </Card>
  );
}
