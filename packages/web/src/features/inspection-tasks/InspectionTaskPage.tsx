import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { RISK_CLASS_LABELS, type Locale } from '@jiping/domain';
import { endpoints, type DrawnTarget, type InspectionTaskDetail } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, PageTitle } from '../../layout/common.tsx';
import { TaskForm } from './TaskForm.tsx';
import { Digest, TaskStatusTag } from './task-views.tsx';

const STEP: Record<InspectionTaskDetail['status'], number> = { draft: 0, committed: 1, drawn: 2, cancelled: 0 };

/**
 * One task and its steps (草稿 → 已公示承诺 → 已抽取): the draft's content with 修改草稿 and
 * 公示承诺 (confirmed), the commitment and digest once published, the draw form (one field per
 * witness named in advance, and the public source), then the result by risk class with each
 * target's inspectors and inspection, and the link to the public page. Buttons are the server's.
 */
export default function InspectionTaskPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const key = ['inspection-tasks', id];
  const task = useQuery({ queryKey: key, queryFn: () => call(endpoints.inspectionTask, { params: { id: id! } }) });
  const [editing, setEditing] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['inspection-tasks'] });
  const publish = useFormMutation({
    mutationFn: (version: number) => call(endpoints.publishInspectionTask, { params: { id: id! }, body: { version } }),
    success: t('inspectionTasks.published'),
    invalidate: [['inspection-tasks']],
  });
  if (task.isLoading) return <Loading />;
  if (task.error || !task.data) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  const d = task.data;
  const can = (action: string) => d.allowedActions.includes(action as never);
  const confirmPublish = () =>
    modal.confirm({ title: t('inspectionTasks.publish'), content: t('inspectionTasks.publishConfirm'), okText: t('inspectionTasks.publish'), onOk: () => publish.mutateAsync(d.version) });
  const list = (values: string[]) => (values.length ? values.join('、') : t('inspectionTasks.all'));
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {can('edit') && <Button onClick={() => setEditing(true)}>{t('inspectionTasks.edit')}</Button>}
            {can('publish') && (
              <Button type="primary" loading={publish.isPending} onClick={confirmPublish}>
                {t('inspectionTasks.publish')}
              </Button>
            )}
            {can('draw') && (
              <Button type="primary" onClick={() => setDrawing(true)}>
                {t('inspectionTasks.draw')}
              </Button>
            )}
            {can('cancel') && (
              <Button danger onClick={() => setCancelling(true)}>
                {t('inspectionTasks.cancel')}
              </Button>
            )}
            {d.commitment && <Link to={`/portal/draws/${d.id}`}>{t('inspectionTasks.publicPage')}</Link>}
          </Space>
        }
      >
        <Link to={`/${workspace}/inspection-tasks`}>{t('menu.inspection-tasks')}</Link> · {d.number}
      </PageTitle>
      {publish.error != null && <ErrorAlert error={publish.error} />}
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={STEP[d.status]}
          status={d.status === 'cancelled' ? 'error' : undefined}
          items={(['draft', 'committed', 'drawn'] as const).map((s) => ({ title: t(`inspectionTasks.steps.${s}`) }))}
          responsive
        />
      </Card>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('inspectionTasks.title')}>{d.title}</Descriptions.Item>
          <Descriptions.Item label={t('filings.status')}>
            <TaskStatusTag status={d.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.department')}>{d.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.item')}>{`${d.item.code} ${d.item.name}`}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.scope')} span={2}>
            {t('inspectionTasks.districts')}：{list(d.scope.districtCodes)} · {t('inspectionTasks.categories')}：{list(d.scope.categories)} · {t('inspectionTasks.occupations')}：
            {list(d.scope.occupationCodes)} · {t('inspectionTasks.riskClasses')}：{list(d.scope.riskClasses)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.ratios')}>{`A ${d.ratios.A} · B ${d.ratios.B} · C ${d.ratios.C} · D ${d.ratios.D}`}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.perTarget')}>
            {d.inspectorsPerTarget}
            {d.excludeLocalDistrict && <Tag style={{ marginLeft: 8 }}>{t('inspectionTasks.excludeLocal')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.pool')} span={2}>
            {t('inspectionTasks.departmentKinds')}：{list(d.pool.departmentKinds.map((k) => t(`inspectionTasks.kinds.${k}`)))} · {t('inspectionTasks.poolDistricts')}：{list(d.pool.districtCodes)} ·{' '}
            {t('inspectionTasks.fields')}：{list(d.pool.fields)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.witnesses')}>{d.witnesses.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.publicSource')}>{d.publicSource ?? '—'}</Descriptions.Item>
          {d.commitment && (
            <>
              <Descriptions.Item label={t('inspectionTasks.commitment')} span={2}>
                <Digest value={d.commitment} />
              </Descriptions.Item>
              <Descriptions.Item label={t('inspectionTasks.digest')} span={2}>
                <Digest value={d.candidatesDigest} />
              </Descriptions.Item>
              <Descriptions.Item label={t('inspectionTasks.parties')}>{d.partyCount}</Descriptions.Item>
              <Descriptions.Item label={t('inspectionTasks.inspectors')}>{d.inspectorCount}</Descriptions.Item>
              <Descriptions.Item label={t('inspectionTasks.committedAt')}>{formatDateTime(d.committedAt)}</Descriptions.Item>
            </>
          )}
          {d.cancelReason && <Descriptions.Item label={t('inspectionTasks.cancelReasonShown')}>{d.cancelReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {d.draw && (
        <Card title={`${t('inspectionTasks.result')} · ${t('inspectionTasks.targets', { count: d.draw.targets.length })}`}>
          {d.draw.inspectionsWritten < d.draw.targets.length && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('inspectionTasks.incomplete', { written: d.draw.inspectionsWritten, total: d.draw.targets.length })} />
          )}
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('inspectionTasks.drawnAt')}>{formatDateTime(d.draw.drawnAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionTasks.drawnBy')}>{d.draw.drawnByName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionTasks.entropy')} span={2}>
              {d.draw.witnesses.map((w) => `${w.name}：${w.values.join(', ')}`).join('；')}
              {d.draw.publicSource && `；${d.draw.publicSource.description}：${d.draw.publicSource.value}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspectionTasks.keyString')} span={2}>
              <Digest value={d.draw.keyString} />
            </Descriptions.Item>
          </Descriptions>
          <Table<DrawnTarget>
            rowKey="partyCode"
            dataSource={d.draw.targets}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: true }}
            columns={[
              { title: t('inspectionTasks.riskClass'), render: (_, r) => RISK_CLASS_LABELS[r.riskClass][locale] },
              { title: t('inspectionTasks.party'), render: (_, r) => `${r.partyName}（${r.partyCode}）` },
              { title: t('inspectionTasks.inspectors'), render: (_, r) => r.inspectors.map((i) => `${i.name}（${i.code}）`).join('、') },
              {
                title: t('inspectionTasks.inspection'),
                render: (_, r) =>
                  r.inspectionId ? (
                    <Link to={`/${workspace}/inspections/${r.inspectionId}`}>{r.inspectionNumber}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('inspectionTasks.inspectionPending')}</Typography.Text>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {editing && <TaskForm open task={d} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {drawing && <DrawDialog task={d} onClose={() => setDrawing(false)} />}
      <DecisionDialog
        open={cancelling}
        title={t('inspectionTasks.cancel')}
        name="inspection-task-cancel"
        reasonLabel={t('inspectionTasks.cancelReason')}
        choices={[{ key: 'cancel' as const, label: t('inspectionTasks.cancel'), danger: true, reasonRequired: t('inspectionTasks.reasonRequired'), done: t('inspectionTasks.cancelled') }]}
        send={(_, values) => call(endpoints.cancelInspectionTask, { params: { id: d.id }, body: { version: d.version, reason: values.reason } })}
        onClose={() => setCancelling(false)}
        onDone={() => {
          setCancelling(false);
          void refresh();
        }}
      />
    </>
  );
}

type DrawValues = { witnesses: string[][]; publicSourceValue?: string };

/** The draw form: one values field per witness named in advance (1–6 integers, typed on the spot), and the public source's value. */
function DrawDialog({ task, onClose }: { task: InspectionTaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DrawValues>();
  const draw = useFormMutation({
    form,
    mutationFn: (values: DrawValues) =>
      call(endpoints.drawInspectionTask, {
        params: { id: task.id },
        body: {
          version: task.version,
          witnesses: task.witnesses.map((name, i) => ({ name, values: values.witnesses[i] ?? [] })),
          publicSourceValue: task.publicSource ? (values.publicSourceValue ?? '') : null,
        },
      }),
    success: t('inspectionTasks.drawn'),
    invalidate: [['inspection-tasks']],
    onSuccess: onClose,
  });
  return (
    <Modal open title={t('inspectionTasks.drawTitle')} okText={t('inspectionTasks.draw')} okButtonProps={{ loading: draw.isPending }} onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('inspectionTasks.drawIntro')}</Typography.Paragraph>
      {draw.error != null && <ErrorAlert error={draw.error} details={draw.unplaced} />}
      <Form<DrawValues> form={form} layout="vertical" name="inspection-draw" initialValues={{ witnesses: task.witnesses.map(() => []) }} onFinish={(values) => draw.mutate(values)}>
        {task.witnesses.map((name, i) => (
          <Form.Item
            key={name}
            name={['witnesses', i]}
            label={t('inspectionTasks.witnessValues', { name })}
            rules={[{ required: true, type: 'array', min: 1, max: 6, message: t('inspectionTasks.valuesPlaceholder') }]}
          >
            <Select mode="tags" open={false} placeholder={t('inspectionTasks.valuesPlaceholder')} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
        ))}
        {task.publicSource && (
          <Form.Item
            name="publicSourceValue"
            label={t('inspectionTasks.publicSourceValue', { source: task.publicSource })}
            rules={[{ required: true, message: t('inspectionTasks.publicSourceValue', { source: task.publicSource }) }]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
