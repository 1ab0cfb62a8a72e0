import { useState } from 'react';
import { Alert, Checkbox, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { INSPECTION_METHODS } from '@jiping/domain';
import { DIRECT_INSPECTION_KINDS, endpoints } from '@jiping/contracts';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { FormModal } from '../staffing/FormModal.tsx';
import { formatDateTime } from '../../layout/common.tsx';

type Values = BodyOf<typeof endpoints.createInspection>;

/**
 * 发起督导检查: kind, the institution (searched in the officer's scope), for on-site supervision
 * one of its open sessions, the item, the methods, a title and ≥ 2 inspectors. Inspectors who
 * declared a conflict with the chosen institution are shown but cannot be ticked; the server
 * checks again and names them.
 */
export function CreateInspectionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const kind = Form.useWatch('kind', form);
  const institutionId = Form.useWatch('institutionId', form);
  const institutions = useQuery({ queryKey: ['institutions', 'inspection-picker', q], queryFn: () => call(endpoints.institutions, { query: { q: q || undefined, limit: 50 } }) });
  const options = useQuery({
    queryKey: ['inspections', 'form-options', institutionId ?? null],
    queryFn: () => call(endpoints.inspectionFormOptions, { query: institutionId ? { institutionId } : {} }),
  });
  const create = useFormMutation({
    form,
    invalidate: [['inspections']],
    mutationFn: (values: Values) => call(endpoints.createInspection, { body: values }),
    success: (created) => t('inspections.created', { number: created.number }),
    onSuccess: (created) => navigate(`/${workspace}/inspections/${created.id}`),
  });
  const required = [{ required: true, message: t('inspections.required') }];
  return (
    <FormModal title={t('inspections.createTitle')} form={form} mutation={create} onClose={onClose} width={720} canSubmit={options.data?.filingInForce !== false}>
      <Form form={form} layout="vertical" name="create-inspection" initialValues={{ kind: 'routine', methods: ['onsite'], inspectorIds: [] }} size="large">
        <Form.Item label={t('inspections.kindLabel')} name="kind" rules={required}>
          <Radio.Group optionType="button" buttonStyle="solid" options={DIRECT_INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('inspections.institution')} name="institutionId" rules={required}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            placeholder={t('inspections.pickInstitution')}
            loading={institutions.isLoading}
            options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            onChange={() => form.setFieldsValue({ inspectorIds: [], examSessionId: undefined })}
          />
        </Form.Item>
        {options.data?.filingInForce === false && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('inspections.noFiling')} />}
        {kind === 'session' && (
          <Form.Item label={t('inspections.session')} name="examSessionId" rules={required}>
            <Select options={(options.data?.sessions ?? []).map((s) => ({ value: s.id, label: `${formatDateTime(s.startsAt)} · ${s.room}` }))} />
          </Form.Item>
        )}
        <Form.Item label={t('inspections.item')} name="inspectionItemId" rules={required}>
          <Select options={(options.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))} />
        </Form.Item>
        <Form.Item label={t('inspections.methods')} name="methods" rules={required}>
          <Checkbox.Group options={INSPECTION_METHODS.map((m) => ({ value: m, label: t(`inspections.method.${m}`) }))} />
        </Form.Item>
        <Form.Item label={t('inspections.title')} name="title" rules={[...required, { whitespace: true, message: t('inspections.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('inspections.inspectors')} name="inspectorIds" extra={institutionId ? t('inspections.inspectorsHint') : t('inspections.pickInstitutionFirst')} rules={required}>
          <Checkbox.Group disabled={!institutionId} style={{ width: '100%' }}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {(options.data?.inspectors ?? []).map((i) => (
                <Checkbox key={i.id} value={i.id} disabled={i.conflicted} style={{ padding: '6px 0' }}>
                  {i.name} · {i.certificateNumber} · {i.field} {i.conflicted && <Tag color="red">{t('inspections.conflicted')}</Tag>}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
