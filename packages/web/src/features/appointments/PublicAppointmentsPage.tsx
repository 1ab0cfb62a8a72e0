import { Card, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { APPOINTMENT_TITLES, type AppointmentTitle } from '@jiping/domain';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { occupationText, useTitleLabel } from './appointment-views.tsx';

/** 特级技师、首席技师公示: the posts held now, names masked, phone-first cards; the title filter lives in the URL. */
export default function PublicAppointmentsPage() {
  const { t } = useTranslation();
  const titleLabel = useTitleLabel();
  const [params, setParams] = useSearchParams();
  const title = APPOINTMENT_TITLES.find((x) => x === params.get('title'));
  const list = useQuery({ queryKey: ['public-appointments', title ?? 'all'], queryFn: () => call(endpoints.publicAppointments, { query: title ? { title } : {} }) });
  return (
    <>
      <Typography.Title level={3}>{t('publicAppointments.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicAppointments.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="public-appointments-title">{t('publicAppointments.filter')}</label>
        <Select<AppointmentTitle>
          id="public-appointments-title"
          aria-label={t('publicAppointments.filter')}
          allowClear
          style={{ width: 180 }}
          value={title}
          onChange={(value?: AppointmentTitle) => setParams(value ? { title: value } : {}, { replace: true })}
          options={APPOINTMENT_TITLES.map((x) => ({ value: x, label: titleLabel(x) }))}
        />
      </Space>
      {list.error != null && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <List
        loading={list.isLoading}
        locale={{ emptyText: t('publicAppointments.empty') }}
        dataSource={list.data?.items ?? []}
        renderItem={(a) => (
          <Card style={{ marginBottom: 12 }} title={a.personName} extra={<Tag color={a.title === 'chief' ? 'gold' : 'blue'}>{titleLabel(a.title)}</Tag>}>
            <Space orientation="vertical" size={2}>
              <span>{a.institutionName}</span>
              <span>{occupationText(a)}</span>
              <span>{t('publicAppointments.term', { from: a.termStart, to: a.termEnd })}</span>
            </Space>
          </Card>
        )}
      />
    </>
  );
}
