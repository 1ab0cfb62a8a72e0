import { useState } from 'react';
import { Alert, Button, Card, List, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { EXAM_COMPONENT_LABELS, SESSION_DUTY_LABELS, type Locale } from '@jiping/domain';
import { call, type ResponseOf } from '../../api/client.ts';
import { ErrorAlert, formatDateTime, Loading, Nowrap, PageTitle } from '../../layout/common.tsx';
import { ConflictFormModal } from './ConflictFormModal.tsx';
import { ConflictTable } from './ConflictTable.tsx';

type MySession = ResponseOf<typeof endpoints.myStaffing>['sessions'][number];

/** 回避申报: a member of staff's own sessions and ties, and the form to declare one with a candidate. */
export default function MyConflictsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [declaring, setDeclaring] = useState(false);
  const mine = useQuery({ queryKey: ['my-staffing'], queryFn: () => call(endpoints.myStaffing) });
  if (mine.isLoading) return <Loading />;
  if (mine.error || !mine.data) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const { memberships, sessions, conflicts } = mine.data;
  const linked = memberships.some((m) => m.active);
  return (
    <>
      <PageTitle
        extra={
          linked && (
            <Button type="primary" onClick={() => setDeclaring(true)}>
              {t('staffing.candidateDeclare')}
            </Button>
          )
        }
      >
        {t('menu.conflicts')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('staffing.myIntro')}</Typography.Paragraph>
      {!linked && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('staffing.noMembership')} />}
      {memberships.length > 0 && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.memberships')}</h2>} style={{ marginBottom: 16 }}>
          <List
            dataSource={memberships}
            renderItem={(m) => (
              <List.Item>
                {`${m.institutionName} · ${t(`staffing.kind.${m.kind}`)} ${m.name}`} {!m.active && <Tag>{t('staffing.inactive')}</Tag>}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.mySessions')}</h2>} style={{ marginBottom: 16 }}>
        <Table<MySession>
          rowKey={(s) => `${s.id}-${s.duty}`}
          size="small"
          dataSource={sessions}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('staffing.noMySessions') }}
          columns={[
            { title: t('staffing.time'), dataIndex: 'startsAt', render: (v: string) => <Nowrap>{formatDateTime(v)}</Nowrap> },
            { title: t('filings.occupation'), render: (_, s) => `${s.occupationCode} ${t(`level.${s.level}`)}` },
            { title: t('staffing.session'), render: (_, s) => `${EXAM_COMPONENT_LABELS[s.component][locale]} · ${s.room}` },
            { title: t('staffing.duty'), dataIndex: 'duty', render: (d: MySession['duty']) => SESSION_DUTY_LABELS[d][locale] },
            { title: t('staffing.state'), dataIndex: 'status', render: (s: MySession['status']) => t(`staffing.sessionStatus.${s}`) },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.myConflicts')}</h2>}>
        <ConflictTable items={conflicts} />
      </Card>
      <ConflictFormModal open={declaring} onClose={() => setDeclaring(false)} send={({ registrationId, kind, note }) => call(endpoints.declareOwnConflict, { body: { registrationId, kind, note } })} />
    </>
  );
}
