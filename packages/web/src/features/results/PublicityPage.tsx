import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { usePlanLabel } from './results-views.tsx';

/** 评价结果公示: every publication in publicity (and recently ended), phone-first cards with their dates. */
export default function PublicityPage() {
  const { t } = useTranslation();
  const planLabel = usePlanLabel();
  const list = usePaged(['public-results'], endpoints.publicResults, {});
  return (
    <>
      <Typography.Title level={3}>{t('publicity.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicity.intro')}</Typography.Paragraph>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <List
        loading={list.isLoading}
        locale={{ emptyText: t('publicity.empty') }}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        renderItem={(p) => (
          <Card
            style={{ marginBottom: 12 }}
            title={<Link to={`/portal/results/${p.id}`}>{planLabel(p)}</Link>}
            extra={p.open ? <Tag color="processing">{t('publicity.open')}</Tag> : <Tag>{t('publicity.ended')}</Tag>}
          >
            <Space orientation="vertical" size={2}>
              <span>
                {p.institutionName} · {p.districtName}
              </span>
              <span>{t('publicity.period', { from: p.startsOn, to: p.endsOn })}</span>
              <span>{t('publicity.entries', { count: p.entries })}</span>
            </Space>
          </Card>
        )}
      />
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>}
    </>
  );
}
