import { Button, Select, Space, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { usePaged } from '../../api/paged.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { RESULTS_STAGES, type ResultsStage } from '@jiping/domain';
import { endpoints, type ObjectionView, type ResultsListItem } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert, formatDateTime, PageTitle, StatusTag } from '../../layout/common.tsx';
import { LatenessTag, usePlanLabel } from './results-views.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';

/**
 * 结果公示与报送: the plans whose results the user handles or follows, each with its stage, and the
 * objections (open ones first). Filters live in the URL.
 */
export default function ResultsPage() {
  const { t } = useTranslation();
  const { params, set } = useUrlFilters();
  const tab = params.get('tab') === 'objections' ? 'objections' : 'plans';
  return (
    <>
      <PageTitle>{t('menu.results')}</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(key) => set('tab', key === 'plans' ? undefined : key)}
        items={[
          { key: 'plans', label: t('results.tabs.plans'), children: <PlanList stage={(params.get('stage') as ResultsStage | null) ?? undefined} onStage={(stage) => set('stage', stage)} /> },
          {
            key: 'objections',
            label: t('results.tabs.objections'),
            children: <ObjectionList status={params.get('status') === 'all' ? undefined : 'open'} onStatus={(status) => set('status', status)} />,
          },
        ]}
      />
    </>
  );
}

function PlanList({ stage, onStage }: { stage?: ResultsStage; onStage: (stage?: string) => void }) {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const planLabel = usePlanLabel();
  const list = useQuery({ queryKey: ['results', stage ?? 'all'], queryFn: () => call(endpoints.resultsList, { query: stage ? { stage } : {} }) });
  return (
    <>
      <Filter id="results-stage" label={t('results.stageFilter')} value={stage} onChange={onStage} options={RESULTS_STAGES.map((s) => ({ value: s, label: t(`results.stage.${s}`) }))} />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ResultsListItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('results.empty') }}
        columns={[
          {
            title: t('results.plan'),
            render: (_, p) => (
              <Link to={`/${workspace}/results/${p.id}`}>
                {planLabel(p)}
                {workspace === 'government' && <Typography.Text type="secondary"> · {p.institutionName}</Typography.Text>}
              </Link>
            ),
          },
          { title: t('results.exam'), render: (_, p) => (p.examStart === p.examEnd ? p.examStart : `${p.examStart} ~ ${p.examEnd}`) },
          { title: t('filings.status'), dataIndex: 'stage', render: (s: string) => <StatusTag status={s} namespace="results.stage" /> },
          { title: t('results.publicity'), render: (_, p) => (p.publicityStartsOn ? `${p.publicityStartsOn} ~ ${p.publicityEndsOn}` : '—') },
          { title: t('results.openObjections'), dataIndex: 'openObjections' },
          {
            title: t('results.submission'),
            render: (_, p) =>
              p.submission ? (
                <Space size={4} wrap>
                  <StatusTag status={p.submission.status} namespace="results.submissionStatus" />
                  <LatenessTag days={p.submission.lateWorkingDays} />
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}

function ObjectionList({ status, onStatus }: { status?: 'open'; onStatus: (status?: string) => void }) {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const list = usePaged(['objections'], endpoints.objections, { status });
  return (
    <>
      <Filter
        id="objection-status"
        label={t('filings.status')}
        value={status ?? 'all'}
        onChange={(value) => onStatus(value === 'open' ? undefined : value)}
        options={(['open', 'all'] as const).map((s) => ({ value: s, label: t(`results.objectionListFilter.${s}`) }))}
      />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ObjectionView>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('results.noObjections') }}
        columns={[
          {
            title: t('results.plan'),
            render: (_, o) => (
              <Link to={`/${workspace}/results/${o.planId}`}>
                {o.occupationName}
                {o.workType ? `（${o.workType}）` : ''} {t(`level.${o.level}`)} · {o.institutionName}
              </Link>
            ),
          },
          { title: t('results.objector'), render: (_, o) => `${o.contactName} ${o.contactMasked}` },
          { title: t('results.entry'), render: (_, o) => (o.entryNo ? `${o.entryNo} ${o.entryName}` : t('results.wholeList')) },
          { title: t('results.reason'), dataIndex: 'reason', ellipsis: true },
          { title: t('results.receivedAt'), render: (_, o) => formatDateTime(o.createdAt) },
          { title: t('filings.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} namespace="results.objectionStatus" /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}

/** One labelled filter above a list; an empty choice clears it. */
function Filter({ id, label, value, onChange, options }: { id: string; label: string; value?: string; onChange: (value?: string) => void; options: Array<{ value: string; label: string }> }) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <label htmlFor={id}>{label}</label>
      <Select id={id} aria-label={label} allowClear style={{ width: 180 }} value={value} onChange={(v?: string) => onChange(v)} options={options} />
    </Space>
  );
}
