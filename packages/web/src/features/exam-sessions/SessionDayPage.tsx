import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Table, Tag, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { endpoints, type ExamSessionView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { incidentPhotoHref, useExamSession } from '../../api/exam-sessions.ts';
import { ErrorAlert, formatDateTime, Loading, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { sessionTime, shanghaiInstant } from './session-views.tsx';

type Seat = { registrationId: string; seatNumber: number; ticketNumber: string | null; maskedName: string; checkedInAt: string | null; absent: boolean };

/**
 * One session on the day, laid out for a tablet (768 px): start and end, the check-in field a
 * desk scanner types the ticket number into (followed by Enter), the seats, the staff's own
 * check-in, incidents with an optional photo, and the supervisor's record. Every button comes
 * from the server's allowed actions.
 */
export default function SessionDayPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const session = useExamSession(id);
  const invalidate = [['exam-sessions']];
  const scan = useRef<InputRef>(null);
  const [code, setCode] = useState('');
  const [incidentForm] = Form.useForm<{ time: string; text: string }>();
  const [recordForm] = Form.useForm<{ record: string }>();
  const [photo, setPhoto] = useState<File | null>(null);

  const transition = useFormMutation({
    invalidate,
    success: (result: ExamSessionView) => (result.status === 'ended' ? t('sessionDay.ended') : t('sessionDay.started')),
    mutationFn: ({ action, version }: { action: 'start' | 'end'; version: number }) =>
      call(action === 'start' ? endpoints.startExamSession : endpoints.endExamSession, { params: { id: id! }, body: { version } }),
  });
  const checkIn = useFormMutation({
    invalidate,
    mutationFn: (value: string) => call(endpoints.checkInCandidate, { params: { id: id! }, body: { code: value } }),
  });
  const staffCheckIn = useFormMutation({
    invalidate,
    success: t('sessionDay.present'),
    mutationFn: (staffId: string) => call(endpoints.checkInStaff, { params: { id: id!, staffId } }),
  });
  const incident = useFormMutation({
    form: incidentForm,
    invalidate,
    success: t('sessionDay.incidentSaved'),
    mutationFn: async (values: { time: string; text: string }) => {
      const date = formatDateTime(session.data!.startsAt).slice(0, 10);
      const recorded = await call(endpoints.recordIncident, { params: { id: id! }, body: { occurredAt: shanghaiInstant(date, values.time), text: values.text } });
      if (!photo) return recorded;
      const form = new FormData();
      form.append('file', photo);
      return call(endpoints.attachIncidentPhoto, { params: { id: recorded.id }, form });
    },
    onSuccess: () => {
      incidentForm.resetFields();
      setPhoto(null);
    },
  });
  const record = useFormMutation({
    form: recordForm,
    invalidate,
    success: t('sessionDay.recordSaved'),
    mutationFn: (values: { record: string }) => call(endpoints.writeSessionRecord, { params: { id: id! }, body: { version: session.data!.version, record: values.record } }),
  });

  if (session.isLoading) return <Loading />;
  if (session.error || !session.data) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const can = (action: string) => s.allowedActions.includes(action);
  const submitCode = () => {
    const value = code.trim();
    // Cleared whatever the answer: the next scan must not be appended to this one.
    if (value)
      checkIn.mutate(value, {
        onSettled: () => {
          setCode('');
          scan.current?.focus();
        },
      });
  };

  return (
    <div style={{ maxWidth: 960 }}>
      <PageTitle
        extra={
          <>
            {can('start') && (
              <Button type="primary" size="large" loading={transition.isPending} onClick={() => transition.mutate({ action: 'start', version: s.version })}>
                {t('sessionDay.start')}
              </Button>
            )}
            {can('end') && (
              <Button
                danger
                size="large"
                loading={transition.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('sessionDay.endConfirm'),
                    okText: t('sessionDay.end'),
                    cancelText: t('common.cancel'),
                    okButtonProps: { danger: true },
                    onOk: () => transition.mutateAsync({ action: 'end', version: s.version }).catch(() => undefined),
                  })
                }
              >
                {t('sessionDay.end')}
              </Button>
            )}
            <Button size="large" onClick={() => navigate(-1)}>
              {t('sessionDay.back')}
            </Button>
          </>
        }
      >
        {t(`component.${s.component}`)} · {s.room}
      </PageTitle>
      {transition.error !== null && <ErrorAlert error={transition.error} />}
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('examSessions.time')}>{sessionTime(s)}</Descriptions.Item>
        <Descriptions.Item label={t('examSessions.status')}>
          <StatusTag status={s.status} namespace="sessionStatus" />
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.occupation')}>
          {s.occupationName}
          {s.workType ? `（${s.workType}）` : ''} {t(`level.${s.level}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.siteName')}>{s.siteName}</Descriptions.Item>
        <Descriptions.Item label={t('sessionDay.seats')}>{t('sessionDay.counts', { seated: s.seated, checkedIn: s.checkedIn, absent: s.absent })}</Descriptions.Item>
      </Descriptions>

      <Card title={t('sessionDay.checkIn')} style={{ marginBottom: 16 }}>
        {can('checkIn') ? (
          <>
            <label htmlFor="check-in-code" style={{ display: 'block', marginBottom: 8, fontSize: 16 }}>
              {t('sessionDay.scanLabel')}
            </label>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                id="check-in-code"
                ref={scan}
                size="large"
                autoFocus
                autoComplete="off"
                value={code}
                placeholder={t('sessionDay.scanPlaceholder')}
                onChange={(e) => setCode(e.target.value)}
                onPressEnter={submitCode}
              />
              <Button size="large" type="primary" loading={checkIn.isPending} onClick={submitCode}>
                {t('sessionDay.checkIn')}
              </Button>
            </Space.Compact>
            <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
              {checkIn.isSuccess && <Alert type="success" showIcon title={t('sessionDay.checkedIn', { seat: checkIn.data.seatNumber, name: checkIn.data.maskedName })} />}
              {checkIn.error !== null && <ErrorAlert error={checkIn.error} />}
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">{t('sessionDay.notRunning')}</Typography.Text>
        )}
      </Card>

      <Card title={t('sessionDay.staff')} style={{ marginBottom: 16 }}>
        {staffCheckIn.error !== null && <ErrorAlert error={staffCheckIn.error} />}
        <List
          dataSource={s.staff}
          locale={{ emptyText: '—' }}
          renderItem={(member) => (
            <List.Item
              actions={[
                member.checkedInAt ? (
                  <Tag color="green" key="in">
                    {t('sessionDay.present')} {formatDateTime(member.checkedInAt).slice(11)}
                  </Tag>
                ) : member.canCheckIn ? (
                  <Button key="check" onClick={() => staffCheckIn.mutate(member.id)} loading={staffCheckIn.isPending && staffCheckIn.variables === member.id}>
                    {t('sessionDay.staffCheckIn')} {member.name}
                  </Button>
                ) : (
                  <Tag key="waiting">{t('sessionDay.waiting')}</Tag>
                ),
              ]}
            >
              <Nowrap>{member.name}</Nowrap>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t(`duty.${member.duty}`)}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>

      <Card title={t('sessionDay.seats')} style={{ marginBottom: 16 }}>
        <Table<Seat>
          rowKey="registrationId"
          size="small"
          dataSource={s.seats}
          pagination={false}
          columns={[
            { title: t('sessionDay.seat'), dataIndex: 'seatNumber', width: 72 },
            { title: t('sessionDay.ticket'), dataIndex: 'ticketNumber', render: (v: string | null) => <Nowrap>{v ?? '—'}</Nowrap> },
            { title: t('sessionDay.name'), dataIndex: 'maskedName' },
            {
              title: t('examSessions.status'),
              render: (_, seat) =>
                seat.checkedInAt ? (
                  <Tag color="green">
                    {t('sessionDay.present')} {formatDateTime(seat.checkedInAt).slice(11)}
                  </Tag>
                ) : seat.absent ? (
                  <Tag color="red">{t('sessionDay.absent')}</Tag>
                ) : (
                  <Tag>{t('sessionDay.waiting')}</Tag>
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('sessionDay.incidents')} style={{ marginBottom: 16 }}>
        <List
          dataSource={s.incidents}
          locale={{ emptyText: t('sessionDay.noIncidents') }}
          renderItem={(item) => (
            <List.Item extra={item.hasPhoto && <a href={incidentPhotoHref(item.id)}>{t('sessionDay.photo')}</a>}>
              <List.Item.Meta title={`${formatDateTime(item.occurredAt)} · ${item.recordedByName}`} description={item.text} />
            </List.Item>
          )}
        />
        {can('recordIncident') && (
          <Form form={incidentForm} layout="vertical" name="incident" onFinish={(values) => incident.mutate(values)} style={{ marginTop: 12 }}>
            {incident.error !== null && <ErrorAlert error={incident.error} details={incident.unplaced} />}
            <Form.Item label={t('sessionDay.incidentTime')} name="time" rules={[{ required: true }]} initialValue={formatDateTime(new Date().toISOString()).slice(11, 16)}>
              <Input type="time" style={{ width: 160 }} />
            </Form.Item>
            <Form.Item label={t('sessionDay.incidentText')} name="text" rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item label={t('sessionDay.incidentPhoto')} htmlFor="incident-photo">
              <input id="incident-photo" type="file" accept="image/png,image/jpeg" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
            </Form.Item>
            <Button htmlType="submit" loading={incident.isPending}>
              {t('sessionDay.addIncident')}
            </Button>
          </Form>
        )}
      </Card>

      <Card title={t('sessionDay.record')}>
        {can('writeRecord') ? (
          <Form form={recordForm} layout="vertical" name="session-record" initialValues={{ record: s.record ?? '' }} onFinish={(values) => record.mutate(values)}>
            {record.error !== null && <ErrorAlert error={record.error} details={record.unplaced} />}
            <Form.Item label={t('sessionDay.record')} name="record" extra={t('sessionDay.recordHint')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={5} maxLength={10_000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              {t('sessionDay.saveRecord')}
            </Button>
          </Form>
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.record ?? '—'}</Typography.Paragraph>
        )}
      </Card>
    </div>
  );
}
