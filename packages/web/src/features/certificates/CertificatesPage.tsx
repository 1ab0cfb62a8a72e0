import { Button, Input, Select, Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CERTIFICATE_STATUSES } from '@jiping/domain';
import { endpoints, type CertificateSummary } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { useMe } from '../../api/me.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { usePlanLabel } from '../results/results-views.tsx';
import { CertificateStatusTag, occupationWithWorkType } from './certificate-views.tsx';

/** Stages in which a plan's results are final: certificates may be issued from then on. */
const FINAL_STAGES = new Set(['final', 'submitted', 'returned', 'accepted']);

/**
 * 证书: the certificates the institution issued (or, for supervisors, those in scope), filtered by
 * status and number in the URL and paged by keyset; the institution starts an issue from a plan
 * whose results are final.
 */
export default function CertificatesPage() {
  const { t } = useTranslation();
  const { workspace } = useParams();
  const navigate = useNavigate();
  const { params, set } = useUrlFilters();
  const me = useMe();
  const planLabel = usePlanLabel();
  const filter = { status: params.get('status') ?? undefined, number: params.get('number') ?? undefined, planId: params.get('planId') ?? undefined };
  const list = usePaged(['certificates'], endpoints.certificates, filter);
  const issuer = workspace === 'institution' && Boolean(me.data?.institution);
  const plans = useQuery({ queryKey: ['results', 'all'], enabled: issuer, queryFn: () => call(endpoints.resultsList, { query: {} }) });
  const finalPlans = (plans.data?.items ?? []).filter((p) => FINAL_STAGES.has(p.stage));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle
        extra={
          issuer && (
            <Select
              id="certificate-issue-plan"
              aria-label={t('certificates.issueFrom')}
              style={{ minWidth: 280 }}
              placeholder={t('certificates.issueFrom')}
              loading={plans.isLoading}
              options={finalPlans.map((p) => ({ value: p.id, label: `${planLabel(p)} · ${p.examStart}` }))}
              onChange={(id: string) => navigate(`/${workspace}/certificates/plans/${id}`)}
            />
          )
        }
      >
        {t('menu.certificates')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          id="certificate-status"
          aria-label={t('certificates.statusFilter')}
          allowClear
          style={{ width: 160 }}
          placeholder={t('certificates.statusFilter')}
          value={filter.status}
          onChange={(value?: string) => set('status', value)}
          options={CERTIFICATE_STATUSES.map((s) => ({ value: s, label: t(`certificates.status.${s}`) }))}
        />
        <Input.Search
          id="certificate-number"
          aria-label={t('certificates.numberFilter')}
          allowClear
          style={{ width: 300 }}
          placeholder={t('certificates.numberFilter')}
          defaultValue={filter.number}
          onSearch={(value) => set('number', value.trim() || undefined)}
        />
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CertificateSummary>
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('certificates.empty') }}
        columns={[
          { title: t('certificates.number'), render: (_, c) => <Link to={`/${workspace}/certificates/${c.id}`}>{c.number}</Link> },
          { title: t('certificates.holder'), dataIndex: 'holderName' },
          { title: t('certificates.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('certificates.occupation'), render: (_, c) => occupationWithWorkType(c) },
          { title: t('certificates.level'), render: (_, c) => t(`level.${c.level}`) },
          ...(workspace === 'government' ? [{ title: t('certificates.institution'), dataIndex: 'institutionName' }] : []),
          { title: t('certificates.issueDate'), dataIndex: 'issueDate' },
          { title: t('certificates.statusFilter'), render: (_, c) => <CertificateStatusTag status={c.status} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('certificates.loadMore')}
        </Button>
      )}
    </>
  );
}
