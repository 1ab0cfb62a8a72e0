import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreSessionView, ScoreSheetRow } from '@jiping/contracts';
import { occupationText, useLevelText } from '../registrations/registration-views.tsx';

/** 车工（数控车工） 四级 · 操作技能考核 */
export function useSessionTitle() {
  const { t } = useTranslation();
  const levelText = useLevelText();
  return (s: Pick<ScoreSessionView, 'occupationCode' | 'occupationName' | 'workType' | 'level' | 'component'>) => `${occupationText(s)} ${levelText(s.level)} · ${t(`component.${s.component}`)}`;
}

/** Present candidates: those the session's scores are for. */
export const presentCount = (s: Pick<ScoreSessionView, 'seated' | 'absent'>) => s.seated - s.absent;

/** The component's score with whether it passed, is locked, and whether its examiners differ too much. */
export function ScoreResult({ row, spreadLimit }: { row: ScoreSheetRow; spreadLimit: number }) {
  const { t } = useTranslation();
  if (row.absent) return <Tag>{t('scores.absent')}</Tag>;
  if (!row.result) return <span aria-label={t('scores.result')}>—</span>;
  const r = row.result;
  return (
    <Space size={4} wrap>
      <strong>{r.score}</strong>
      <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('scores.passed') : t('scores.failed')}</Tag>
      {r.locked && <Tag>{t('scores.locked')}</Tag>}
      {r.spreadWarning && (
        <Tag color="orange" role="status">
          {t('scores.spreadWarning', { spread: r.spread, limit: spreadLimit })}
        </Tag>
      )}
    </Space>
  );
}
