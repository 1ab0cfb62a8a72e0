import { useState } from 'react';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, type Locale } from '@jiping/domain';
import { endpoints, type InspectorSummary } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { districtLabel, useDistricts } from '../../api/reference.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { ActiveTag, useDepartmentLabel } from './registry-views.tsx';
import { InspectorFormDrawer } from './InspectorFormDrawer.tsx';
import { InspectorDetailDrawer } from './InspectorDetailDrawer.tsx';

/**
 * 督导员: the inspector registry, filtered (department, district, field, state, name or
 * certificate) in the URL and paged by keyset; a row opens the inspector with their conflicts.
 */
export function InspectorsTab() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { params, set } = useUrlFilters();
  const districts = useDistricts();
  const department = useDepartmentLabel();
  const filter = {
    departmentKind: params.get('departmentKind') ?? undefined,
    district: params.get('district') ?? undefined,
    field: params.get('field') ?? undefined,
    active: params.get('active') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const list = usePaged(['inspectors'], endpoints.inspectors, filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canCreate = list.data?.pages[0]?.canCreate ?? false;
  const [editing, setEditing] = useState<InspectorSummary | 'new' | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inspectionRegistry.inspector.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          id="inspector-department"
          aria-label={t('inspectionRegistry.inspector.departmentKind')}
          allowClear
          style={{ width: 160 }}
          placeholder={t('inspectionRegistry.inspector.departmentKind')}
          value={filter.departmentKind}
          onChange={(value?: string) => set('departmentKind', value)}
          options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`inspectionRegistry.inspector.departmentKinds.${k}`) }))}
        />
        <Select
          id="inspector-district"
          aria-label={t('inspectionRegistry.inspector.district')}
          allowClear
          style={{ width: 150 }}
          placeholder={t('inspectionRegistry.inspector.district')}
          value={filter.district}
          loading={districts.isLoading}
          onChange={(value?: string) => set('district', value)}
          options={(districts.data ?? []).map((d) => ({ value: d.code, label: districtLabel(d, locale) }))}
        />
        <Input.Search
          id="inspector-field"
          aria-label={t('inspectionRegistry.inspector.field')}
          allowClear
          style={{ width: 160 }}
          placeholder={t('inspectionRegistry.inspector.fieldPlaceholder')}
          defaultValue={filter.field}
          onSearch={(value) => set('field', value.trim() || undefined)}
        />
        <Select
          id="inspector-active"
          aria-label={t('inspectionRegistry.activeFilter')}
          allowClear
          style={{ width: 120 }}
          placeholder={t('inspectionRegistry.activeFilter')}
          value={filter.active}
          onChange={(value?: string) => set('active', value)}
          options={(['true', 'false'] as const).map((v) => ({ value: v, label: t(`inspectionRegistry.active.${v}`) }))}
        />
        <Input.Search
          id="inspector-search"
          aria-label={t('inspectionRegistry.search')}
          allowClear
          style={{ width: 220 }}
          placeholder={t('inspectionRegistry.inspector.searchPlaceholder')}
          defaultValue={filter.q}
          onSearch={(value) => set('q', value.trim() || undefined)}
        />
        {canCreate && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('inspectionRegistry.inspector.add')}
          </Button>
        )}
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<InspectorSummary>
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('inspectionRegistry.inspector.empty') }}
        columns={[
          {
            title: t('inspectionRegistry.inspector.name'),
            render: (_, i) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(i.id)}>
                {i.name}
              </Button>
            ),
          },
          { title: t('inspectionRegistry.inspector.certificateNumber'), dataIndex: 'certificateNumber' },
          { title: t('inspectionRegistry.inspector.field'), dataIndex: 'field' },
          { title: t('inspectionRegistry.inspector.department'), render: (_, i) => department(i) },
          { title: t('inspectionRegistry.inspector.account'), render: (_, i) => i.account?.username ?? t('inspectionRegistry.inspector.noAccount') },
          { title: t('inspectionRegistry.inspector.conflicts'), render: (_, i) => t('inspectionRegistry.inspector.conflictCount', { count: i.conflictCount }) },
          { title: t('inspectionRegistry.activeFilter'), render: (_, i) => <ActiveTag active={i.active} /> },
          {
            title: '',
            render: (_, i) =>
              i.canWrite && (
                <Button size="small" onClick={() => setEditing(i)}>
                  {t('inspectionRegistry.edit')}
                </Button>
              ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('inspectionRegistry.loadMore')}
        </Button>
      )}
      <InspectorFormDrawer inspector={editing} onClose={() => setEditing(null)} />
      <InspectorDetailDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
}
