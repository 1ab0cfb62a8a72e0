import { Alert, Button, Card, Descriptions, Empty, Form, Select, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints, type PlanStaffingView, type SessionStaffingView } from '@jiping/contracts';
import { DUTY_STAFF_KIND, EXAM_COMPONENT_LABELS, SESSION_DUTY_LABELS, type Locale, type SessionDuty } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDateTime, LinkButton, Loading, Nowrap, PageTitle } from '../../layout/common.tsx';

type Assignment = SessionStaffingView['assignments'][number];

/**
 * 人员安排: each session of a plan with who serves in which duty and every staffing rule it still
 * breaks (the same verdict the session's start waits on). The institution assigns and removes its
 * staff; the district dispatches the external supervisor. Buttons come from `allowedActions`.
 */
export default function PlanStaffingPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const staffing = useQuery({ queryKey: ['plan-staffing', id], queryFn: () => call(endpoints.planStaffing, { params: { id: id! } }) });

  if (staffing.isLoading) return <Loading />;
  if (staffing.error || !staffing.data) return <ErrorAlert error={staffing.error} onRetry={() => void staffing.refetch()} />;
  const { plan, rules, sessions } = staffing.data;
  return (
    <>
      <PageTitle extra={<LinkButton to={`/${workspace}/plans`}>{t('staffing.back')}</LinkButton>}>{t('staffing.title')}</PageTitle>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('filings.occupation')}>{`${plan.occupationCode}${plan.workType ? `（${plan.workType}）` : ''} ${t(`level.${plan.level}`)}`}</Descriptions.Item>
        <Descriptions.Item label={t('plans.examDates')}>{plan.examStart === plan.examEnd ? plan.examStart : `${plan.examStart} ~ ${plan.examEnd}`}</Descriptions.Item>
        <Descriptions.Item label={t('filings.siteName')}>{plan.siteName}</Descriptions.Item>
        <Descriptions.Item label={t('plans.supervisors')}>{[plan.internalSupervisor, plan.externalSupervisor].filter(Boolean).join(' / ')}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('staffing.rules')}
        description={t('staffing.rulesText', { ...rules, examinerOdd: rules.examinerOdd ? t('staffing.odd') : '', panelOdd: rules.panelOdd ? t('staffing.odd') : '' })}
      />
      {staffing.data.dispatchable.length > 0 && <DispatchForm staffing={staffing.data} />}
      {sessions.length === 0 && <Empty description={t('staffing.noSessions')} />}
      {sessions.map((session) => (
        <SessionCard key={session.id} session={session} staffing={staffing.data} locale={locale} />
      ))}
    </>
  );
}

