import { useState } from 'react';
import { Button, Card, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { DRAW_TASK_STATUSES, type DrawTaskStatus } from '@jiping/domain';
import { endpoints, type InspectionTaskView } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';
import { TaskForm } from './TaskForm.tsx';
import { TaskStatusTag } from './task-views.tsx';

/** 双随机抽查: the department's tasks (the city sees all), newest first, filtered by status in the URL; 新建抽查任务 opens the draft form. */
export default function InspectionTasksPage() {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = DRAW_TASK_STATUSES.find((s) => s === params.get('status'));
  const [creating, setCreating] = useState(false);
  const list = usePaged(['inspection-tasks'], endpoints.inspectionTasks, { status });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('inspectionTasks.create')}
          </Button>
        }
      >
        {t('menu.inspection-tasks')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="inspection-task-status">{t('filings.status')}</label>
        <Select<DrawTaskStatus>
          id="inspection-task-status"
          aria-label={t('filings.status')}
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={(value?: DrawTaskStatus) => setParams(value ? { status: value } : {}, { replace: true })}
          options={DRAW_TASK_STATUSES.map((s) => ({ value: s, label: t(`inspectionTasks.status.${s}`) }))}
        />
      </Space>
      {list.error != null && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Card>
        <Table<InspectionTaskView>
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('inspectionTasks.empty') }}
          columns={[
            { title: t('inspectionTasks.number'), render: (_, task) => <Link to={`/${workspace}/inspection-tasks/${task.id}`}>{task.number}</Link> },
            { title: t('inspectionTasks.title'), dataIndex: 'title' },
            { title: t('inspectionTasks.department'), dataIndex: 'departmentName' },
            { title: t('inspectionTasks.item'), render: (_, task) => task.item.name },
            { title: t('filings.status'), render: (_, task) => <TaskStatusTag status={task.status} /> },
            { title: t('inspectionTasks.parties'), render: (_, task) => task.partyCount ?? '—' },
            { title: t('inspectionTasks.committedAt'), render: (_, task) => formatDateTime(task.committedAt) },
            { title: t('inspectionTasks.drawnAt'), render: (_, task) => formatDateTime(task.drawnAt) },
          ]}
        />
        {list.hasNextPage && (
          <Button style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('publicDraws.more')}
          </Button>
        )}
      </Card>
      <TaskForm open={creating} onClose={() => setCreating(false)} onSaved={(task) => navigate(`/${workspace}/inspection-tasks/${task.id}`)} />
    </>
  );
}
