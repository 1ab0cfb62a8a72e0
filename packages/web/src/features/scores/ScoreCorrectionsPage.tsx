import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SCORE_CORRECTION_STATUSES, type ScoreCorrectionStatus } from '@jiping/domain';
import { PageTitle } from '../../layout/common.tsx';
import { ScoreCorrectionsTable } from './ScoreCorrectionsTable.tsx';

/** 成绩更正 for the district and the city: every correction of a locked score in their scope, read only. */
export default function ScoreCorrectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status');
  const status = SCORE_CORRECTION_STATUSES.find((s) => s === chosen);
  return (
    <>
      <PageTitle
        extra={
          <Select<ScoreCorrectionStatus | ''>
            aria-label={t('corrections.decision')}
            style={{ width: 140 }}
            value={status ?? ''}
            onChange={(value) => setParams(value ? { status: value } : {})}
            options={[{ value: '', label: t('common.all') }, ...SCORE_CORRECTION_STATUSES.map((s) => ({ value: s, label: t(`corrections.status.${s}`) }))]}
          />
        }
      >
        {t('corrections.title')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('corrections.intro')}</Typography.Paragraph>
      <ScoreCorrectionsTable query={status ? { status } : {}} />
    </>
  );
}
