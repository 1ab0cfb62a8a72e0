import { Button, Card, Descriptions, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { districtName, type Locale } from '@jiping/domain';
import { endpoints, type PublicInspection } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDate, Loading } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { useDistricts } from './DistrictsPage.tsx';
import { ConclusionTag } from '../inspections/inspection-views.tsx';

/** Years a result can be looked up by: from the platform's first year to this one. */
const YEARS = Array.from({ length: new Date().getFullYear() - 2025 }, (_, i) => new Date().getFullYear() - i);

/** One published result: only what was published; a withheld field says so instead of showing anything. */
function ResultBody({ result }: { result: PublicInspection }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('inspections.kindLabel')}>{t(`inspections.kind.${result.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.district')}>{districtName(result.districtCode, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.item')}>{result.itemName}</Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.basis')}>{result.legalBasis}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.methods')}>{result.methods.map((m) => t(`inspections.method.${m}`)).join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.completedOn')}>{result.completedOn}</Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.publishedAt')}>{formatDate(result.publishedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.conclusion')}>
        <ConclusionTag conclusion={result.conclusion} />
      </Descriptions.Item>
      <Descriptions.Item label={t('inspections.publishedSummary')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{result.publishedSummary}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.findings')}>
        {result.findings === null ? (
          <Tag>{t('publicInspections.withheld')}</Tag>
        ) : result.findings.length ? (
          <ol style={{ margin: 0, paddingLeft: 18 }}>
            {result.findings.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ol>
        ) : (
          t('publicInspections.noFindings')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('publicInspections.inspectors')}>
        {result.inspectorNames === null ? <Tag>{t('publicInspections.withheld')}</Tag> : result.inspectorNames.join('、')}
      </Descriptions.Item>
    </Descriptions>
  );
}

function institutionOf(result: PublicInspection, t: (key: string) => string) {
  return result.institutionName ?? t('publicInspections.institutionWithheld');
}

/**
 * 监督检查结果公开: published results, phone-first cards, filtered by district, institution name and
 * year (and by one institution from a result's link), newest first, with 加载更多.
 */
export default function InspectionResultsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { params, set } = useUrlFilters();
  const filter = { q: params.get('q') ?? undefined, district: params.get('district') ?? undefined, year: params.get('year') ?? undefined, institutionId: params.get('institutionId') ?? undefined };
  const list = usePaged(['public-inspections'], endpoints.publicInspections, filter);
  const districts = useDistricts();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Typography.Title level={3}>{t('publicInspections.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicInspections.intro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('publicInspections.search')} htmlFor="insp-q">
            <Input.Search id="insp-q" allowClear defaultValue={filter.q} onSearch={(v) => set('q', v.trim() || undefined)} />
          </Form.Item>
          <Form.Item label={t('publicInspections.district')} htmlFor="insp-district">
            <Select
              id="insp-district"
              aria-label={t('publicInspections.district')}
              allowClear
              style={{ width: 160 }}
              value={filter.district}
              onChange={(v?: string) => set('district', v)}
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: locale === 'en-US' ? d.nameEn : d.nameZh }))}
            />
          </Form.Item>
          <Form.Item label={t('publicInspections.year')} htmlFor="insp-year">
            <Select
              id="insp-year"
              aria-label={t('publicInspections.year')}
              allowClear
              style={{ width: 120 }}
              value={filter.year}
              onChange={(v?: string) => set('year', v)}
              options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
            />
          </Form.Item>
        </Space>
      </Form>
      {filter.institutionId && (
        <Button style={{ marginBottom: 12 }} onClick={() => set('institutionId', undefined)}>
          {t('publicInspections.back')}
        </Button>
      )}
      {list.error && <ErrorAlert error={list.error} />}
      <List
        loading={list.isLoading}
        locale={{ emptyText: t('publicInspections.empty') }}
        dataSource={items}
        renderItem={(result) => (
          <Card style={{ marginBottom: 12 }} title={<Link to={`/portal/inspections/${result.id}`}>{institutionOf(result, t)}</Link>} extra={<ConclusionTag conclusion={result.conclusion} />}>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{result.publishedSummary}</Typography.Paragraph>
            <Space wrap>
              <Tag>{t(`inspections.kind.${result.kind}`)}</Tag>
              <Tag>{districtName(result.districtCode, locale)}</Tag>
              <span>
                {t('publicInspections.completedOn')} {result.completedOn}
              </span>
              {result.institutionId && !filter.institutionId && <a onClick={() => set('institutionId', result.institutionId!)}>{t('publicInspections.allOfInstitution')}</a>}
            </Space>
          </Card>
        )}
      />
      {list.hasNextPage && (
        <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}

/** One published result, for a link to share. */
export function InspectionResultPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const result = useQuery({ queryKey: ['public-inspections', id], queryFn: () => call(endpoints.publicInspection, { params: { id: id! } }) });
  if (result.isLoading) return <Loading />;
  if (result.error || !result.data) return <ErrorAlert error={result.error} />;
  return (
    <>
      <Link to="/portal/inspections">← {t('publicInspections.back')}</Link>
      <Typography.Title level={3} style={{ marginTop: 12 }}>
        {institutionOf(result.data, t)}
      </Typography.Title>
      <Typography.Text type="secondary">{result.data.number}</Typography.Text>
      <Card style={{ marginTop: 12 }}>
        <ResultBody result={result.data} />
      </Card>
    </>
  );
}
