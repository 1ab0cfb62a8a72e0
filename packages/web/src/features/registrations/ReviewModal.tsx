import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useReasonedDecision } from './use-reasoned-decision.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { PassTag } from './AdmissionExplanation.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

type Decision = 'admit' | 'reject';

/**
 * 审核: 准予报名 or 不予受理. Admitting someone the system check found ineligible is a flagged
 * override (破格/人工放行): the dialog says so, and a reason is required, as for a rejection.
 */
export function ReviewModal({ registration, onClose, onDone }: { registration: RegistrationView | null; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const levelText = useLevelText();
  const [form] = Form.useForm<{ reason: string }>();
  const r = registration;
  const override = r !== null && !r.admission.admissible;
  const { error, busy, decide, reset } = useReasonedDecision<Decision>(form, {
    reasonRequired: (decision) => (decision === 'reject' ? t('review.reasonRequiredReject') : override ? t('review.reasonRequiredOverride') : null),
    send: (decision, reason) => call(endpoints.reviewRegistration, { params: { id: r!.id }, body: { version: r!.version, decision, reason } }),
    done: (decision) => (decision === 'admit' ? (override ? t('review.overrideDone') : t('review.admitted')) : t('review.rejected')),
    onDone,
  });

  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal
      open={r !== null}
      title={r ? t('review.title', { name: r.personName }) : ''}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={close}>{t('common.cancel')}</Button>,
        <Button key="reject" danger loading={busy === 'reject'} disabled={busy !== null} onClick={() => void decide('reject')}>{t('review.reject')}</Button>,
        <Button key="admit" type="primary" danger={override} loading={busy === 'admit'} disabled={busy !== null} onClick={() => void decide('admit')}>{t('review.admit')}</Button>,
      ]}
    >
      {error !== null && <ErrorAlert error={error} />}
      {r && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('registrations.person')}>{r.personName}（{r.personIdNumberMasked}）</Descriptions.Item>
            <Descriptions.Item label={t('registrations.occupation')}>{occupationText(r)} {levelText(r.level)}</Descriptions.Item>
            <Descriptions.Item label={t('registrations.systemCheck')}><PassTag passed={r.admission.admissible} /> {r.admission.summary[locale]}</Descriptions.Item>
          </Descriptions>
          {override && <Alert type="warning" showIcon role="alert" title={t('review.overrideTitle')} description={t('review.overrideText')} style={{ marginBottom: 12 }} />}
          <Form form={form} name="review" layout="vertical" preserve={false}>
            <Form.Item label={t('review.reason')} name="reason" required={override} extra={override ? t('review.reasonOverrideHint') : t('review.reasonHint')}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
