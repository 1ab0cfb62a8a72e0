import { Button, Form, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useOutletContext, useParams, useSearchParams } from 'react-router-dom';
import { FILING_STATUSES } from '@jiping/domain';
import { endpoints, type FilingSummary, type Me } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDate, formatDateTime, PageTitle, StatusTag } from '../../layout/common.tsx';
import { useInstitution } from '../../api/institutions.ts';

/** Government: the review queue of their districts. Institution: their own filings and the way to start one. */
export default function FilingsPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? undefined;
  const list = usePaged(['filings'], endpoints.filings, { status });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const isInstitution = workspace === 'institution' && me.institution !== null;
  const allowed = useInstitution(isInstitution ? me.institution?.id : null).data?.allowedActions ?? [];
  return (
    <>
      <PageTitle
        extra={
          isInstitution && (
            <>
              {allowed.includes('createFiling') && (
                <Button type="primary" onClick={() => navigate(`/${workspace}/filings/new/initial`)}>
                  {t('filings.newFiling')}
                </Button>
              )}
              {allowed.includes('createAmendment') && <Button onClick={() => navigate(`/${workspace}/filings/new/amendment`)}>{t('filings.newAmendment')}</Button>}
              {allowed.includes('createRenewal') && <Button onClick={() => navigate(`/${workspace}/filings/new/renewal`)}>{t('filings.newRenewal')}</Button>}
            </>
          )
        }
      >
        {isInstitution ? t('filings.mine') : t('filings.queue')}
      </PageTitle>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('filings.status')} htmlFor="filings-status">
          <Select
            id="filings-status"
            aria-label={t('filings.status')}
            allowClear
            style={{ width: 160 }}
            value={status}
            onChange={(v?: string) => setParams(v ? { status: v } : {})}
            options={FILING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <Table<FilingSummary>
        rowKey="id"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: isInstitution ? t('filings.emptyInstitution') : t('filings.empty') }}
        columns={[
          { title: t('filings.institution'), dataIndex: 'institutionName', render: (name: string, f) => <Link to={`/${workspace}/filings/${f.id}`}>{name}</Link> },
          { title: t('filings.kind'), dataIndex: 'kind', render: (k: string) => t(`filingKind.${k}`) },
          { title: t('filings.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          { title: t('filings.district'), dataIndex: 'districtName' },
          { title: t('filings.number'), dataIndex: 'filingNumber', render: (v: string | null) => v ?? '—' },
          { title: t('filings.validity'), render: (_, f) => (f.validFrom ? `${formatDate(f.validFrom)} ~ ${formatDate(f.validUntil)}` : '—') },
          { title: t('filings.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
