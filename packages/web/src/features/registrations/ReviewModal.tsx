import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { PassTag } from './AdmissionExplanation.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

/**
 * 审核: 准予报名 or 不予受理. Admitting someone the system check found ineligible is a flagged
 * override (破格/人工放行): the dialog says so, and a reason is required, as for a rejection.
 */
export function ReviewModal({ registration, onClose, onDone }: { registration: RegistrationView | null; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const levelText = useLevelText();
  const r = registration;
  const override = r !== null && !r.admission.admissible;
  return (
    <DecisionDialog
      open={r !== null}
      title={r ? t('review.title', { name: r.personName }) : ''}
      name="review"
      width={640}
      reasonLabel={t('review.reason')}
      reasonExtra={override ? t('review.reasonOverrideHint') : t('review.reasonHint')}
      choices={[
        { key: 'reject', label: t('review.reject'), danger: true, reasonRequired: t('review.reasonRequiredReject'), done: t('review.rejected') },
        {
          key: 'admit',
          label: t('review.admit'),
          primary: true,
          danger: override,
          reasonRequired: override ? t('review.reasonRequiredOverride') : null,
          done: override ? t('review.overrideDone') : t('review.admitted'),
        },
      ]}
      send={(decision, { reason }) => call(endpoints.reviewRegistration, { params: { id: r!.id }, body: { version: r!.version, decision, reason } })}
      onClose={onClose}
      onDone={onDone}
    >
      {r && (
        <>
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
          {override && <Alert type="warning" showIcon role="alert" title={t('review.overrideTitle')} description={t('review.overrideText')} style={{ marginBottom: 12 }} />}
        </>
      )}
    </DecisionDialog>
  );
}
