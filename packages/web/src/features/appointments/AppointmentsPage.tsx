import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Progress, Row, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useParams } from 'react-router-dom';
import { renewalStart, shanghaiDate } from '@jiping/domain';
import { endpoints, type AppointmentView, type ApprenticeshipView, type InstitutionAppointmentsView, type Me } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useInstitution } from '../../api/institutions.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, Loading, Nowrap, PageTitle } from '../../layout/common.tsx';
import { AppointDialog, StartApprenticeshipDialog } from './AppointDialog.tsx';
import { AppointmentsTable, ApprenticeshipState, occupationText, useTitleLabel } from './appointment-views.tsx';

/**
 * 新八级工评聘: an enterprise's 特级技师 and 首席技师 (every term), its quotas and the rules in force,
 * and its apprentices. Its administrator appoints, renews, ends and records apprentices; the
 * district and the city open the same page from the institution, read only.
 */
export default function AppointmentsPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const { id } = useParams();
  const institutionId = id ?? me.institution?.id ?? null;
  const institution = useInstitution(institutionId);
  const key = ['appointments', institutionId];
  const view = useQuery({ queryKey: key, enabled: institutionId !== null, queryFn: () => call(endpoints.institutionAppointments, { params: { id: institutionId! } }) });
  if (!institutionId) return <Alert type="info" showIcon title={t('appointments.notEmployer')} />;
  if (view.isLoading) return <Loading />;
  if (view.error || !view.data) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  return <InstitutionAppointments institutionId={institutionId} name={institution.data?.name ?? ''} data={view.data} queryKey={key} />;
}

