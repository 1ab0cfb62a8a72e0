import { useState } from 'react';
import { App, Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints, type ExamSessionView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { planTicketsHref, usePlanSessions } from '../../api/exam-sessions.ts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert, formatDateTime, LinkButton, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { occupationText, useLevelText } from '../registrations/registration-views.tsx';
import { sessionTime, shanghaiInstant } from './session-views.tsx';

type SessionForm = { component?: string; date: string; startsAt: string; endsAt: string; room: string; capacity: number };

/**
 * 考务安排 of one plan: its sessions per component in the filed rooms, the seat draw per
 * component, and every ticket to download. Buttons come from the server's allowed actions.
 */
export default function PlanSessionsPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const { modal } = App.useApp();
  const levelText = useLevelText();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => call(endpoints.plan, { params: { id: id! } }) });
  const sessions = usePlanSessions(id);
  const occupations = useOccupations();
  const [form] = Form.useForm<SessionForm>();
  const [editing, setEditing] = useState<ExamSessionView | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<ExamSessionView | null>(null);
  const invalidate = [['exam-sessions']];

  const save = useFormMutation({
    form,
    invalidate,
    success: t('examSessions.saved'),
    mutationFn: (values: SessionForm) => {
      const times = { startsAt: shanghaiInstant(values.date, values.startsAt), endsAt: shanghaiInstant(values.date, values.endsAt), room: values.room, capacity: values.capacity };
      return editing === 'new'
        ? call(endpoints.scheduleExamSession, { params: { id: id! }, body: { component: values.component as ExamSessionView['component'], ...times } })
        : call(endpoints.updateExamSession, { params: { id: (editing as ExamSessionView).id }, body: { version: (editing as ExamSessionView).version, ...times } });
    },
    onSuccess: () => setEditing(null),
  });
  const draw = useFormMutation({
    invalidate,
    success: (result) => t('examSessions.assigned', { seated: result.seated }),
    mutationFn: (component: ExamSessionView['component']) => call(endpoints.assignSeats, { params: { id: id! }, body: { component } }),
  });

  const p = plan.data;
  const data = sessions.data;
  const occupationName = p ? occupations.data?.find((o) => o.code === p.occupationCode)?.nameZh : undefined;
  const heading = p ? `${occupationText({ occupationCode: p.occupationCode, occupationName, workType: p.workType })} ${levelText(p.level)}` : '';
  const allowed = data?.allowedActions ?? [];

  const openForm = (session: ExamSessionView | 'new') => {
    save.reset();
    setEditing(session);
    const when = session === 'new' ? null : formatDateTime(session.startsAt);
    form.setFieldsValue(
      session === 'new'
        ? { component: data?.components[0], date: p?.examStart ?? '', startsAt: '09:00', endsAt: '11:00', room: p?.rooms[0] ?? '', capacity: 30 }
        : {
            component: session.component,
            date: when!.slice(0, 10),
            startsAt: when!.slice(11, 16),
            endsAt: formatDateTime(session.endsAt).slice(11, 16),
            room: session.room,
            capacity: session.capacity,
          },
    );
  };
  const confirmDraw = (component: ExamSessionView['component']) =>
    modal.confirm({
      title: t('examSessions.assignConfirm', { component: t(`component.${component}`) }),
      content: t('examSessions.assignHint'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => draw.mutateAsync(component).catch(() => undefined),
    });

  return (
    <>
      <PageTitle
        extra={
          <>
            {allowed.includes('schedule') && (
              <Button type="primary" onClick={() => openForm('new')}>
                {t('examSessions.schedule')}
              </Button>
            )}
            <LinkButton to={`/${workspace}/plans`}>{t('examSessions.backToPlans')}</LinkButton>
          </>
        }
      >
        {t('examSessions.title')}
        {heading && ` · ${heading}`}
      </PageTitle>
      {(plan.error || sessions.error) && <ErrorAlert error={plan.error ?? sessions.error} onRetry={() => void sessions.refetch()} />}
      {draw.error !== null && <ErrorAlert error={draw.error} />}
      {p && data && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('plans.examDates')}>{p.examStart === p.examEnd ? p.examStart : `${p.examStart} ~ ${p.examEnd}`}</Descriptions.Item>
          <Descriptions.Item label={t('filings.siteName')}>{p.siteName}</Descriptions.Item>
          <Descriptions.Item label={t('registrations.manage')}>{t('examSessions.admitted', { admitted: data.admitted, tickets: data.tickets })}</Descriptions.Item>
        </Descriptions>
      )}
      {data && (allowed.includes('assignSeats') || allowed.includes('downloadTickets')) && (
        <Space wrap style={{ marginBottom: 16 }}>
          {allowed.includes('assignSeats') &&
            data.components
              .filter((c) => data.items.some((s) => s.component === c && s.status !== 'cancelled'))
              .map((c) => (
                <Button key={c} loading={draw.isPending && draw.variables === c} onClick={() => confirmDraw(c)}>
                  {t('examSessions.assignSeats', { component: t(`component.${c}`) })}
                </Button>
              ))}
          {allowed.includes('downloadTickets') && (
            <>
              <Button href={planTicketsHref(id!, 'pdf')}>{t('examSessions.downloadPdf')}</Button>
              <Button href={planTicketsHref(id!, 'zip')}>{t('examSessions.downloadZip')}</Button>
            </>
          )}
        </Space>
      )}
      <Table<ExamSessionView>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('examSessions.empty') }}
        columns={[
          { title: t('examSessions.component'), dataIndex: 'component', render: (c: string) => <Nowrap>{t(`component.${c}`)}</Nowrap> },
          { title: t('examSessions.time'), render: (_, s) => <Nowrap>{sessionTime(s)}</Nowrap> },
          { title: t('examSessions.room'), dataIndex: 'room', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('examSessions.capacity'), dataIndex: 'capacity' },
          {
            title: t('examSessions.seated'),
            render: (_, s) => (
              <div>
                {s.seated}
                {s.seatSeed && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} copyable={{ text: s.seatSeed }}>
                    {t('examSessions.seed')} {s.seatSeed.slice(0, 12)}…
                  </Typography.Text>
                )}
              </div>
            ),
          },
          { title: t('examSessions.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} namespace="sessionStatus" /> },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Space wrap>
                {s.status !== 'cancelled' && (
                  <LinkButton size="small" to={`/${workspace}/plans/${id}/exam-sessions/${s.id}`}>
                    {t('examSessions.open')}
                  </LinkButton>
                )}
                {s.allowedActions.includes('edit') && (
                  <Button size="small" onClick={() => openForm(s)}>
                    {t('examSessions.edit')}
                  </Button>
                )}
                {s.allowedActions.includes('cancel') && (
                  <Button size="small" danger onClick={() => setCancelling(s)}>
                    {t('examSessions.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('examSessions.schedule') : t('examSessions.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        onCancel={() => setEditing(null)}
        forceRender
      >
        {save.error !== null && <ErrorAlert error={save.error} details={save.unplaced} />}
        <Form form={form} layout="vertical" name="exam-session">
          <Form.Item label={t('examSessions.component')} name="component" rules={[{ required: true }]}>
            <Select aria-label={t('examSessions.component')} disabled={editing !== 'new'} options={(data?.components ?? []).map((c) => ({ value: c, label: t(`component.${c}`) }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item label={t('examSessions.date')} name="date" rules={[{ required: true }]}>
              <Input type="date" min={p?.examStart} max={p?.examEnd} />
            </Form.Item>
            <Form.Item label={t('examSessions.startTime')} name="startsAt" rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
            <Form.Item label={t('examSessions.endTime')} name="endsAt" rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
          </Space>
          <Form.Item label={t('examSessions.room')} name="room" rules={[{ required: true }]}>
            <Select aria-label={t('examSessions.room')} options={(p?.rooms ?? []).map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item label={t('examSessions.capacity')} name="capacity" rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        </Form>
      </Modal>
      <DecisionDialog
        open={cancelling !== null}
        title={t('examSessions.cancel')}
        name="exam-session-cancel"
        reasonLabel={t('examSessions.cancelReason')}
        choices={[{ key: 'cancel', label: t('examSessions.cancel'), danger: true, reasonRequired: t('filings.reasonRequired'), done: t('examSessions.cancelled') }]}
        send={(_, { reason }) => call(endpoints.cancelExamSession, { params: { id: cancelling!.id }, body: { version: cancelling!.version, reason } })}
        onClose={() => setCancelling(null)}
        onDone={() => {
          setCancelling(null);
          void sessions.refetch();
        }}
      >
        {cancelling && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${t(`component.${cancelling.component}`)} · ${sessionTime(cancelling)} · ${cancelling.room}`} />}
      </DecisionDialog>
    </>
  );
}
