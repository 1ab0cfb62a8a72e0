import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { MySessionView } from '@jiping/contracts';
import { useMySessions } from '../../api/exam-sessions.ts';
import { ErrorAlert, LinkButton, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { sessionTime } from './session-views.tsx';

/** 我的场次: the sessions staffing assigned the examiner to, each leading to its check-in page. */
export default function MySessionsPage() {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const sessions = useMySessions();
  return (
    <>
      <PageTitle>{t('mySessions.title')}</PageTitle>
      {sessions.error && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Table<z.output<typeof MySessionView>>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('mySessions.empty') }}
        columns={[
          { title: t('examSessions.time'), render: (_, s) => <Nowrap>{sessionTime(s)}</Nowrap> },
          { title: t('examSessions.component'), render: (_, s) => <Nowrap>{t(`component.${s.component}`)}</Nowrap> },
          { title: t('filings.occupation'), render: (_, s) => `${s.occupationName}${s.workType ? `（${s.workType}）` : ''} ${t(`level.${s.level}`)}` },
          { title: t('examSessions.room'), render: (_, s) => `${s.siteName} · ${s.room}` },
          { title: t('mySessions.duty'), render: (_, s) => <Nowrap>{t(`duty.${s.duty}`)}</Nowrap> },
          { title: t('examSessions.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} namespace="sessionStatus" /> },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <LinkButton size="small" type="primary" to={`/${workspace}/my-sessions/${s.id}`}>
                {t('mySessions.open')}
              </LinkButton>
            ),
          },
        ]}
      />
    </>
  );
}
