import { Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDateTime } from '../../layout/common.tsx';
import { RecordChecker } from './DrawVerification.tsx';
import { Digest, TaskStatusTag } from './task-views.tsx';

/** 随机抽查核验 (portal, phone first): the published tasks as cards with their commitment, and a checker for any record file. */
export default function PublicDrawsPage() {
  const { t } = useTranslation();
  const list = usePaged(['public-inspection-tasks'], endpoints.publicInspectionTasks, {});
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Typography.Title level={3}>{t('publicDraws.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicDraws.intro')}</Typography.Paragraph>
      {list.error != null && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <List
        loading={list.isLoading}
        locale={{ emptyText: t('publicDraws.empty') }}
        dataSource={items}
        renderItem={(task) => (
          <Card style={{ marginBottom: 12 }} title={<span style={{ whiteSpace: 'normal' }}>{task.title}</span>} extra={<TaskStatusTag status={task.status} />}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <span>{task.number}</span>
              <span>
                {task.departmentName} · {task.itemName}
              </span>
              <span>
                {t('inspectionTasks.committedAt')} {formatDateTime(task.committedAt)}
                {task.drawnAt && ` · ${t('inspectionTasks.drawnAt')} ${formatDateTime(task.drawnAt)}`}
              </span>
              <span>
                {t('publicDraws.commitmentNamed')}：<Digest value={task.commitment} />
              </span>
              <Link to={`/portal/draws/${task.id}`}>{t('publicDraws.open')} →</Link>
            </Space>
          </Card>
        )}
      />
      {list.hasNextPage && (
        <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('publicDraws.more')}
        </Button>
      )}
      <RecordChecker />
    </>
  );
}
