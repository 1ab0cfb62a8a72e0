import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints, type InspectionFollowUp, type RectificationSummary } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDate, Loading } from '../../layout/common.tsx';
import { FollowUpStatus } from './follow-up-views.tsx';

/** What the follow-up panels of one inspection read: shared by the rectification and document-request panels. */
export function useInspectionFollowUp(inspectionId: string) {
  return useQuery({ queryKey: ['inspection-follow-up', inspectionId], queryFn: () => call(endpoints.inspectionFollowUp, { params: { id: inspectionId } }) });
}

/**
 * The rectification orders of one inspection with the button to order one (for its assigned
 * inspectors and the department running it): embedded on the inspection's page.
 */
export function RectificationPanel({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const followUp = useInspectionFollowUp(inspectionId);
  const [ordering, setOrdering] = useState(false);
  if (followUp.isLoading) return <Loading />;
  if (followUp.error || !followUp.data) return <ErrorAlert error={followUp.error} onRetry={() => void followUp.refetch()} />;
  const f = followUp.data;
  return (
    <Card
      title={t('rectifications.panel')}
      style={{ marginBottom: 16 }}
      extra={
        f.canOrderRectification && (
          <Button type="primary" onClick={() => setOrdering(true)}>
            {t('rectifications.new')}
          </Button>
        )
      }
    >
      <Table<RectificationSummary>
        rowKey="id"
        size="small"
        dataSource={f.rectifications}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('rectifications.empty') }}
        columns={[
          { title: t('followUp.number'), render: (_, o) => <Link to={`/${workspace}/rectifications/${o.id}`}>{o.number}</Link> },
          { title: t('rectifications.requirement'), dataIndex: 'requirement', ellipsis: true },
          { title: t('followUp.deadline'), render: (_, o) => formatDate(o.deadline) },
          { title: t('followUp.status'), render: (_, o) => <FollowUpStatus kind="rectificationStatus" status={o.status} overdue={o.overdue} /> },
        ]}
      />
      <OrderDialog open={ordering} followUp={f} onClose={() => setOrdering(false)} />
    </Card>
  );
}

type OrderValues = { findingId?: string; requirement: string; deadline: string };

function OrderDialog({ open, followUp, onClose }: { open: boolean; followUp: InspectionFollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrderValues>();
  const order = useFormMutation({
    form,
    mutationFn: (values: OrderValues) => call(endpoints.orderRectification, { params: { id: followUp.inspectionId }, body: { ...values, findingId: values.findingId ?? null } }),
    success: (created) => t('rectifications.created', { number: created.number }),
    invalidate: [['inspection-follow-up', followUp.inspectionId], ['rectifications']],
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      title={`${t('rectifications.newTitle')} · ${followUp.institutionName}`}
      okText={t('rectifications.new')}
      cancelText={t('common.cancel')}
      confirmLoading={order.isPending}
      onOk={() => void form.validateFields().then((values) => order.mutate(values))}
      onCancel={onClose}
      destroyOnHidden
    >
      {order.error != null && <ErrorAlert error={order.error} details={order.unplaced} />}
      <Form form={form} name="rectification-order" layout="vertical" preserve={false}>
        {followUp.findings.length > 0 && (
          <Form.Item label={t('rectifications.finding')} name="findingId">
            <Select allowClear placeholder={t('rectifications.wholeInspection')} options={followUp.findings.map((x) => ({ value: x.id, label: x.description }))} />
          </Form.Item>
        )}
        <Form.Item label={t('rectifications.requirement')} name="requirement" rules={[{ required: true, whitespace: true, message: t('rectifications.requirementRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label={t('followUp.deadline')} name="deadline" rules={[{ required: true, message: t('rectifications.deadlineRequired') }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
