import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ScoreSessionView } from '@jiping/contracts';
import { useScoringSessions } from '../../api/scores.ts';
import { ErrorAlert, LinkButton, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { sessionTime } from '../exam-sessions/session-views.tsx';
import { ScoreCorrectionsTable } from './ScoreCorrectionsTable.tsx';
import { presentCount, useSessionTitle } from './score-views.tsx';

/**
 * 评分 (an examiner's sessions) and 成绩管理 (the institution's): each session with how far its
 * scoring has come, leading to its score sheet. The institution also sees the corrections
 * waiting for its decision.
 */
export default function ScoringSessionsPage() {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const sessions = useScoringSessions();
  const title = useSessionTitle();
  const institution = workspace === 'institution';
  const base = institution ? 'scores' : 'scoring';
  return (
    <>
      <PageTitle>{institution ? t('scores.manageTitle') : t('scores.scoringTitle')}</PageTitle>
      {sessions.error && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Table<ScoreSessionView>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: institution ? t('scores.emptyManaged') : t('scores.emptySessions') }}
        columns={[
          { title: t('examSessions.time'), render: (_, s) => <Nowrap>{sessionTime(s)}</Nowrap> },
          { title: t('scores.session'), render: (_, s) => <div style={{ minWidth: 180 }}>{title(s)}</div> },
          { title: t('examSessions.room'), render: (_, s) => `${s.siteName} · ${s.room}` },
          ...(institution ? [] : [{ title: t('mySessions.duty'), render: (_: unknown, s: ScoreSessionView) => <Nowrap>{s.myDuties.map((d) => t(`duty.${d}`)).join('、')}</Nowrap> }]),
          { title: t('examSessions.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} namespace="sessionStatus" /> },
          {
            title: t('scores.progress'),
            render: (_, s) => (
              <div style={{ minWidth: 100 }}>
                <Nowrap>{t('scores.progressText', { scored: s.scored, present: presentCount(s) })}</Nowrap>
                {s.pendingCorrections > 0 && (
                  <div>
                    <Tag color="processing">{t('scores.pendingCorrections', { count: s.pendingCorrections })}</Tag>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <LinkButton size="small" type="primary" to={`/${workspace}/${base}/${s.id}`} aria-label={`${institution ? t('scores.manage') : t('scores.open')} ${title(s)} ${sessionTime(s)}`}>
                {institution ? t('scores.manage') : t('scores.open')}
              </LinkButton>
            ),
          },
        ]}
      />
      {sessions.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void sessions.fetchNextPage()} loading={sessions.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      {institution && (
        <section aria-labelledby="pending-corrections" style={{ marginTop: 32 }}>
          <Typography.Title level={2} id="pending-corrections" style={{ fontSize: 16 }}>
            {t('corrections.pendingTitle')}
          </Typography.Title>
          <ScoreCorrectionsTable query={{ status: 'pending' }} showInstitution={false} />
        </section>
      )}
    </>
  );
}
