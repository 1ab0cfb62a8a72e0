import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useParams } from 'react-router-dom';
import { endpoints, type Me } from '@jiping/contracts';
import { call, type BodyOf } from '../../api/client.ts';
import type { Plan } from '../../api/plans.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, LinkButton, PageTitle, StatusTag } from '../../layout/common.tsx';
import { useInstitution } from '../../api/institutions.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';

type Decision = 'file' | 'acknowledge' | 'return' | 'cancel' | 'close';
const NEEDS_REASON: Decision[] = ['return', 'cancel'];

/** Institutions draft and file plans; districts acknowledge or return them. Buttons come from the server. */
export default function PlansPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const client = useQueryClient();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => call(endpoints.plans) });
  const institutionId = me.institution?.id;
  const allowed = useInstitution(institutionId).data?.allowedActions ?? [];
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<{ plan: Plan; action: Decision } | null>(null);
  const [createForm] = Form.useForm<BodyOf<typeof endpoints.createPlan>>();
  const refresh = () => client.invalidateQueries({ queryKey: ['plans'] });

  const create = useFormMutation({
    form: createForm,
    mutationFn: (body: BodyOf<typeof endpoints.createPlan>) => call(endpoints.createPlan, { params: { id: institutionId! }, body }),
    invalidate: [['plans']],
    onSuccess: () => {
      setCreating(false);
      createForm.resetFields();
    },
  });
  // 报送 and 关闭 need no reason: they are sent at once, without the decision dialog.
  const decide = useFormMutation({
    mutationFn: ({ plan, action }: { plan: Plan; action: 'file' | 'close' }) => call(endpoints.transitionPlan[action], { params: { id: plan.id }, body: { version: plan.version } }),
    invalidate: [['plans']],
    success: t('filings.done'),
  });

  return (
    <>
      <PageTitle
        extra={
          allowed.includes('createPlan') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('plans.new')}
            </Button>
          )
        }
      >
        {t('menu.plans')}
      </PageTitle>
      {decide.error != null && <ErrorAlert error={decide.error} />}
      {plans.error && <ErrorAlert error={plans.error} />}
      <Table<Plan>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={plans.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('plans.empty') }}
        columns={[
          { title: t('filings.occupation'), render: (_, p) => `${p.occupationCode}${p.workType ? `（${p.workType}）` : ''} ${t(`level.${p.level}`)}` },
          { title: t('plans.examDates'), render: (_, p) => (p.examStart === p.examEnd ? p.examStart : `${p.examStart} ~ ${p.examEnd}`) },
          { title: t('filings.siteName'), render: (_, p) => `${p.siteName}（${p.rooms.join('、')}）` },
          { title: t('plans.expected'), dataIndex: 'expectedCandidates' },
          { title: t('plans.supervisors'), render: (_, p) => [p.internalSupervisor, p.externalSupervisor].filter(Boolean).join(' / ') },
          { title: t('filings.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} namespace="planStatus" /> },
          {
            title: t('common.actions'),
            render: (_, p) => (
              <Space wrap>
                {p.allowedActions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'file' || action === 'acknowledge' ? 'primary' : 'default'}
                    loading={decide.isPending && decide.variables.plan.id === p.id && decide.variables.action === action}
                    onClick={() => (action === 'file' || action === 'close' ? decide.mutate({ plan: p, action }) : setPending({ plan: p, action: action as Decision }))}
                  >
                    {t(`plans.${action}`)}
                  </Button>
                ))}
                {allowed.includes('importRegistrations') && (p.status === 'acknowledged' || p.status === 'closed') && (
                  <LinkButton size="small" to={`/${workspace}/plans/${p.id}/registrations`}>
                    {t('registrations.manage')}
                  </LinkButton>
                )}
                {(p.status === 'acknowledged' || p.status === 'closed') && (
                  <LinkButton size="small" to={`/${workspace}/plans/${p.id}/exam-sessions`}>
                    {t('examSessions.manage')}
                  </LinkButton>
                )}
                {(p.status === 'acknowledged' || p.status === 'closed') && (
                  <LinkButton size="small" to={`/${workspace}/plans/${p.id}/staffing`}>
                    {t('staffing.title')}
                  </LinkButton>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('plans.new')}
        okText={t('common.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onOk={() =>
          void createForm.validateFields().then(
            (values) => create.mutate(values),
            () => undefined,
          )
        }
        onCancel={() => {
          setCreating(false);
          create.reset();
        }}
        destroyOnHidden
        width={640}
      >
        {create.error != null && <ErrorAlert error={create.error} details={create.unplaced} />}
        <Form form={createForm} layout="vertical" initialValues={{ workType: '', expectedCandidates: 30 }} preserve={false}>
          <Form.Item label={t('filings.occupation')} name="occupationCode" rules={[{ required: true }]}>
            <Input placeholder="6-18-01-01" />
          </Form.Item>
          <Form.Item label={t('filings.workType')} name="workType">
            <Input />
          </Form.Item>
          <Form.Item label={t('filings.level')} name="level" rules={[{ required: true }]}>
            <Select aria-label={t('filings.level')} options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item label={t('plans.examStart')} name="examStart" rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item label={t('plans.examEnd')} name="examEnd" rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Space>
          <Form.Item label={t('filings.siteName')} name="siteName" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('filings.rooms')} name="rooms" rules={[{ required: true }]}>
            <Select mode="tags" aria-label={t('filings.rooms')} open={false} />
          </Form.Item>
          <Form.Item label={t('plans.expected')} name="expectedCandidates" rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item label={t('filings.examiners')} name="examiners" rules={[{ required: true }]}>
            <Select mode="tags" aria-label={t('filings.examiners')} open={false} />
          </Form.Item>
          <Form.Item label={t('plans.internalSupervisor')} name="internalSupervisor" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <DecisionDialog
        open={pending !== null}
        title={pending ? t(`plans.${pending.action}`) : ''}
        name="plan-decision"
        reasonLabel={t('filings.reason')}
        fields={
          pending?.action === 'acknowledge' && (
            <Form.Item label={t('plans.externalSupervisor')} name="externalSupervisor">
              <Input />
            </Form.Item>
          )
        }
        choices={
          pending
            ? [{ key: pending.action, label: t('common.confirm'), primary: true, reasonRequired: NEEDS_REASON.includes(pending.action) ? t('filings.reasonRequired') : null, done: t('filings.done') }]
            : []
        }
        send={(action, { reason, externalSupervisor }) =>
          call(endpoints.transitionPlan[action], {
            params: { id: pending!.plan.id },
            body: { version: pending!.plan.version, reason, ...(externalSupervisor ? { externalSupervisor: String(externalSupervisor) } : {}) },
          })
        }
        onClose={() => setPending(null)}
        onDone={() => {
          setPending(null);
          void refresh();
        }}
      />
    </>
  );
}
