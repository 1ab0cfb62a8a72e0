import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useReasonedDecision } from './use-reasoned-decision.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { AdmissionExplanation } from './AdmissionExplanation.tsx';
import { DirectRecognitionDetails } from './DirectRecognitionDetails.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

type Decision = 'approve' | 'reject';

/**
 * 破格复核: the district bureau's second approval of an institution's 破格 request, with the
 * request, its evidence and the system's full explanation in view. 同意破格 admits the candidate;
 * 不同意 returns the application to 不符合条件 and needs remarks, which the candidate reads.
 * A request already decided (or one this user may not decide) opens read-only.
 */
export function DirectDecisionModal({
  registration,
  institutionName,
  onClose,
  onDone,
}: {
  registration: RegistrationView | null;
  institutionName?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const [form] = Form.useForm<{ reason: string }>();
  const r = registration;
  const canDecide = r !== null && r.allowedActions.includes('decideDirect');
  const { error, busy, decide, reset } = useReasonedDecision<Decision>(form, {
    reasonRequired: (decision) => (decision === 'reject' ? t('direct.reasonRequiredReject') : null),
    send: (decision, reason) =>
      call(endpoints.decideDirectRecognition, { params: { id: r!.id }, body: { version: r!.version, decision, reason } }),
    done: (decision) => (decision === 'approve' ? t('direct.approved') : t('direct.rejected')),
    onDone,
  });

  const close = () => {
    // A read-only view renders no form to reset.
    if (canDecide) reset();
    onClose();
  };

  return (
    <Modal
      open={r !== null}
      title={r ? t('direct.reviewTitle', { name: r.personName }) : ''}
      onCancel={close}
      destroyOnHidden
      width={800}
      footer={
        canDecide
          ? [
              <Button key="cancel" onClick={close}>{t('common.cancel')}</Button>,
              <Button key="reject" danger loading={busy === 'reject'} disabled={busy !== null} onClick={() => void decide('reject')}>{t('direct.reject')}</Button>,
              <Button key="approve" type="primary" loading={busy === 'approve'} disabled={busy !== null} onClick={() => void decide('approve')}>{t('direct.approve')}</Button>,
            ]
          : [<Button key="close" onClick={close}>{t('direct.close')}</Button>]
      }
    >
      {error !== null && <ErrorAlert error={error} />}
      {r && (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('registrations.person')}>{r.personName}（{r.personIdNumberMasked}）</Descriptions.Item>
            {institutionName && <Descriptions.Item label={t('direct.institution')}>{institutionName}</Descriptions.Item>}
            <Descriptions.Item label={t('registrations.occupation')}>{occupationText(r)} {levelText(r.level)}</Descriptions.Item>
            <Descriptions.Item label={t('registrations.examDate')}>{r.examStart}</Descriptions.Item>
          </Descriptions>
          {r.directRecognition && <DirectRecognitionDetails direct={r.directRecognition} audience="staff" />}
          <AdmissionExplanation admission={r.admission} />
          {canDecide && (
            <>
              <Alert type="info" showIcon title={t('direct.decisionHint')} style={{ margin: '12px 0' }} />
              <Form form={form} name="direct-decision" layout="vertical" preserve={false}>
                <Form.Item label={t('direct.decisionReason')} name="reason">
                  <Input.TextArea rows={3} maxLength={1000} showCount />
                </Form.Item>
              </Form>
            </>
          )}
        </>
      )}
    </Modal>
  );
}
