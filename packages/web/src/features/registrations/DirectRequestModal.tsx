import { useState } from 'react';
import { Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type EvidenceFileView, type RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { uploadEvidence } from '../../api/people.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { EvidenceField } from '../people/EvidenceField.tsx';
import { PassTag } from './AdmissionExplanation.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

interface DirectRequestForm {
  reason: string;
  evidenceFileIds: string[];
}

/**
 * 申请破格: the institution asks its district bureau to waive the conditions for an outstanding
 * worker, with the grounds and the evidence (awards, results). The evidence is uploaded to the
 * institution's files; nothing is decided here: the application waits for the district's review.
 */
export function DirectRequestModal({ registration, onClose, onDone }: { registration: RegistrationView | null; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const levelText = useLevelText();
  const [form] = Form.useForm<DirectRequestForm>();
  const [files, setFiles] = useState<Map<string, EvidenceFileView>>(new Map());
  const r = registration;
  const request = useFormMutation({
    form,
    mutationFn: ({ registration, values }: { registration: RegistrationView; values: DirectRequestForm }) =>
      call(endpoints.requestDirectRecognition, {
        params: { id: registration.id },
        body: { version: registration.version, reason: values.reason.trim(), evidenceFileIds: values.evidenceFileIds ?? [] },
      }),
    success: t('direct.submitted'),
    onSuccess: () => {
      form.resetFields();
      setFiles(new Map());
      onDone();
    },
  });

  const submit = async () => {
    if (!r) return;
    request.mutate({ registration: r, values: await form.validateFields() });
  };

  const close = () => {
    request.reset();
    setFiles(new Map());
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={r !== null}
      title={r ? t('direct.requestTitle', { name: r.personName }) : ''}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={request.isPending} onClick={() => void submit().catch(() => undefined)}>
          {t('direct.submit')}
        </Button>,
      ]}
    >
      {request.error != null && <ErrorAlert error={request.error} details={request.unplaced} />}
      {r && (
        <>
          <Typography.Paragraph type="secondary">{t('direct.intro')}</Typography.Paragraph>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('registrations.person')}>
              {r.personName}（{r.personIdNumberMasked}）
            </Descriptions.Item>
            <Descriptions.Item label={t('registrations.occupation')}>
              {occupationText(r)} {levelText(r.level)}
            </Descriptions.Item>
            <Descriptions.Item label={t('registrations.systemCheck')}>
              <PassTag passed={r.admission.admissible} /> {r.admission.summary[locale]}
            </Descriptions.Item>
          </Descriptions>
          <Form form={form} name="direct-request" layout="vertical" preserve={false} initialValues={{ reason: '', evidenceFileIds: [] }}>
            <Form.Item
              label={t('direct.reason')}
              name="reason"
              required
              extra={t('direct.reasonHint')}
              rules={[
                {
                  validator: (_, value?: string) => ((value ?? '').trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('direct.reasonTooShort')))),
                },
              ]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item
              label={t('evidence.label')}
              name="evidenceFileIds"
              required
              extra={t('direct.evidenceHint')}
              rules={[{ validator: (_, ids?: string[]) => (ids?.length ? Promise.resolve() : Promise.reject(new Error(t('direct.evidenceRequired')))) }]}
            >
              <EvidenceField files={files} onUploaded={(f) => setFiles((m) => new Map(m).set(f.id, f))} upload={(file) => uploadEvidence({ institutionId: r.institutionId }, file, 'other')} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
