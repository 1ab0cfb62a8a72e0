import { Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router-dom';
import { RECTIFICATION_STATUSES, SHANGHAI_DISTRICTS } from '@jiping/domain';
import { endpoints, type Me, type RectificationSummary } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDate, PageTitle } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { FollowUpStatus } from './follow-up-views.tsx';
import { SupervisionRecordCard } from './SupervisionRecordCard.tsx';

/**
 * 整改通知. Government: every order in the reader's scope, filtered by status, overdue, district
 * and institution (filters in the URL), with the institution's record and sanctions once one is
 * chosen. Institution: its own orders and its record (open and overdue counts, sanctions).
 */
export default function RectificationsPage() {
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
  const list = usePaged(['rectifications'], endpoints.rectifications, filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const recordOf = isInstitution ? me.institution!.id : filter.institutionId;
  return (
    <>
      <PageTitle>{isInstitution ? t('rectifications.titleInstitution') : t('rectifications.titleGovernment')}</PageTitle>
      {recordOf && <SupervisionRecordCard institutionId={recordOf} onClear={isInstitution ? undefined : () => set('institutionId')} />}
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('followUp.filterStatus')} htmlFor="rectifications-status">
          <Select
            id="rectifications-status"
            allowClear
            style={{ width: 140 }}
            value={filter.status}
            onChange={(v?: string) => set('status', v)}
            options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`followUp.rectificationStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('followUp.filterOverdue')} htmlFor="rectifications-overdue">
          <Select
            id="rectifications-overdue"
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
          <Form.Item label={t('followUp.filterDistrict')} htmlFor="rectifications-district">
            <Select
              id="rectifications-district"
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
        <Table<RectificationSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('rectifications.empty') }}
          columns={[
            { title: t('followUp.number'), render: (_, o) => <Link to={`/${workspace}/rectifications/${o.id}`}>{o.number}</Link> },
            ...(isInstitution
              ? []
              : [
                  {
                    title: t('followUp.institution'),
                    render: (_: unknown, o: RectificationSummary) => (
                      <Button type="link" style={{ padding: 0 }} onClick={() => set('institutionId', o.institutionId)}>
                        {o.institutionName}
                      </Button>
                    ),
                  },
                  { title: t('followUp.district'), dataIndex: 'districtName' },
                ]),
            {
              title: t('rectifications.requirement'),
              render: (_, o) => (
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, maxWidth: 360 }}>
                  {o.requirement}
                </Typography.Paragraph>
              ),
            },
            { title: t('followUp.deadline'), render: (_, o) => formatDate(o.deadline) },
            {
              title: t('followUp.status'),
              render: (_, o) => (
                <Space size={4} wrap>
                  <FollowUpStatus kind="rectificationStatus" status={o.status} overdue={o.overdue} />
                  {!o.overdue && o.overdueSince && <Typography.Text type="secondary">{t('followUp.wasOverdue', { date: o.overdueSince })}</Typography.Text>}
                </Space>
              ),
            },
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
