import { Badge, Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Workspace } from '@jiping/domain';
import { endpoints, type WorkbenchItem, type WorkbenchTaskGroup } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert, formatDate, StatusTag } from '../../layout/common.tsx';

/** When it is due, in working days (docs/ux.md "Conventions": the date and "剩余 N 个工作日"). */
function Due({ item, task }: { item: WorkbenchItem; task: WorkbenchTaskGroup['task'] }) {
  const { t } = useTranslation();
  if (!item.dueDate) return null;
  const exam = task === 'my_registration';
  if (item.overdue) return <Typography.Text type="danger">{t('workbench.overdue', { date: item.dueDate })}</Typography.Text>;
  const text =
    item.workingDaysLeft === 0
      ? t(exam ? 'workbench.examToday' : 'workbench.dueToday', { date: item.dueDate })
      : t(exam ? 'workbench.exam' : 'workbench.due', { date: item.dueDate, days: item.workingDaysLeft });
  return <Typography.Text type={!exam && (item.workingDaysLeft ?? 99) <= 3 ? 'warning' : undefined}>{text}</Typography.Text>;
}

/** The state tag and, for a candidate, what to do next. */
function State({ item, task }: { item: WorkbenchItem; task: WorkbenchTaskGroup['task'] }) {
  const { t } = useTranslation();
  if (!item.status) return null;
  if (task === 'my_registration') {
    return (
      <>
        <StatusTag status={item.status} namespace="registrationStatus" /> {t(`workbench.next.${item.status}`)}
      </>
    );
  }
  if (task === 'import_failed') return <StatusTag status={item.status} namespace="importStatus" />;
  if (task === 'identity_unverified') return <>{t(`workbench.identity.${item.status}`)}</>;
  return null;
}

function ItemRow({ item, task }: { item: WorkbenchItem; task: WorkbenchTaskGroup['task'] }) {
  const { t } = useTranslation();
  const occupation = item.occupationCode
    ? [item.occupationCode, item.occupationName, item.workType ? `（${item.workType}）` : '', item.level ? ` ${t(`level.${item.level}`)}` : ''].filter(Boolean).join(' ')
    : null;
  const title = task === 'identity_unverified' ? t('workbench.verifyNow') : item.subject;
  return (
    <List.Item>
      <List.Item.Meta
        title={<Link to={item.path}>{title}</Link>}
        description={
          <Space orientation="vertical" size={0}>
            {(item.filingKind || item.institutionName || occupation) && (
              <span>{[item.filingKind && t(`filingKind.${item.filingKind}`), item.institutionName, occupation].filter(Boolean).join(' · ')}</span>
            )}
            <State item={item} task={task} />
            <Due item={item} task={task} />
            {!item.dueDate && task !== 'identity_unverified' && <span>{t('workbench.since', { date: formatDate(item.since) })}</span>}
          </Space>
        }
      />
    </List.Item>
  );
}

/** 待办: what the server says waits for this user in this workspace; the page adds nothing of its own. */
export function Workbench({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const view = useQuery({ queryKey: ['workbench', workspace], queryFn: () => call(endpoints.workbench, { query: { workspace } }) });
  if (view.error) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (view.isLoading || !view.data) return <Card loading title={t('workbench.title')} />;
  if (!view.data.tasks.length) {
    return (
      <Card title={t('workbench.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.empty')} />
      </Card>
    );
  }
  return (
    <Row gutter={[16, 16]}>
      {view.data.tasks.map((group) => (
        <Col key={group.task} xs={24} lg={12}>
          <Card
            title={
              <Space>
                {t(`workbench.task.${group.task}`)}
                <Badge count={group.count} showZero color={group.count ? undefined : '#d9d9d9'} aria-label={t('workbench.count', { count: group.count })} />
              </Space>
            }
            extra={group.count > group.items.length ? <Link to={group.path}>{t('workbench.viewAll', { count: group.count })}</Link> : undefined}
          >
            <List size="small" dataSource={group.items} locale={{ emptyText: t('workbench.none') }} renderItem={(item) => <ItemRow item={item} task={group.task} />} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
