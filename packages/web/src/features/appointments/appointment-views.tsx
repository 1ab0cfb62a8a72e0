import type { ReactNode } from 'react';
import { Alert, Card, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_TITLE_LABELS, MERIT_KIND_LABELS, type AppointmentStatus, type Locale } from '@jiping/domain';
import type { AppointmentView, ApprenticeshipView, PersonAppointmentsView } from '@jiping/contracts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, Loading, Nowrap } from '../../layout/common.tsx';
import { EvidenceLinks } from '../people/EvidenceField.tsx';

const STATUS_COLORS: Record<AppointmentStatus, string> = { active: 'green', renewed: 'blue', expired: 'default', terminated: 'red' };

export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`appointments.statuses.${status}`)}</Tag>;
}

export function useTitleLabel() {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (title: AppointmentView['title']) => APPOINTMENT_TITLE_LABELS[title][locale];
}

/** 车工（6-18-01-01） */
export const occupationText = (a: { occupationName: string; occupationCode: string }) => `${a.occupationName}（${a.occupationCode}）`;

/** What a post rests on: the 高级技师 certificate and the merits with their evidence, or the 特级 post of a 首席. */
export function AppointmentBasis({ appointment: a }: { appointment: AppointmentView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (a.title === 'chief') return <span>{t('appointments.onSpecial')}</span>;
  return (
    <Space orientation="vertical" size={2}>
      {a.certificateNumber && <Nowrap>{t('appointments.certificate', { number: a.certificateNumber })}</Nowrap>}
      {a.merits.map((m, i) => (
        <span key={i}>
          {MERIT_KIND_LABELS[m.kind][locale]}：{m.description} <EvidenceLinks files={m.evidenceFileIds.map((id) => ({ id, fileName: '' }))} />
        </span>
      ))}
    </Space>
  );
}

/** The posts of an enterprise or of a person, every term, with an optional column of actions. */
export function AppointmentsTable({
  items,
  showPerson = true,
  showInstitution = false,
  actions,
}: {
  items: AppointmentView[];
  showPerson?: boolean;
  showInstitution?: boolean;
  actions?: (a: AppointmentView) => ReactNode;
}) {
  const { t } = useTranslation();
  const titleLabel = useTitleLabel();
  return (
    <Table<AppointmentView>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={items}
      locale={{ emptyText: t('appointments.empty') }}
      columns={[
        { title: t('appointments.title'), render: (_, a) => <Nowrap>{titleLabel(a.title)}</Nowrap> },
        ...(showPerson
          ? [
              { title: t('appointments.person'), render: (_: unknown, a: AppointmentView) => <Nowrap>{a.personName}</Nowrap> },
              { title: t('appointments.idNumber'), render: (_: unknown, a: AppointmentView) => <Nowrap>{a.idNumberMasked}</Nowrap> },
            ]
          : []),
        ...(showInstitution ? [{ title: t('appointments.institution'), render: (_: unknown, a: AppointmentView) => a.institutionName }] : []),
        { title: t('appointments.occupation'), render: (_, a) => occupationText(a) },
        { title: t('appointments.term'), render: (_, a) => <Nowrap>{`${a.termStart} ~ ${a.termEnd}`}</Nowrap> },
        {
          title: t('appointments.status'),
          render: (_, a) => (
            <Space orientation="vertical" size={2}>
              <AppointmentStatusTag status={a.status} />
              {a.status === 'terminated' && <Typography.Text type="secondary">{t('appointments.ended', { date: a.endedOn, reason: a.endReason })}</Typography.Text>}
            </Space>
          ),
        },
        { title: t('appointments.basis'), render: (_, a) => <AppointmentBasis appointment={a} /> },
        ...(actions ? [{ title: t('common.actions'), render: (_: unknown, a: AppointmentView) => actions(a) }] : []),
      ]}
    />
  );
}

/** 学徒中 or 期满 with the date. */
export function ApprenticeshipState({ apprenticeship: a }: { apprenticeship: ApprenticeshipView }) {
  const { t } = useTranslation();
  return a.completedOn ? <Tag>{`${t('appointments.complete')} ${a.completedOn}`}</Tag> : <Tag color="processing">{t('appointments.inTraining')}</Tag>;
}

/** The refusal of an appointment: the server's sentence and, one per line, every condition not met. */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status !== 422 || !error.errors.length) return <ErrorAlert error={error} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.detail}
      description={
        <>
          <Typography.Text strong>{t('appointments.refusedList')}</Typography.Text>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {error.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ol>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** A person's posts and apprenticeships: on their record (people) and on their own profile. */
export function PersonAppointmentsCard({ view }: { view: { isLoading: boolean; error: unknown; data?: PersonAppointmentsView; refetch: () => unknown } }) {
  const { t } = useTranslation();
  const data = view.data;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('appointments.personSection')}</h2>} style={{ marginBottom: 16 }}>
      {view.isLoading && <Loading />}
      {view.error != null && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {data && !data.appointments.length && !data.apprenticeships.length && <Typography.Text type="secondary">{t('appointments.personNone')}</Typography.Text>}
      {data && data.appointments.length > 0 && <AppointmentsTable items={data.appointments} showPerson={false} showInstitution />}
      {data && data.apprenticeships.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('appointments.apprenticeship')}</Typography.Text>}
          dataSource={data.apprenticeships}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <span>
                  {t('appointments.apprenticeLine', { institution: a.institutionName, occupation: occupationText(a), from: a.startedOn })}
                  {a.completedOn ? t('appointments.apprenticeDone', { date: a.completedOn }) : ''}
                </span>
                <ApprenticeshipState apprenticeship={a} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
