import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistrationView } from '@jiping/contracts';
import { formatDateTime } from '../../layout/common.tsx';
import { EvidenceLinks } from '../people/EvidenceField.tsx';

export type DirectRecognition = NonNullable<RegistrationView['directRecognition']>;

const DECISION_COLORS: Record<DirectRecognition['decision'], string> = { pending: 'purple', approved: 'green', rejected: 'red' };

/** 破格待复核 / 同意破格 / 不同意破格, as a tag whose text says it. */
export function DirectDecisionTag({ decision }: { decision: DirectRecognition['decision'] }) {
  const { t } = useTranslation();
  return <Tag color={DECISION_COLORS[decision]}>{t(`direct.decision.${decision}`)}</Tag>;
}

/**
 * The 破格 evidence: linked by name for staff who may open the institution's files; to anyone
 * else (the candidate) the server sends no names, and the count is what they read.
 */
export function DirectEvidence({ direct }: { direct: DirectRecognition }) {
  const { t } = useTranslation();
  return direct.evidenceFiles ? <EvidenceLinks files={direct.evidenceFiles} /> : <>{t('direct.evidenceCount', { count: direct.evidenceFileIds.length })}</>;
}

/**
 * The 破格 request and the district's decision: the institution's reason and evidence, and the
 * decision with its remarks. Staff follow the evidence links and see who asked and who decided;
 * the candidate reads the reason, how much evidence was attached and the outcome.
 */
export function DirectRecognitionDetails({ direct, audience }: { direct: DirectRecognition; audience: 'staff' | 'candidate' }) {
  const { t } = useTranslation();
  const staff = audience === 'staff';
  const decided = direct.decision !== 'pending';
  return (
    <section aria-label={t('direct.section')}>
      <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('direct.section')}</h3>} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('direct.reason')}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{direct.reason}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('evidence.label')}>
            <DirectEvidence direct={direct} />
          </Descriptions.Item>
          {staff && <Descriptions.Item label={t('direct.requestedBy')}>{direct.requestedByName}</Descriptions.Item>}
          <Descriptions.Item label={t('direct.requestedAt')}>{formatDateTime(direct.requestedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('direct.state')}>
            <DirectDecisionTag decision={direct.decision} />
          </Descriptions.Item>
          {decided && <Descriptions.Item label={t('direct.decisionReason')}>{direct.decisionReason || '—'}</Descriptions.Item>}
          {decided && staff && <Descriptions.Item label={t('direct.decidedBy')}>{direct.decidedByName ?? '—'}</Descriptions.Item>}
          {decided && <Descriptions.Item label={t('direct.decidedAt')}>{formatDateTime(direct.decidedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
    </section>
  );
}