function InstitutionAppointments({ institutionId, name, data, queryKey }: { institutionId: string; name: string; data: InstitutionAppointmentsView; queryKey: unknown[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleLabel = useTitleLabel();
  const [appointing, setAppointing] = useState(false);
  const [apprenticing, setApprenticing] = useState(false);
  const [deciding, setDeciding] = useState<AppointmentView | null>(null);
  const [completing, setCompleting] = useState<ApprenticeshipView | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey });
  const { rules, canWrite } = data;

  return (
    <>
      <PageTitle
        extra={
          canWrite && (
            <Button type="primary" onClick={() => setAppointing(true)}>
              {t('appointments.appoint')}
            </Button>
          )
        }
      >
        {t('menu.appointments')}
        {name && <Typography.Text type="secondary"> · {name}</Typography.Text>}
      </PageTitle>
      <Typography.Paragraph type="secondary">{canWrite ? t('appointments.intro') : t('appointments.readOnly')}</Typography.Paragraph>

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('appointments.quotas')}</h2>} style={{ height: '100%' }}>
            {data.quotas.map((q) => (
              <div key={q.title} style={{ marginBottom: 12 }} data-testid={`quota-${q.title}`}>
                <Space wrap>
                  <Typography.Text strong>{titleLabel(q.title)}</Typography.Text>
                  <span>{t('appointments.quotaUsed', { used: q.used, limit: q.limit })}</span>
                </Space>
                <Progress percent={q.limit ? Math.round((q.used / q.limit) * 100) : 0} showInfo={false} size="small" status={q.used >= q.limit ? 'exception' : 'normal'} />
                {q.title === 'special' && <Typography.Text type="secondary">{t('appointments.quotaBasis', { qualified: q.qualified })}</Typography.Text>}
              </div>
            ))}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('appointments.rules')}</h2>} style={{ height: '100%' }}>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              <li>{t('appointments.ruleSpecial', { years: rules.specialMinYears })}</li>
              <li>{t('appointments.ruleQuota', { percent: rules.specialQuotaPercent })}</li>
              <li>{t('appointments.ruleChief', { max: rules.chiefMaxPerEnterprise })}</li>
              <li>{t('appointments.ruleTerm', { years: rules.termYears })}</li>
            </ul>
          </Card>
        </Col>
      </Row>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('appointments.posts')}</h2>} style={{ marginBottom: 16 }}>
        <AppointmentsTable
          items={data.appointments}
          actions={
            canWrite
              ? (a) =>
                  a.status === 'active' && (
                    <Button size="small" onClick={() => setDeciding(a)}>
                      {t('appointments.decide')}
                    </Button>
                  )
              : undefined
          }
        />
      </Card>

      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('appointments.apprentices')}</h2>}
        extra={canWrite && <Button onClick={() => setApprenticing(true)}>{t('appointments.startApprentice')}</Button>}
      >
        <Table<ApprenticeshipView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={data.apprenticeships}
          locale={{ emptyText: t('appointments.apprenticesEmpty') }}
          columns={[
            { title: t('appointments.person'), render: (_, a) => <Nowrap>{a.personName}</Nowrap> },
            { title: t('appointments.idNumber'), render: (_, a) => <Nowrap>{a.idNumberMasked}</Nowrap> },
            { title: t('appointments.occupation'), render: (_, a) => occupationText(a) },
            { title: t('appointments.startedOn'), dataIndex: 'startedOn' },
            { title: t('appointments.status'), render: (_, a) => <ApprenticeshipState apprenticeship={a} /> },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, a: ApprenticeshipView) =>
                      !a.completedOn && (
                        <Button size="small" onClick={() => setCompleting(a)}>
                          {t('appointments.complete')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {canWrite && (
        <>
          <AppointDialog
            open={appointing}
            institutionId={institutionId}
            data={data}
            onClose={() => setAppointing(false)}
            onDone={() => {
              setAppointing(false);
              void refresh();
            }}
          />
          <StartApprenticeshipDialog
            open={apprenticing}
            institutionId={institutionId}
            employees={data.employees}
            onClose={() => setApprenticing(false)}
            onDone={() => {
              setApprenticing(false);
              void refresh();
            }}
          />
        </>
      )}
      <DecisionDialog
        open={deciding !== null}
        title={deciding ? t('appointments.decideTitle', { name: deciding.personName, title: titleLabel(deciding.title) }) : ''}
        name="appointment-decision"
        reasonLabel={t('appointments.endReason')}
        reasonMaxLength={500}
        fields={
          <Form.Item label={t('appointments.endedOn')} name="endedOn" extra={t('appointments.endedOnHint')}>
            <Input type="date" />
          </Form.Item>
        }
        choices={[
          { key: 'renew' as const, label: t('appointments.renew'), primary: true, done: t('appointments.renewed') },
          { key: 'end' as const, label: t('appointments.end'), danger: true, reasonRequired: t('appointments.endReasonRequired'), done: t('appointments.endDone') },
        ]}
        send={(decision, values) =>
          decision === 'renew'
            ? call(endpoints.renewAppointment, { params: { id: deciding!.id }, body: { version: deciding!.version } })
            : call(endpoints.endAppointment, { params: { id: deciding!.id }, body: { version: deciding!.version, reason: values.reason, endedOn: (values.endedOn as string) || undefined } })
        }
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          void refresh();
        }}
      >
        {deciding && (
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('appointments.occupation')}>{occupationText(deciding)}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.term')}>{`${deciding.termStart} ~ ${deciding.termEnd}`}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.renew')}>{t('appointments.renewHint', { from: renewalStart(deciding.termEnd), years: rules.termYears })}</Descriptions.Item>
          </Descriptions>
        )}
      </DecisionDialog>
      <CompleteApprenticeshipDialog apprenticeship={completing} onClose={() => setCompleting(null)} onDone={() => void refresh()} />
    </>
  );
}

function CompleteApprenticeshipDialog({ apprenticeship, onClose, onDone }: { apprenticeship: ApprenticeshipView | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ completedOn: string }>();
  const complete = useFormMutation({
    form,
    mutationFn: ({ a, completedOn }: { a: ApprenticeshipView; completedOn: string }) => call(endpoints.completeApprenticeship, { params: { id: a.id }, body: { version: a.version, completedOn } }),
    success: t('appointments.completed'),
    onSuccess: () => {
      onClose();
      onDone();
    },
  });
  const close = () => {
    complete.reset();
    onClose();
  };
  return (
    <Modal
      open={apprenticeship !== null}
      title={apprenticeship ? t('appointments.completeTitle', { name: apprenticeship.personName }) : ''}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={complete.isPending}
      onOk={() => void form.validateFields().then(({ completedOn }) => complete.mutate({ a: apprenticeship!, completedOn }))}
      onCancel={close}
      destroyOnHidden
    >
      {complete.error != null && <ErrorAlert error={complete.error} details={complete.unplaced} />}
      <Form form={form} name="complete-apprenticeship" layout="vertical" preserve={false} initialValues={{ completedOn: shanghaiDate(new Date()) }}>
        <Form.Item label={t('appointments.completedOn')} name="completedOn" rules={[{ required: true, message: t('form.required', { field: t('appointments.completedOn') }) }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
