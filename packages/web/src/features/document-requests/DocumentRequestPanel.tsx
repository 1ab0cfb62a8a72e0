import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Table } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DOCUMENT_REQUEST_MATERIAL_MAX_LENGTH, DOCUMENT_REQUEST_MATERIALS_MAX } from '@jiping/domain';
import { endpoints, type InspectionFollowUp } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDate, Loading } from '../../layout/common.tsx';
import { FollowUpStatus } from '../rectifications/follow-up-views.tsx';
import { useInspectionFollowUp } from '../rectifications/RectificationPanel.tsx';

/**
 * The document requests of one inspection with the button to ask for materials (for its
 * assigned inspectors and the department running it): embedded on the inspection's page.
 */
export function DocumentRequestPanel({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const followUp = useInspectionFollowUp(inspectionId);
  const [asking, setAsking] = useState(false);
  if (followUp.isLoading) return <Loading />;
  if (followUp.error || !followUp.data) return <ErrorAlert error={followUp.error} onRetry={() => void followUp.refetch()} />;
  const f = followUp.data;
  return (
    <Card
      title={t('documentRequests.panel')}
      style={{ marginBottom: 16 }}
      extra={
        f.canRequestDocuments && (
          <Button type="primary" onClick={() => setAsking(true)}>
            {t('documentRequests.new')}
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        dataSource={f.documentRequests}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('documentRequests.empty') }}
        columns={[
          { title: t('followUp.number'), render: (_, r) => <Link to={`/${workspace}/document-requests/${r.id}`}>{r.number}</Link> },
          { title: t('documentRequests.materials'), render: (_, r) => r.materials.join('、'), ellipsis: true },
          { title: t('followUp.deadline'), render: (_, r) => formatDate(r.deadline) },
          { title: t('followUp.status'), render: (_, r) => <FollowUpStatus kind="documentRequestStatus" status={r.status} overdue={r.overdue} /> },
          { title: t('documentRequests.fileCount'), dataIndex: 'fileCount' },
        ]}
      />
      <RequestDialog open={asking} followUp={f} onClose={() => setAsking(false)} />
    </Card>
  );
}

type RequestValues = { materials: string[]; note?: string; deadline: string };

function RequestDialog({ open, followUp, onClose }: { open: boolean; followUp: InspectionFollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const ask = useFormMutation({
    form,
    mutationFn: (values: RequestValues) => call(endpoints.createDocumentRequest, { params: { id: followUp.inspectionId }, body: values }),
    success: (created) => t('documentRequests.created', { number: created.number }),
    invalidate: [['inspection-follow-up', followUp.inspectionId], ['document-requests']],
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      title={`${t('documentRequests.newTitle')} · ${followUp.institutionName}`}
      okText={t('documentRequests.new')}
      cancelText={t('common.cancel')}
      confirmLoading={ask.isPending}
      onOk={() => void form.validateFields().then((values) => ask.mutate(values))}
      onCancel={onClose}
      destroyOnHidden
    >
      {ask.error != null && <ErrorAlert error={ask.error} details={ask.unplaced} />}
      <Form form={form} name="document-request" layout="vertical" preserve={false} initialValues={{ materials: [''] }}>
        <Form.List name="materials">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Form.Item key={field.key} label={index === 0 ? t('documentRequests.materials') : undefined} required={index === 0}>
                  <div style={{ display: 'flex', gap: 8 }}>
                    <Form.Item name={field.name} noStyle rules={[{ required: true, whitespace: true, message: t('documentRequests.materialRequired') }]}>
                      <Input maxLength={DOCUMENT_REQUEST_MATERIAL_MAX_LENGTH} placeholder={t('documentRequests.material')} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" aria-label={t('documentRequests.removeMaterial')} icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)} />}
                  </div>
                </Form.Item>
              ))}
              {fields.length < DOCUMENT_REQUEST_MATERIALS_MAX && (
                <Button type="dashed" block icon={<PlusOutlined aria-hidden />} onClick={() => add('')} style={{ marginBottom: 16 }}>
                  {t('documentRequests.addMaterial')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item label={t('documentRequests.note')} name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('followUp.deadline')} name="deadline" rules={[{ required: true, message: t('rectifications.deadlineRequired') }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
