import { Alert, Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading } from '../../layout/common.tsx';
import { OutcomeTag, usePlanLabel } from './results-views.tsx';

type ObjectionForm = BodyOf<typeof endpoints.submitObjection>;

/**
 * One publicised list (masked names, 合格/不合格) and, while publicity lasts, the objection form:
 * anyone may object, with a way to be answered.
 */
export default function PublicityDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const planLabel = usePlanLabel();
  const detail = useQuery({ queryKey: ['public-result', id], queryFn: () => call(endpoints.publicResult, { params: { id: id! } }) });
  const [form] = Form.useForm<ObjectionForm>();
  const object = useFormMutation({
    form,
    mutationFn: (body: ObjectionForm) => call(endpoints.submitObjection, { params: { id: id! }, body }),
    onSuccess: () => form.resetFields(),
  });
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const p = detail.data;
  return (
    <>
      <Typography.Title level={3}>{planLabel(p)}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={2}>
          <span>
            {p.institutionName} · {p.districtName}
          </span>
          <span>
            {t('publicity.period', { from: p.startsOn, to: p.endsOn })} {p.open ? <Tag color="processing">{t('publicity.open')}</Tag> : <Tag>{t('publicity.ended')}</Tag>}
          </span>
        </Space>
      </Card>
      <Card title={`${t('publicity.list')} · ${t('publicity.entries', { count: p.entries })}`} style={{ marginBottom: 16 }}>
        <List
          size="small"
          dataSource={p.items}
          renderItem={(e) => (
            <List.Item extra={<OutcomeTag outcome={e.outcome} />}>
              <span>
                {e.entryNo}. {e.name} · {planLabel(e)}
              </span>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('publicity.objectTitle')}>
        {!p.open ? (
          <Alert type="info" showIcon title={t('publicity.closed', { date: p.endsOn })} />
        ) : object.data ? (
          <Alert type="success" showIcon role="status" title={t('publicity.received', { id: object.data.id })} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('publicity.objectIntro')}</Typography.Paragraph>
            {object.error != null && <ErrorAlert error={object.error} details={object.unplaced} />}
            <Form form={form} name="objection" layout="vertical" onFinish={(values) => object.mutate(values)}>
              <Form.Item label={t('publicity.contactName')} name="contactName" rules={[{ required: true, message: t('login.required', { field: t('publicity.contactName') }) }]}>
                <Input maxLength={50} autoComplete="name" />
              </Form.Item>
              <Form.Item label={t('publicity.contact')} name="contact" extra={t('publicity.contactHint')} rules={[{ required: true, message: t('login.required', { field: t('publicity.contact') }) }]}>
                <Input maxLength={254} autoComplete="email" />
              </Form.Item>
              <Form.Item label={t('publicity.entry')} name="entryId">
                <Select aria-label={t('publicity.entry')} allowClear options={p.items.map((e) => ({ value: e.id, label: `${e.entryNo}. ${e.name}` }))} />
              </Form.Item>
              <Form.Item label={t('publicity.reason')} name="reason" rules={[{ required: true, message: t('login.required', { field: t('publicity.reason') }) }]}>
                <Input.TextArea rows={4} maxLength={2000} showCount />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={object.isPending}>
                {t('publicity.submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