function SessionCard({ session, staffing, locale }: { session: SessionStaffingView; staffing: PlanStaffingView; locale: Locale }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ staffId: string; duty: SessionDuty }>();
  const duty = Form.useWatch('duty', form) ?? session.duties[0];
  const key = ['plan-staffing', staffing.plan.id];
  const assign = useFormMutation({
    form,
    mutationFn: (values: { staffId: string; duty: SessionDuty }) => call(endpoints.assignSessionStaff, { params: { id: session.id }, body: values }),
    invalidate: [key],
    success: (_, values) => t('staffing.assigned', { name: staffing.staff.find((s) => s.id === values.staffId)?.name ?? '' }),
    onSuccess: () => form.resetFields(['staffId']),
  });
  const remove = useFormMutation({
    mutationFn: (assignment: Assignment) => call(endpoints.removeSessionStaff, { params: { id: session.id, assignmentId: assignment.id } }),
    invalidate: [key],
    success: (_, assignment) => t('staffing.removed', { name: assignment.name }),
  });
  const canAssign = session.allowedActions.includes('assign');
  const kind = DUTY_STAFF_KIND[duty];
  const choices = staffing.staff.filter((s) => s.kind === kind && !session.assignments.some((a) => a.staffId === s.id));
  const component = EXAM_COMPONENT_LABELS[session.component][locale];
  const requirement = SESSION_DUTY_LABELS[session.requirement.duty][locale];
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.sessionTitle', { component, room: session.room })}</h2>}
      extra={<Tag color={session.status === 'scheduled' ? 'processing' : 'default'}>{t(`staffing.sessionStatus.${session.status}`)}</Tag>}
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('staffing.time')}>
          <Nowrap>{`${formatDateTime(session.startsAt)} ~ ${formatDateTime(session.endsAt).slice(11)}`}</Nowrap>
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.candidates')}>{session.candidates}</Descriptions.Item>
        <Descriptions.Item label={t('staffing.requirement')}>
          {t('staffing.requirementText', { duty: requirement, required: session.requirement.required, odd: session.requirement.odd ? t('staffing.odd') : '' })}
        </Descriptions.Item>
      </Descriptions>
      {session.problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('staffing.problemsTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {session.problems.map((problem, index) => (
                <li key={`${problem.rule}-${problem.staffId ?? ''}-${index}`}>{problem.message[locale]}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('staffing.ok')} />
      )}
      {remove.error != null && <ErrorAlert error={remove.error} />}
      <Table<Assignment>
        rowKey="id"
        size="small"
        dataSource={session.assignments}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('staffing.noAssignments') }}
        columns={[
          { title: t('staffing.who'), dataIndex: 'name', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('staffing.duty'), dataIndex: 'duty', render: (d: SessionDuty) => SESSION_DUTY_LABELS[d][locale] },
          {
            title: t('common.actions'),
            render: (_, a) =>
              canAssign &&
              a.duty !== 'external_supervisor' && (
                <Button size="small" loading={remove.isPending && remove.variables?.id === a.id} onClick={() => remove.mutate(a)}>
                  {t('staffing.remove')}
                </Button>
              ),
          },
        ]}
      />
      {canAssign && (
        <>
          {assign.error != null && <ErrorAlert error={assign.error} details={assign.unplaced} />}
          <Form form={form} name={`assign-${session.id}`} layout="inline" initialValues={{ duty: session.duties[0] }} onFinish={(values) => assign.mutate(values)} style={{ marginTop: 12, rowGap: 8 }}>
            <Form.Item label={t('staffing.duty')} name="duty" rules={[{ required: true }]}>
              <Select
                aria-label={t('staffing.duty')}
                style={{ width: 180 }}
                options={session.duties.map((d) => ({ value: d, label: SESSION_DUTY_LABELS[d][locale] }))}
                onChange={() => form.resetFields(['staffId'])}
              />
            </Form.Item>
            <Form.Item label={t('staffing.who')} name="staffId" rules={[{ required: true, message: t('form.required', { field: t('staffing.who') }) }]}>
              <Select
                aria-label={t('staffing.who')}
                style={{ width: 220 }}
                showSearch
                optionFilterProp="label"
                options={choices.map((s) => ({ value: s.id, label: `${s.name}${s.qualified ? '' : t('staffing.unqualified')}` }))}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={assign.isPending}>
                {t('staffing.assign')}
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
    </Card>
  );
}

/** The district's dispatch of its external supervisor (外督) to every session of the plan not yet started. */
function DispatchForm({ staffing }: { staffing: PlanStaffingView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ userId: string }>();
  const dispatch = useFormMutation({
    form,
    mutationFn: (values: { userId: string }) => call(endpoints.dispatchExternalSupervisor, { params: { id: staffing.plan.id }, body: values }),
    invalidate: [['plan-staffing', staffing.plan.id]],
    success: t('staffing.dispatched'),
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.dispatch')}</h2>} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>{t('staffing.dispatchHint')}</div>
        {staffing.plan.externalSupervisor && <div>{t('staffing.planExternal', { name: staffing.plan.externalSupervisor })}</div>}
        {dispatch.error != null && <ErrorAlert error={dispatch.error} details={dispatch.unplaced} />}
        <Form form={form} name="dispatch" layout="inline" onFinish={(values) => dispatch.mutate(values)}>
          <Form.Item label={t('staffing.dispatchAccount')} name="userId" rules={[{ required: true, message: t('form.required', { field: t('staffing.dispatchAccount') }) }]}>
            <Select aria-label={t('staffing.dispatchAccount')} style={{ width: 240 }} options={staffing.dispatchable.map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={dispatch.isPending} disabled={!staffing.sessions.some((s) => s.allowedActions.includes('dispatch'))}>
              {t('staffing.dispatch')}
            </Button>
          </Form.Item>
        </Form>
      </Space>
    </Card>
  );
}
