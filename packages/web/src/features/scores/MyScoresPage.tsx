import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyScores } from '@jiping/contracts';
import { useMyScores } from '../../api/scores.ts';
import { ErrorAlert, PageTitle, STATUS_COLORS } from '../../layout/common.tsx';
import { occupationText, useLevelText } from '../registrations/registration-views.tsx';

type Item = MyScores['items'][number];

const RESULT_COLOR: Record<Item['result'], string> = { passed: 'green', failed: 'red', pending: 'processing' };

/**
 * 我的成绩: the candidate's own results, one card per application (phone first): each required
 * component's score once its session is signed off, a component kept from an earlier attempt
 * with the day it is kept until, and the outcome.
 */
export default function MyScoresPage() {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const scores = useMyScores();
  return (
    <>
      <PageTitle>{t('myScores.title')}</PageTitle>
      {scores.error && <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />}
      <List<Item>
        loading={scores.isLoading}
        dataSource={scores.data ?? []}
        locale={{ emptyText: t('myScores.empty') }}
        renderItem={(item) => (
          <Card
            size="small"
            style={{ marginBottom: 12, width: '100%' }}
            role="region"
            aria-label={`${occupationText(item)} ${levelText(item.level)} ${item.examStart}`}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {occupationText(item)} {levelText(item.level)}
              </span>
            }
            extra={<Tag color={RESULT_COLOR[item.result]}>{t(`myScores.result.${item.result}`)}</Tag>}
          >
            <Typography.Text type="secondary">
              {item.institutionName} · {t('myScores.examDate')} {item.examStart} · {t(`attempt.${item.attempt}`)}
            </Typography.Text>
            <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
              {item.components.map((c) => (
                <Descriptions.Item key={c.component} label={t(`component.${c.component}`)}>
                  <span>
                    {c.score !== null && <strong style={{ marginRight: 8 }}>{c.score}</strong>}
                    <Tag color={STATUS_COLORS[c.standing] ?? (c.standing === 'kept' ? 'green' : 'default')}>{t(`myScores.standing.${c.standing}`)}</Tag>
                    {c.keptUntil && <Typography.Text type="secondary">{t('myScores.keptUntil', { date: c.keptUntil })}</Typography.Text>}
                  </span>
                </Descriptions.Item>
              ))}
            </Descriptions>
            <Typography.Text type="secondary">{t('myScores.passMark', { passMark: item.passMark })}</Typography.Text>
          </Card>
        )}
      />
    </>
  );
}
