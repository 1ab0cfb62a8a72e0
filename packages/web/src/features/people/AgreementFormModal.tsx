import { useState } from 'react';
import { Form, Input, Modal, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type AgreementView, type EvidenceFileView } from '@jiping/contracts';
import { AGREEMENT_KINDS, AGREEMENT_KIND_LABELS, checkCreditCode, type Locale } from '@jiping/domain';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { uploadEvidence } from '../../api/people.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { EvidenceField } from './EvidenceField.tsx';

/** 新增协议: a 校企合作协议 or 委托评价协议 with its counterpart, period and scanned copy. */
export function AgreementFormModal({ open, institutionId, onClose, onCreated }: { open: boolean; institutionId: string; onClose: () => void; onCreated: (a: AgreementView) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<BodyOf<typeof endpoints.createAgreement>>();
  const [files, setFiles] = useState<Map<string, EvidenceFileView>>(new Map());
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  const create = useFormMutation({
    form,
    mutationFn: (body: BodyOf<typeof endpoints.createAgreement>) => call(endpoints.createAgreement, { params: { id: institutionId }, body }),
    success: t('agreements.created'),
    onSuccess: (created) => {
      form.resetFields();
      setFiles(new Map());
      onCreated(created);
    },
  });

  const submit = async () => {
    const values = await form.validateFields();
    create.mutate({
      ...values,
      counterpartName: values.counterpartName.trim(),
      counterpartCreditCode: values.counterpartCreditCode.trim().toUpperCase(),
      evidenceFileIds: values.evidenceFileIds ?? [],
    });
  };

  return (
    <Modal
      open={open}
      title={t('agreements.new')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      width={640}
      destroyOnHidden
    >
      {create.error != null && <ErrorAlert error={create.error} details={create.unplaced} />}
      <Form form={form} name="agreement" layout="vertical" preserve={false} initialValues={{ kind: 'cooperation', evidenceFileIds: [] }}>
        <Form.Item label={<span id="agreement-kind">{t('agreements.kind')}</span>} name="kind" rules={[{ required: true }]}>
          <Radio.Group aria-labelledby="agreement-kind" options={AGREEMENT_KINDS.map((k) => ({ value: k, label: AGREEMENT_KIND_LABELS[k][locale] }))} />
        </Form.Item>
        <Form.Item label={t('agreements.counterpartName')} name="counterpartName" rules={required(t('agreements.counterpartName'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('agreements.counterpartCreditCode')}
          name="counterpartCreditCode"
          rules={[
            ...required(t('agreements.counterpartCreditCode')),
            {
              validator: (_, value?: string) => (!value || checkCreditCode(value.trim().toUpperCase()) === null ? Promise.resolve() : Promise.reject(new Error(t('agreements.creditCodeInvalid')))),
            },
          ]}
        >
          <Input maxLength={18} style={{ width: 260 }} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label={t('agreements.validFrom')} name="validFrom" rules={required(t('agreements.validFrom'))}>
            <Input type="date" />
          </Form.Item>
          <Form.Item label={t('agreements.validUntil')} name="validUntil" rules={required(t('agreements.validUntil'))}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item label={t('evidence.label')} name="evidenceFileIds" extra={t('agreements.evidenceHint')}>
          <EvidenceField files={files} onUploaded={(f) => setFiles((m) => new Map(m).set(f.id, f))} upload={(file) => uploadEvidence({ institutionId }, file, 'agreement')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
