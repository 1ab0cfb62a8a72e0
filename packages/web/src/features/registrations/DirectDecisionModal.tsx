import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { AdmissionExplanation } from './AdmissionExplanation.tsx';
import { DirectRecognitionDetails } from './DirectRecognitionDetails.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

/**
 * 破格复核: the district bureau's second approval of an institution's 破格 request, with the
 * request, its evidence and the system's full explanation in view. 同意破格 admits the candidate;
 * 不同意 returns the application to 不符合条件 and needs remarks, which the candidate reads.
 * A request already decided (or one this user may not decide) opens read-only.
 */
export function DirectDecisionModal({ registration, institutionName, onClose, onDone }: { registration: RegistrationView | null; institutionName?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const r = registration;
  const canDecide = r !== null && r.allowedActions.includes('decideDirect');
  return (
    <DecisionDialog
      open={r !== null}
      title={r ? t('direct.reviewTitle', { name: r.personName }) : ''}
      name="direct-decision"
      width={800}
      readOnly={!canDecide}
      reasonLabel={t('direct.decisionReason')}
      choices={[
        { key: 'reject', label: t('direct.reject'), danger: true, reasonRequired: t('direct.reasonRequiredReject'), done: t('direct.rejected') },
        { key: 'approve', label: t('direct.approve'), primary: true, done: t('direct.approved') },
      ]}
      send={(decision, { reason }) => call(endpoints.decideDirectRecognition, { params: { id: r!.id }, body: { version: r!.version, decision, reason } })}
      onClose={onClose}
      onDone={onDone}
    >
      {r && (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('registrations.person')}>
              {r.personName}（{r.personIdNumberMasked}）
            </Descriptions.Item>
            {institutionName && <Descriptions.Item label={t('direct.institution')}>{institutionName}</Descriptions.Item>}
            <Descriptions.Item label={t('registrations.occupation')}>
              {occupationText(r)} {levelText(r.level)}
            </Descriptions.Item>
            <Descriptions.Item label={t('registrations.examDate')}>{r.examStart}</Descriptions.Item>
          </Descriptions>
          {r.directRecognition && <DirectRecognitionDetails direct={r.directRecognition} audience="staff" />}
          <AdmissionExplanation admission={r.admission} />
          {canDecide && <Alert type="info" showIcon title={t('direct.decisionHint')} style={{ margin: '12px 0' }} />}
        </>
      )}
    </DecisionDialog>
  );
}
