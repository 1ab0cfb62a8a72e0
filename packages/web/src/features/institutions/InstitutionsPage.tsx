import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LABELS, type Locale } from '@jiping/domain';
import type { InstitutionSummary } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { useDistricts } from '../portal/DistrictsPage.tsx';

export default function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = { district: params.get('district') ?? undefined, category: params.get('category') ?? undefined, q: params.get('q') ?? undefined };
  const list = usePaged<InstitutionSummary>(['institutions'], '/api/v1/institutions', filter);
  const districts = useDistricts();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <PageTitle>{t('institutions.title')}</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('institutions.district')} htmlFor="filter-district">
          <Select id="filter-district" aria-label={t('institutions.district')} allowClear style={{ width: 160 }} value={filter.district} onChange={(v?: string) => update('district', v)}
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: locale === 'en-US' ? d.nameEn : d.nameZh }))} />
        </Form.Item>
        <Form.Item label={t('institutions.category')} htmlFor="filter-category">
          <Select id="filter-category" aria-label={t('institutions.category')} allowClear style={{ width: 220 }} value={filter.category} onChange={(v?: string) => update('category', v)}
            options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: INSTITUTION_CATEGORY_LABELS[c][locale] }))} />
        </Form.Item>
        <Form.Item label={t('institutions.name')} htmlFor="filter-q">
          <Input.Search id="filter-q" allowClear defaultValue={filter.q} onSearch={(v) => update('q', v || undefined)} enterButton={t('common.search')} />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <Table<InstitutionSummary>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.error ? [] : rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('institutions.empty') }}
        columns={[
          { title: t('institutions.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/${workspace}/institutions/${row.id}`}>{name}</Link> },
          { title: t('institutions.category'), dataIndex: 'category', render: (c: InstitutionSummary['category']) => INSTITUTION_CATEGORY_LABELS[c][locale] },
          { title: t('institutions.district'), dataIndex: 'districtName' },
          { title: t('institutions.organization'), dataIndex: 'organizationName' },
          { title: t('institutions.creditCode'), dataIndex: 'creditCode' },
        ]}
      />
      {list.hasNextPage && (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
        </Space>
      )}
    </>
  );
}
