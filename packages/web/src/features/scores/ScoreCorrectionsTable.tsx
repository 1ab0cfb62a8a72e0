import { useState } from 'react';
import { Button, Descriptions, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type ScoreCorrectionView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useScoreCorrections } from '../../api/scores.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Nowrap, STATUS_COLORS } from '../../layout/common.tsx';
import { useSessionTitle } from './score-views.tsx';

/**
 * Corrections of locked scores with who asked, why, and who decided: the history the district
 * and the city read, and where an administrator other than the requester decides (the server
 * lists `decide` only for them).
 */
export function ScoreCorrectionsTable({ query, showInstitution = true }: { query: { status?: ScoreCorrectionView['status']; sessionId?: string }; showInstitution?: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useScoreCorrections(query);
  const title = useSessionTitle();
  const [deciding, setDeciding] = useState<ScoreCorrectionView | null>(null);
  return (
    <>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ScoreCorrectionView>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('corrections.empty') }}
        columns={[
          { title: t('corrections.requestedAt'), render: (_, c) => <Nowrap>{formatDateTime(c.requestedAt)}</Nowrap> },
          ...(showInstitution ? [{ title: t('corrections.institution'), render: (_: unknown, c: ScoreCorrectionView) => c.institutionName }] : []),
          {
            title: t('corrections.candidate'),
            render: (_, c) => (
              <div style={{ minWidth: 120 }}>
                <div>{c.personName}</div>
                <Typography.Text type="secondary">{c.ticketNumber}</Typography.Text>
              </div>
            ),
          },
          { title: t('scores.session'), render: (_, c) => <div style={{ minWidth: 160 }}>{title(c)}</div> },
          { title: t('corrections.change'), render: (_, c) => <Nowrap>{`${c.oldScore} → ${c.newScore}`}</Nowrap> },
          { title: t('corrections.reason'), render: (_, c) => <div style={{ minWidth: 160, maxWidth: 320 }}>{c.reason}</div> },
          { title: t('corrections.requestedBy'), render: (_, c) => <Nowrap>{c.requestedByName}</Nowrap> },
          {
            title: t('corrections.decision'),
            render: (_, c) => (
              <div style={{ minWidth: 140 }}>
                <Tag color={STATUS_COLORS[c.status]}>{t(`corrections.status.${c.status}`)}</Tag>
                {c.decidedByName && (
                  <Typography.Text type="secondary">
                    {c.decidedByName} · {formatDateTime(c.decidedAt)}
                  </Typography.Text>
                )}
                {c.decisionReason && <div>{c.decisionReason}</div>}
              </div>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, c) =>
              c.allowedActions.includes('decide') && (
                <Button size="small" type="primary" onClick={() => setDeciding(c)}>
                  {t('corrections.decide')}
                </Button>
              ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      <DecisionDialog<'approve' | 'reject'>
        open={deciding !== null}
        title={deciding ? t('corrections.decideTitle', { name: deciding.personName }) : ''}
        name="score-correction-decision"
        reasonLabel={t('corrections.decisionReason')}
        choices={[
          { key: 'reject', label: t('corrections.reject'), danger: true, reasonRequired: t('corrections.rejectReasonRequired'), done: t('corrections.rejected') },
          { key: 'approve', label: t('corrections.approve'), primary: true, done: t('corrections.approved') },
        ]}
        send={(decision, values) => call(endpoints.decideScoreCorrection, { params: { id: deciding!.id }, body: { version: deciding!.version, decision, reason: values.reason } })}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          void client.invalidateQueries({ queryKey: ['score-corrections'] });
          void client.invalidateQueries({ queryKey: ['score-sheet'] });
          void client.invalidateQueries({ queryKey: ['scoring-sessions'] });
        }}
      >
        {deciding && (
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('corrections.candidate')}>
              {deciding.personName}（{deciding.ticketNumber}）
            </Descriptions.Item>
            <Descriptions.Item label={t('scores.session')}>{title(deciding)}</Descriptions.Item>
            <Descriptions.Item label={t('corrections.change')}>{`${deciding.oldScore} → ${deciding.newScore}`}</Descriptions.Item>
            <Descriptions.Item label={t('corrections.reason')}>{deciding.reason}</Descriptions.Item>
            <Descriptions.Item label={t('corrections.requestedBy')}>{deciding.requestedByName}</Descriptions.Item>
          </Descriptions>
        )}
      </DecisionDialog>
    </>
  );
}
