import { useState } from 'react';
import { Button, Card, Col, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { downloads, endpoints, type RectificationDetail } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDate, formatDateTime, Loading, PageTitle } from '../../layout/common.tsx';
import { FollowUpFiles, FollowUpStatus, FollowUpTimeline, FollowUpUpload, formOf } from './follow-up-views.tsx';

/**
 * One rectification order: the requirement and deadline, the institution's answer with its
 * evidence, the history of every step; the institution answers here (on a phone too), the
 * inspectors accept or reopen with a reason.
 */
export default function RectificationDetailPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const client = useQueryClient();
  const key = ['rectifications', id];
  const order = useQuery({ queryKey: key, queryFn: () => call(endpoints.rectification, { params: { id: id! } }) });
  const [deciding, setDeciding] = useState(false);
  const refresh = async () => {
    for (const k of [['rectifications'], ['supervision-record'], ['inspection-follow-up']]) await client.invalidateQueries({ queryKey: k });
  };
  if (order.isLoading) return <Loading />;
  if (order.error || !order.data) return <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  const can = (action: RectificationDetail['allowedActions'][number]) => o.allowedActions.includes(action);
  return (
    <>
      <PageTitle
        extra={
          (can('accept') || can('reopen')) && (
            <Button type="primary" onClick={() => setDeciding(true)}>
              {t('rectifications.decide')}
            </Button>
          )
        }
      >
        <Link to={`/${workspace}/rectifications`}>{workspace === 'institution' ? t('rectifications.titleInstitution') : t('rectifications.titleGovernment')}</Link> · {o.number}
      </PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('followUp.status')}>
                <Space wrap>
                  <FollowUpStatus kind="rectificationStatus" status={o.status} overdue={o.overdue} />
                  {!o.overdue && o.overdueSince && <Typography.Text type="secondary">{t('followUp.wasOverdue', { date: o.overdueSince })}</Typography.Text>}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('followUp.deadline')}>{formatDate(o.deadline)}</Descriptions.Item>
              <Descriptions.Item label={t('followUp.institution')}>{o.institutionName}</Descriptions.Item>
              <Descriptions.Item label={t('followUp.inspection')}>
                {o.inspectionNumber} {o.inspectionTitle}
              </Descriptions.Item>
              <Descriptions.Item label={t('rectifications.finding')} span={2}>
                {o.findingDescription ?? t('rectifications.wholeInspection')}
              </Descriptions.Item>
              <Descriptions.Item label={t('rectifications.requirement')} span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{o.requirement}</span>
              </Descriptions.Item>
              {o.response && (
                <Descriptions.Item label={t('rectifications.response')} span={2}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{o.response}</span>
                </Descriptions.Item>
              )}
              {o.decisionNote && (
                <Descriptions.Item label={t('rectifications.decisionNote')} span={2}>
                  {o.decisionNote}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('followUp.createdAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {can('respond') && <RespondCard order={o} onDone={refresh} />}
          <Card title={t('followUp.files')} style={{ marginBottom: 16 }}>
            <FollowUpFiles files={o.files} href={(f) => hrefOf(downloads.rectificationFile, { id: o.id, fileId: f.id })} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('followUp.timeline')}>
            <FollowUpTimeline entries={o.timeline} />
          </Card>
        </Col>
      </Row>
      <DecisionDialog
        open={deciding}
        title={t('rectifications.decideTitle', { number: o.number })}
        name="rectification-decision"
        reasonLabel={t('rectifications.decisionReason')}
        choices={[
          ...(can('accept') ? [{ key: 'accept' as const, label: t('rectifications.accept'), primary: true, done: t('rectifications.accepted') }] : []),
          ...(can('reopen') ? [{ key: 'reopen' as const, label: t('rectifications.reopen'), danger: true, reasonRequired: t('followUp.reasonRequired'), done: t('rectifications.reopened') }] : []),
        ]}
        send={(decision, values) =>
          call(decision === 'accept' ? endpoints.acceptRectification : endpoints.reopenRectification, { params: { id: o.id }, body: { version: o.version, reason: values.reason } })
        }
        onClose={() => setDeciding(false)}
        onDone={() => {
          setDeciding(false);
          void refresh();
        }}
      >
        {o.response && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{o.response}</Typography.Paragraph>}
      </DecisionDialog>
    </>
  );
}

/** The institution's answer: evidence first (each file sent as chosen), then what was done. */
function RespondCard({ order, onDone }: { order: RectificationDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ response: string }>();
  const respond = useFormMutation({
    form,
    mutationFn: (values: { response: string }) => call(endpoints.respondRectification, { params: { id: order.id }, body: { version: order.version, response: values.response } }),
    success: t('rectifications.responded'),
    onSuccess: onDone,
  });
  return (
    <Card title={t('rectifications.respondTitle')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('rectifications.respondHint')}</Typography.Paragraph>
      <FollowUpUpload
        accept=".pdf,.png,.jpg,.jpeg,image/*"
        hint={t('rectifications.evidenceAccept')}
        send={(file) => call(endpoints.uploadRectificationFile, { params: { id: order.id }, form: formOf(file) })}
        onUploaded={() => void onDone()}
      />
      {respond.error != null && <ErrorAlert error={respond.error} details={respond.unplaced} />}
      <Form form={form} name="rectification-respond" layout="vertical" style={{ marginTop: 16 }} onFinish={(values) => respond.mutate(values)}>
        <Form.Item label={t('rectifications.response')} name="response" rules={[{ required: true, whitespace: true, message: t('rectifications.responseRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" size="large" htmlType="submit" loading={respond.isPending} block>
          {t('rectifications.respond')}
        </Button>
      </Form>
    </Card>
  );
}
