import { Button, Card, Form, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router-dom';
import { DOCUMENT_REQUEST_STATUSES, SHANGHAI_DISTRICTS } from '@jiping/domain';
import { endpoints, type DocumentRequestSummary, type Me } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDate, PageTitle } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { FollowUpStatus } from '../rectifications/follow-up-views.tsx';

/** 调取资料: the requests in the reader's scope (filters in the URL), or the institution's own. */
export default function DocumentRequestsPage() {
  const { t, i18n } = useTranslation();
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const { params, set } = useUrlFilters();
  const isInstitution = workspace === 'institution' && me.institution !== null;
  const filter = {
    status: params.get('status') ?? undefined,
    overdue: params.get('overdue') ?? undefined,
    district: isInstitution ? undefined : (params.get('district') ?? undefined),
    institutionId: isInstitution ? undefined : (params.get('institutionId') ?? undefined),
  };
  const list = usePaged(['document-requests'], endpoints.documentRequests, filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle extra={filter.institutionId && <Button onClick={() => set('institutionId')}>{t('followUp.clearInstitution')}</Button>}>
        {isInstitution ? t('documentRequests.titleInstitution') : t('documentRequests.titleGovernment')}
      </PageTitle>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('followUp.filterStatus')} htmlFor="document-requests-status">
          <Select
            id="document-requests-status"
            allowClear
            style={{ width: 140 }}
            value={filter.status}
            onChange={(v?: string) => set('status', v)}
            options={DOCUMENT_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`followUp.documentRequestStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('followUp.filterOverdue')} htmlFor="document-requests-overdue">
          <Select
            id="document-requests-overdue"
            allowClear
            style={{ width: 140 }}
            value={filter.overdue}
            onChange={(v?: string) => set('overdue', v)}
            options={[
              { value: 'true', label: t('followUp.onlyOverdue') },
              { value: 'false', label: t('followUp.notOverdue') },
            ]}
          />
        </Form.Item>
        {!isInstitution && (
          <Form.Item label={t('followUp.filterDistrict')} htmlFor="document-requests-district">
            <Select
              id="document-requests-district"
              allowClear
              style={{ width: 140 }}
              value={filter.district}
              onChange={(v?: string) => set('district', v)}
              options={SHANGHAI_DISTRICTS.map((d) => ({ value: d.code, label: i18n.language === 'en-US' ? d.nameEn : d.nameZh }))}
            />
          </Form.Item>
        )}
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<DocumentRequestSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('documentRequests.empty') }}
          columns={[
            { title: t('followUp.number'), render: (_, r) => <Link to={`/${workspace}/document-requests/${r.id}`}>{r.number}</Link> },
            ...(isInstitution
              ? []
              : [
                  {
                    title: t('followUp.institution'),
                    render: (_: unknown, r: DocumentRequestSummary) => (
                      <Button type="link" style={{ padding: 0 }} onClick={() => set('institutionId', r.institutionId)}>
                        {r.institutionName}
                      </Button>
                    ),
                  },
                  { title: t('followUp.district'), dataIndex: 'districtName' },
                ]),
            {
              title: t('documentRequests.materials'),
              render: (_, r) => (
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, maxWidth: 360 }}>
                  {r.materials.join('、')}
                </Typography.Paragraph>
              ),
            },
            { title: t('followUp.deadline'), render: (_, r) => formatDate(r.deadline) },
            { title: t('followUp.status'), render: (_, r) => <FollowUpStatus kind="documentRequestStatus" status={r.status} overdue={r.overdue} /> },
            { title: t('documentRequests.fileCount'), dataIndex: 'fileCount' },
            { title: t('followUp.inspection'), dataIndex: 'inspectionNumber' },
          ]}
        />
      </Card>
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
