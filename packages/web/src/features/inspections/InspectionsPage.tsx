import { useState } from 'react';
import { Button, Card, Grid, List, Segmented, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { INSPECTION_KINDS, INSPECTION_STATUSES } from '@jiping/domain';
import { endpoints, type InspectionSummary } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { useMe } from '../../api/me.ts';
import { districtLabel, useDistricts } from '../../api/reference.ts';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { ConclusionTag, InspectionStatusTags } from './inspection-views.tsx';
import { CreateInspectionModal } from './CreateInspectionModal.tsx';

/**
 * 督导检查: the inspections in scope, filtered in the URL (status, kind, district, 逾期未公开,
 * 我的检查) and keyset-paged. An inspector starts on 我的检查; an officer may start one. Below
 * antd's `md` (a phone, a tablet held upright) the rows become cards with big touch targets.
 */
export default function InspectionsPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useParams();
  const screens = Grid.useBreakpoint();
  const { params, set } = useUrlFilters();
  const me = useMe();
  const districts = useDistricts();
  const [creating, setCreating] = useState(false);
  const roles = new Set((me.data?.grants ?? []).map((g) => g.role));
  const inspector = roles.has('inspector');
  const officer = roles.has('municipal_admin') || roles.has('district_officer') || roles.has('industry_officer');
  const mine = params.get('mine') ?? (inspector ? 'true' : undefined);
  const filter = {
    status: params.get('status') ?? undefined,
    kind: params.get('kind') ?? undefined,
    district: params.get('district') ?? undefined,
    overdue: params.get('overdue') ?? undefined,
    mine: mine === 'true' ? 'true' : undefined,
  };
  const list = usePaged(['inspections'], endpoints.inspections, filter, { enabled: !me.isLoading });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const open = (i: InspectionSummary) => `/${workspace}/inspections/${i.id}`;
  return (
    <>
      <PageTitle
        extra={
          officer && (
            <Button type="primary" size="large" onClick={() => setCreating(true)}>
              {t('inspections.create')}
            </Button>
          )
        }
      >
        {t('menu.inspections')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }} size="middle">
        {inspector && (
          <Segmented
            size="large"
            value={mine === 'true' ? 'mine' : 'all'}
            onChange={(value) => set('mine', value === 'mine' ? 'true' : 'false')}
            options={[
              { value: 'mine', label: t('inspections.mine') },
              { value: 'all', label: t('inspections.all') },
            ]}
          />
        )}
        <Select
          id="inspection-status"
          aria-label={t('inspections.status')}
          allowClear
          size="large"
          style={{ width: 150 }}
          placeholder={t('inspections.status')}
          value={filter.status}
          onChange={(value?: string) => set('status', value)}
          options={INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`inspections.statusName.${s}`) }))}
        />
        <Select
          id="inspection-kind"
          aria-label={t('inspections.kindLabel')}
          allowClear
          size="large"
          style={{ width: 170 }}
          placeholder={t('inspections.kindLabel')}
          value={filter.kind}
          onChange={(value?: string) => set('kind', value)}
          options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))}
        />
        {officer && (
          <Select
            id="inspection-district"
            aria-label={t('inspections.district')}
            allowClear
            size="large"
            style={{ width: 150 }}
            placeholder={t('inspections.district')}
            value={filter.district}
            onChange={(value?: string) => set('district', value)}
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: districtLabel(d, i18n.language === 'en-US' ? 'en-US' : 'zh-CN') }))}
          />
        )}
        <Space>
          <Switch id="inspection-overdue" checked={filter.overdue === 'true'} onChange={(on) => set('overdue', on ? 'true' : undefined)} />
          <label htmlFor="inspection-overdue">{t('inspections.overdueFilter')}</label>
        </Space>
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {screens.md ? (
        <Table<InspectionSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('inspections.empty') }}
          columns={[
            { title: t('inspections.number'), render: (_, i) => <Link to={open(i)}>{i.number}</Link> },
            { title: t('inspections.title'), dataIndex: 'title' },
            { title: t('inspections.kindLabel'), render: (_, i) => t(`inspections.kind.${i.kind}`) },
            { title: t('inspections.institution'), dataIndex: 'institutionName' },
            { title: t('inspections.inspectors'), render: (_, i) => i.inspectorNames.join('、') },
            { title: t('inspections.status'), render: (_, i) => <InspectionStatusTags inspection={i} /> },
            { title: t('inspections.conclusion'), render: (_, i) => <ConclusionTag conclusion={i.conclusion} /> },
            { title: t('inspections.publicationDue'), render: (_, i) => i.publicationDue ?? '—' },
            { title: t('inspections.createdAt'), render: (_, i) => formatDateTime(i.createdAt) },
          ]}
        />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={items}
          locale={{ emptyText: t('inspections.empty') }}
          renderItem={(i) => (
            <List.Item style={{ padding: '6px 0' }}>
              <Link to={open(i)} style={{ display: 'block', width: '100%' }}>
                <Card size="small" hoverable>
                  <Typography.Text strong>{i.title}</Typography.Text>
                  <div style={{ margin: '6px 0' }}>
                    <InspectionStatusTags inspection={i} /> <ConclusionTag conclusion={i.conclusion} />
                  </div>
                  <Typography.Text type="secondary">
                    {i.number} · {t(`inspections.kind.${i.kind}`)} · {i.institutionName}
                  </Typography.Text>
                </Card>
              </Link>
            </List.Item>
          )}
        />
      )}
      {list.hasNextPage && (
        <Button size="large" style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
      {creating && <CreateInspectionModal onClose={() => setCreating(false)} />}
    </>
  );
}
