import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type InspectorConflict, type InspectorDetail } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime } from '../../layout/common.tsx';

/**
 * An inspector's declared conflicts (回避), with declaring and withdrawing for whoever the server
 * allows (`canDeclareConflicts`: the inspector themself, the department keeping the record).
 */
export function ConflictsSection({ inspector, onChanged }: { inspector: InspectorDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [declaring, setDeclaring] = useState(false);
  const [withdrawing, setWithdrawing] = useState<InspectorConflict | null>(null);
  return (
    <>
      <Typography.Title level={5} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        {t('inspectionRegistry.inspector.conflictsTitle')}
        {inspector.canDeclareConflicts && (
          <Button size="small" onClick={() => setDeclaring(true)}>
            {t('inspectionRegistry.inspector.declare')}
          </Button>
        )}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspectionRegistry.inspector.conflictsHint')}</Typography.Paragraph>
      <Table<InspectorConflict>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={inspector.conflicts}
        locale={{ emptyText: t('inspectionRegistry.inspector.noConflicts') }}
        columns={[
          { title: t('inspectionRegistry.inspector.conflictInstitution'), render: (_, c) => `${c.institutionName}（${c.districtName}）` },
          { title: t('inspectionRegistry.inspector.conflictReason'), dataIndex: 'reason' },
          { title: t('inspectionRegistry.inspector.declaredBy'), render: (_, c) => c.declaredByName ?? '—' },
          { title: t('inspectionRegistry.inspector.declaredAt'), render: (_, c) => formatDateTime(c.declaredAt) },
          ...(inspector.canDeclareConflicts
            ? [
                {
                  title: '',
                  render: (_: unknown, c: InspectorConflict) => (
                    <Button size="small" danger onClick={() => setWithdrawing(c)}>
                      {t('inspectionRegistry.inspector.withdraw')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DeclareConflictDialog open={declaring} inspectorId={inspector.id} onClose={() => setDeclaring(false)} onDone={onChanged} />
      {withdrawing && (
        <DecisionDialog
          open
          name="withdraw-conflict"
          title={t('inspectionRegistry.inspector.withdrawTitle', { name: withdrawing.institutionName })}
          reasonLabel={t('inspectionRegistry.reasonLabel')}
          reasonMaxLength={500}
          choices={[
            {
              key: 'withdraw',
              label: t('inspectionRegistry.inspector.withdraw'),
              primary: true,
              danger: true,
              reasonRequired: t('inspectionRegistry.reasonRequired'),
              done: t('inspectionRegistry.inspector.withdrawn'),
            },
          ]}
          send={(_, { reason }) => call(endpoints.withdrawInspectorConflict, { params: { id: inspector.id, conflictId: withdrawing.id }, body: { reason } })}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

/** The institution is picked from the public directory of filed institutions (searched on the server), so no one needs a list they may not read. */
function DeclareConflictDialog({ open, inspectorId, onClose, onDone }: { open: boolean; inspectorId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ institutionId: string; reason: string }>();
  const [search, setSearch] = useState('');
  const institutions = useQuery({
    queryKey: ['public-institutions', search],
    enabled: open,
    queryFn: () => call(endpoints.publicInstitutions, { query: search ? { q: search } : {} }),
  });
  const declare = useFormMutation({
    form,
    mutationFn: (values: { institutionId: string; reason: string }) => call(endpoints.declareInspectorConflict, { params: { id: inspectorId }, body: values }),
    success: t('inspectionRegistry.inspector.declared'),
    invalidate: [['inspectors']],
    onSuccess: () => {
      onDone();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={t('inspectionRegistry.inspector.declareTitle')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('inspectionRegistry.inspector.declare')}
      confirmLoading={declare.isPending}
      onOk={() =>
        void form.validateFields().then(
          (values) => declare.mutate(values),
          () => undefined,
        )
      }
    >
      {declare.error != null && <ErrorAlert error={declare.error} details={declare.unplaced} />}
      <Form form={form} name="declare-conflict" layout="vertical" preserve={false}>
        <Form.Item
          label={t('inspectionRegistry.inspector.conflictInstitution')}
          name="institutionId"
          rules={[{ required: true, message: t('form.required', { field: t('inspectionRegistry.inspector.conflictInstitution') }) }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={institutions.isFetching}
            placeholder={t('inspectionRegistry.inspector.institutionPlaceholder')}
            options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.districtName}）` }))}
          />
        </Form.Item>
        <Form.Item
          label={t('inspectionRegistry.inspector.conflictReason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('inspectionRegistry.inspector.conflictReason') }) }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
