import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, type Locale } from '@jiping/domain';
import { endpoints } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, StatusTag } from '../../layout/common.tsx';
import { useDistricts } from './DistrictsPage.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';

/** The public directory: phone-first cards, searchable by name, occupation and district. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { params, set } = useUrlFilters();
  const filter = { q: params.get('q') ?? undefined, occupation: params.get('occupation') ?? undefined, district: params.get('district') ?? undefined };
  const list = usePaged(['directory'], endpoints.publicInstitutions, filter);
  const districts = useDistricts();
  return (
    <>
      <Typography.Title level={3}>{t('directory.title')}</Typography.Title>
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('directory.search')} htmlFor="dir-q">
            <Input.Search id="dir-q" allowClear defaultValue={filter.q} onSearch={(v) => set('q', v)} />
          </Form.Item>
          <Form.Item label={t('directory.occupation')} htmlFor="dir-occupation">
            <Input.Search id="dir-occupation" allowClear defaultValue={filter.occupation} onSearch={(v) => set('occupation', v)} />
          </Form.Item>
          <Form.Item label={t('directory.district')} htmlFor="dir-district">
            <Select
              id="dir-district"
              aria-label={t('directory.district')}
              allowClear
              style={{ width: 160 }}
              value={filter.district}
              onChange={(v?: string) => set('district', v)}
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: locale === 'en-US' ? d.nameEn : d.nameZh }))}
            />
          </Form.Item>
        </Space>
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <List
        loading={list.isLoading}
        locale={{ emptyText: t('directory.empty') }}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        renderItem={(entry) => (
          <Card style={{ marginBottom: 12 }} title={<Link to={`/portal/institutions/${entry.id}`}>{entry.name}</Link>} extra={<StatusTag status={entry.status} />}>
            <Space wrap>
              <Tag>{INSTITUTION_CATEGORY_LABELS[entry.category][locale]}</Tag>
              <Tag>{entry.districtName}</Tag>
              {entry.demonstration && <Tag color="gold">{t('directory.demonstrationMark')}</Tag>}
              <span>
                {t('directory.validUntil')} {entry.validUntil}
              </span>
            </Space>
            <div style={{ marginTop: 8 }}>{entry.scope.map((s) => `${s.occupationName}${s.workType ? `（${s.workType}）` : ''}${t(`level.${s.level}`)}`).join('、')}</div>
          </Card>
        )}
      />
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>}
    </>
  );
}
