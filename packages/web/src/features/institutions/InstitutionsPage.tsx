import { Alert, Button, Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LABELS, type InstitutionCategory, type Locale } from '@jiping/domain';
import { endpoints, type InstitutionSummary } from '@jiping/contracts';
import { ApiError } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { districtLabel, useDistricts } from '../../api/reference.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';

/** The institutions in the user's scope; the filters live in the URL so a filtered list can be shared. */
export default function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = { district: params.get('district') ?? undefined, category: params.get('category') ?? undefined, q: params.get('q') ?? undefined };
  const list = usePaged(['institutions'], endpoints.institutions, filter);
  const districts = useDistricts();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filter.district || filter.category || filter.q);
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const refused = list.error instanceof ApiError && list.error.status === 403;
  return (
    <>
      <PageTitle>{t('institutions.title')}</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('institutions.district')} htmlFor="filter-district">
          <Select
            id="filter-district"
            allowClear
            virtual={false}
            placeholder={t('common.all')}
            loading={districts.isLoading}
            style={{ width: 160 }}
            value={filter.district}
            onChange={(v?: string) => update('district', v)}
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: districtLabel(d, locale) }))}
          />
        </Form.Item>
        <Form.Item label={t('institutions.category')} htmlFor="filter-category">
          <Select
            id="filter-category"
            allowClear
            virtual={false}
            placeholder={t('common.all')}
            style={{ width: 240 }}
            value={filter.category}
            onChange={(v?: string) => update('category', v)}
            options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: INSTITUTION_CATEGORY_LABELS[c][locale] }))}
          />
        </Form.Item>
        <Form.Item label={t('institutions.name')} htmlFor="filter-q">
          <Input.Search key={filter.q ?? ''} id="filter-q" allowClear defaultValue={filter.q} onSearch={(v) => update('q', v.trim() || undefined)} enterButton={t('common.search')} />
        </Form.Item>
        {filtered && (
          <Form.Item>
            <Button onClick={() => setParams({})}>{t('common.reset')}</Button>
          </Form.Item>
        )}
      </Form>
      {refused && list.error instanceof ApiError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={list.error.detail}
          description={t('institutions.refusedHint')}
          action={
            <Button size="small" onClick={() => setParams({})}>
              {t('common.reset')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      )}
      {!list.error && (
        <Table<InstitutionSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: filtered ? t('institutions.emptyFiltered') : t('institutions.empty') }}
          columns={[
            { title: t('institutions.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/${workspace}/institutions/${row.id}`}>{name}</Link> },
            { title: t('institutions.category'), dataIndex: 'category', render: (c: InstitutionCategory) => INSTITUTION_CATEGORY_LABELS[c][locale] },
            { title: t('institutions.district'), dataIndex: 'districtName' },
            { title: t('institutions.organization'), dataIndex: 'organizationName' },
            { title: t('institutions.creditCode'), dataIndex: 'creditCode', render: (code: string) => <span style={{ fontFamily: 'monospace' }}>{code}</span> },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
