import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, List, Popconfirm, Radio, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CHECKLIST_ANSWERS, INSPECTION_CONCLUSIONS, PUBLICATION_FIELDS, type ChecklistAnswer } from '@jiping/domain';
import { downloads, endpoints, type InspectionDetail } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, PageTitle } from '../../layout/common.tsx';
import { FormModal } from '../staffing/FormModal.tsx';
import { ConclusionTag, InspectionStatusTags } from './inspection-views.tsx';
import { InspectionFollowUps } from './InspectionFollowUps.tsx';

/** Big enough to hit with a finger on a 768 × 1024 tablet (docs/ux.md). */
const TOUCH = { size: 'large' } as const;

/**
 * One inspection, laid out in one column for a tablet on site: its facts, the checklist line by
 * line (合格 / 不合格 / 不适用 with a note), the findings with their photos and files, the
 * conclusion, the inspectors' confirmations, the report, and what the running department decides
 * (reassign, cancel, publish). The buttons are the server's `allowedActions`.
 */
export default function InspectionDetailPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const key = ['inspections', id];
  const query = useQuery({ queryKey: key, queryFn: () => call(endpoints.inspection, { params: { id: id! } }) });
  const invalidate = [['inspections'], ['workbench']];
  const [cancelling, setCancelling] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [reassigning, setReassigning] = useState(false);
  const action = useFormMutation({
    invalidate,
    mutationFn: ({ run }: { run: () => Promise<unknown>; done: string }) => run(),
    success: (_, { done }) => done,
  });
  if (query.isLoading) return <Loading />;
  if (query.error || !query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  const can = (a: string) => i.allowedActions.includes(a as never);
  const params = { id: i.id };
  return (
    <div style={{ maxWidth: 960 }}>
      <PageTitle
        extra={
          <Space wrap>
            {i.canDownloadReport && (
              <Button {...TOUCH} href={hrefOf(downloads.inspectionReport, params)}>
                {t('inspections.report')}
              </Button>
            )}
            {can('reassign') && (
              <Button {...TOUCH} onClick={() => setReassigning(true)}>
                {t('inspections.reassign')}
              </Button>
            )}
            {can('cancel') && (
              <Button {...TOUCH} danger onClick={() => setCancelling(true)}>
                {t('inspections.cancel')}
              </Button>
            )}
            {can('publish') && (
              <Button {...TOUCH} type="primary" onClick={() => setPublishing(true)}>
                {t('inspections.publish')}
              </Button>
            )}
          </Space>
        }
      >
        <Link to={`/${workspace}/inspections`}>{t('menu.inspections')}</Link> · {i.number}
      </PageTitle>
      {action.error != null && <ErrorAlert error={action.error} details={action.unplaced} />}
      {i.publicationOverdue && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`${t('inspections.overdue')} · ${t('inspections.dueIn', { date: i.publicationDue })}`} />}
      <Facts inspection={i} />
      {can('start') && (
        <Button
          {...TOUCH}
          type="primary"
          block
          style={{ marginBottom: 16, height: 56 }}
          loading={action.isPending}
          onClick={() => action.mutate({ run: () => call(endpoints.startInspection, { params, body: { version: i.version } }), done: t('inspections.started') })}
        >
          {t('inspections.start')}
        </Button>
      )}
      {i.status !== 'assigned' && i.status !== 'cancelled' && <Checklist inspection={i} />}
      {i.status !== 'assigned' && i.status !== 'cancelled' && <Findings inspection={i} />}
      <InspectionFollowUps inspection={i} />
      {i.status !== 'assigned' && i.status !== 'cancelled' && <Conclusion inspection={i} />}
      <Inspectors inspection={i} />
      {can('submit') && (
        <Button
          {...TOUCH}
          type="primary"
          block
          style={{ marginBottom: 16, height: 56 }}
          loading={action.isPending}
          onClick={() => action.mutate({ run: () => call(endpoints.submitInspection, { params, body: { version: i.version } }), done: t('inspections.submitted') })}
        >
          {t('inspections.submit')}
        </Button>
      )}
      {can('confirm') && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('inspections.confirmNote')} />
          <Button
            {...TOUCH}
            type="primary"
            block
            style={{ marginBottom: 16, height: 56 }}
            loading={action.isPending}
            onClick={() => action.mutate({ run: () => call(endpoints.confirmInspection, { params }), done: t('inspections.confirmed') })}
          >
            {t('inspections.confirm')}
          </Button>
        </>
      )}
      {i.status === 'published' && (
        <Card title={t('inspections.publishTitle')} style={{ marginBottom: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('inspections.publishedAt')}>{formatDateTime(i.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.withheld')}>{i.withheld.length ? i.withheld.map((f) => <Tag key={f}>{t(`inspections.field.${f}`)}</Tag>) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.publishedSummary')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{i.publishedSummary}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <DecisionDialog
        open={cancelling}
        title={t('inspections.cancelTitle')}
        name="inspection-cancel"
        reasonLabel={t('inspections.cancelReason')}
        choices={[{ key: 'cancel' as const, label: t('inspections.cancel'), danger: true, reasonRequired: t('inspections.cancelReasonRequired'), done: t('inspections.cancelled') }]}
        send={(_, values) => call(endpoints.cancelInspection, { params, body: { version: i.version, reason: values.reason } })}
        onClose={() => setCancelling(false)}
        onDone={() => {
          setCancelling(false);
          void query.refetch();
        }}
      />
      <DecisionDialog
        open={publishing}
        title={t('inspections.publishTitle')}
        name="inspection-publish"
        reasonLabel={t('inspections.publishedSummary')}
        reasonMaxLength={4000}
        reasonExtra={t('inspections.publishIntro')}
        fields={
          <Form.Item label={t('inspections.withheld')} name="withheld" initialValue={[]}>
            <Checkbox.Group options={PUBLICATION_FIELDS.map((f) => ({ value: f, label: t(`inspections.field.${f}`) }))} />
          </Form.Item>
        }
        choices={[{ key: 'publish' as const, label: t('inspections.publish'), primary: true, reasonRequired: t('inspections.publishedSummaryRequired'), done: t('inspections.published') }]}
        send={(_, values) =>
          call(endpoints.publishInspection, { params, body: { version: i.version, withheld: (values.withheld as (typeof PUBLICATION_FIELDS)[number][]) ?? [], publishedSummary: values.reason } })
        }
        onClose={() => setPublishing(false)}
        onDone={() => {
          setPublishing(false);
          void query.refetch();
        }}
      >
        <ConclusionTag conclusion={i.conclusion} />
      </DecisionDialog>
      {reassigning && <ReassignModal inspection={i} onClose={() => setReassigning(false)} />}
    </div>
  );
}

function Facts({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {i.title}
      </Typography.Title>
      <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered>
        <Descriptions.Item label={t('inspections.status')}>
          <InspectionStatusTags inspection={i} />
        </Descriptions.Item>
        <Descriptions.Item label={t('inspections.kindLabel')}>{t(`inspections.kind.${i.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.institution')}>{i.institutionName}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.department')}>{t(`inspections.departmentName.${i.departmentKind}`)}</Descriptions.Item>
        {i.examSession && <Descriptions.Item label={t('inspections.session')}>{`${formatDateTime(i.examSession.startsAt)} · ${i.examSession.room}`}</Descriptions.Item>}
        <Descriptions.Item label={t('inspections.item')}>{`${i.item.code} ${i.item.name}`}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.legalBasis')}>{i.item.legalBasis}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.methods')}>{i.methods.map((m) => t(`inspections.method.${m}`)).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.conclusion')}>
          <ConclusionTag conclusion={i.conclusion} />
        </Descriptions.Item>
        {i.startedAt && <Descriptions.Item label={t('inspections.startedAt')}>{formatDateTime(i.startedAt)}</Descriptions.Item>}
        {i.completedAt && <Descriptions.Item label={t('inspections.completedAt')}>{formatDateTime(i.completedAt)}</Descriptions.Item>}
        {i.publicationDue && <Descriptions.Item label={t('inspections.publicationDue')}>{i.publicationDue}</Descriptions.Item>}
        {i.cancelReason && <Descriptions.Item label={t('inspections.cancelReason')}>{i.cancelReason}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

type Answers = Record<string, { answer?: ChecklistAnswer; note?: string }>;

/** The checklist line by line: three large buttons and a note each; saved as a whole with the version the page read. */
function Checklist({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const editable = i.allowedActions.includes('fill');
  const saved = Object.fromEntries(i.checklist.map((e) => [e.key, { answer: e.answer, note: e.note ?? undefined }]));
  const [answers, setAnswers] = useState<Answers>(saved);
  const [version, setVersion] = useState(i.version);
  // A newer version from the server (another tablet's save, a conclusion) replaces what this page holds.
  if (version !== i.version) {
    setVersion(i.version);
    setAnswers(saved);
  }
  const save = useFormMutation({
    invalidate: [['inspections']],
    success: t('inspections.checklistSaved'),
    mutationFn: () =>
      call(endpoints.saveInspectionChecklist, {
        params: { id: i.id },
        body: {
          version: i.version,
          entries: i.item.checklist.flatMap((line) => {
            const a = answers[line.key];
            return a?.answer ? [{ key: line.key, answer: a.answer, ...(a.note?.trim() ? { note: a.note.trim() } : {}) }] : [];
          }),
        },
      }),
  });
  const done = i.item.checklist.filter((line) => answers[line.key]?.answer).length;
  const set = (key: string, change: { answer?: ChecklistAnswer; note?: string }) => setAnswers((current) => ({ ...current, [key]: { ...current[key], ...change } }));
  return (
    <Card title={t('inspections.checklist')} extra={t('inspections.answered', { done, total: i.item.checklist.length })} style={{ marginBottom: 16 }}>
      {editable && <Typography.Paragraph type="secondary">{t('inspections.checklistHint')}</Typography.Paragraph>}
      {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
      <List
        dataSource={i.item.checklist}
        renderItem={(line, index) => {
          const a = answers[line.key] ?? {};
          const needsNote = a.answer === 'fail' && !a.note?.trim();
          return (
            <List.Item style={{ display: 'block', padding: '14px 0' }}>
              <Typography.Text strong>
                {index + 1}. {line.label}
              </Typography.Text>
              {line.basis && (
                <div>
                  <Typography.Text type="secondary">{line.basis}</Typography.Text>
                </div>
              )}
              {editable ? (
                <div style={{ marginTop: 10 }}>
                  <Radio.Group
                    {...TOUCH}
                    optionType="button"
                    buttonStyle="solid"
                    aria-label={line.label}
                    value={a.answer}
                    onChange={(e) => set(line.key, { answer: e.target.value as ChecklistAnswer })}
                    options={CHECKLIST_ANSWERS.map((answer) => ({ value: answer, label: t(`inspections.answer.${answer}`), style: { minWidth: 96, textAlign: 'center' } }))}
                  />
                  <Input.TextArea
                    aria-label={`${line.label} ${t('inspections.note')}`}
                    placeholder={t('inspections.note')}
                    status={needsNote ? 'error' : undefined}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={1000}
                    style={{ marginTop: 8, fontSize: 16 }}
                    value={a.note}
                    onChange={(e) => set(line.key, { note: e.target.value })}
                  />
                  {needsNote && <Typography.Text type="danger">{t('inspections.noteRequired')}</Typography.Text>}
                </div>
              ) : (
                <div style={{ marginTop: 6 }}>
                  <Tag color={a.answer === 'fail' ? 'red' : a.answer === 'pass' ? 'green' : 'default'}>{a.answer ? t(`inspections.answer.${a.answer}`) : '—'}</Tag>
                  {a.note}
                </div>
              )}
            </List.Item>
          );
        }}
      />
      {editable && (
        <Button {...TOUCH} type="primary" block loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('inspections.saveChecklist')}
        </Button>
      )}
    </Card>
  );
}

function FileLinks({ files }: { files: InspectionDetail['files'] }) {
  return (
    <Space wrap style={{ marginTop: 6 }}>
      {files.map((f) => (
        <a key={f.id} href={hrefOf(downloads.inspectionFile, { id: f.id })} target="_blank" rel="noreferrer">
          {f.fileName}
        </a>
      ))}
    </Space>
  );
}

/** Findings, each against a line or general, with photos and files added from the tablet's camera or storage. */
function Findings({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const editable = i.allowedActions.includes('fill');
  const [form] = Form.useForm<{ checklistKey?: string; description: string }>();
  const invalidate = [['inspections']];
  const add = useFormMutation({
    form,
    invalidate,
    success: t('inspections.findingAdded'),
    mutationFn: (values: { checklistKey?: string; description: string }) =>
      call(endpoints.addInspectionFinding, { params: { id: i.id }, body: { description: values.description, ...(values.checklistKey ? { checklistKey: values.checklistKey } : {}) } }),
    onSuccess: () => form.resetFields(),
  });
  const remove = useFormMutation({
    invalidate,
    success: t('inspections.findingRemoved'),
    mutationFn: (findingId: string) => call(endpoints.removeInspectionFinding, { params: { id: i.id, findingId } }),
  });
  const upload = useFormMutation({
    invalidate,
    success: t('inspections.fileAdded'),
    mutationFn: ({ file, findingId }: { file: File; findingId?: string }) => {
      const body = new FormData();
      if (findingId) body.append('findingId', findingId);
      body.append('file', file);
      return call(endpoints.uploadInspectionFile, { params: { id: i.id }, form: body });
    },
  });
  const labels = new Map(i.item.checklist.map((l) => [l.key, l.label]));
  const picker = (findingId?: string) =>
    editable && (
      <label style={{ display: 'inline-block', marginTop: 8 }}>
        <span className="ant-btn ant-btn-default ant-btn-lg" style={{ cursor: 'pointer' }}>
          {t('inspections.addFile')}
        </span>
        <input
          type="file"
          accept="image/jpeg,image/png,application/pdf,video/mp4,.docx,.xlsx"
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate({ file, findingId });
            e.target.value = '';
          }}
        />
      </label>
    );
  return (
    <Card title={t('inspections.findings')} style={{ marginBottom: 16 }}>
      {(upload.error ?? remove.error) != null && <ErrorAlert error={upload.error ?? remove.error} details={[...upload.unplaced, ...remove.unplaced]} />}
      {editable && <Typography.Paragraph type="secondary">{t('inspections.fileHint')}</Typography.Paragraph>}
      <List
        locale={{ emptyText: t('inspections.noFindings') }}
        dataSource={i.findings}
        renderItem={(f, index) => (
          <List.Item
            style={{ display: 'block' }}
            extra={
              editable && (
                <Popconfirm title={t('inspections.removeFinding')} onConfirm={() => remove.mutate(f.id)}>
                  <Button {...TOUCH} danger type="text">
                    {t('inspections.removeFinding')}
                  </Button>
                </Popconfirm>
              )
            }
          >
            <Typography.Text strong>
              {index + 1}. [{f.checklistKey ? (labels.get(f.checklistKey) ?? f.checklistKey) : t('inspections.general')}]
            </Typography.Text>{' '}
            <span style={{ whiteSpace: 'pre-wrap' }}>{f.description}</span>
            <div>
              <FileLinks files={f.files} />
            </div>
            {picker(f.id)}
          </List.Item>
        )}
      />
      {i.files.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('inspections.otherFiles')}</Typography.Text>
          <FileLinks files={i.files} />
        </div>
      )}
      {editable && (
        <Form form={form} layout="vertical" name="inspection-finding" size="large" onFinish={(values) => add.mutate(values)} style={{ marginTop: 16 }}>
          {add.error != null && <ErrorAlert error={add.error} details={add.unplaced} />}
          <Form.Item label={t('inspections.findingLine')} name="checklistKey">
            <Select allowClear placeholder={t('inspections.general')} options={i.item.checklist.map((l) => ({ value: l.key, label: l.label }))} />
          </Form.Item>
          <Form.Item label={t('inspections.findingText')} name="description" rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} style={{ fontSize: 16 }} />
          </Form.Item>
          <Space wrap>
            <Button {...TOUCH} htmlType="submit" loading={add.isPending}>
              {t('inspections.addFinding')}
            </Button>
            {picker()}
          </Space>
        </Form>
      )}
    </Card>
  );
}

function Conclusion({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const editable = i.allowedActions.includes('fill');
  const [form] = Form.useForm<{ conclusion: (typeof INSPECTION_CONCLUSIONS)[number]; summary: string }>();
  const save = useFormMutation({
    form,
    invalidate: [['inspections']],
    success: t('inspections.conclusionSaved'),
    mutationFn: (values: { conclusion: (typeof INSPECTION_CONCLUSIONS)[number]; summary: string }) =>
      call(endpoints.saveInspectionConclusion, { params: { id: i.id }, body: { version: i.version, ...values } }),
  });
  return (
    <Card title={t('inspections.conclusionTitle')} style={{ marginBottom: 16 }}>
      {editable ? (
        <Form
          form={form}
          layout="vertical"
          name="inspection-conclusion"
          size="large"
          initialValues={{ conclusion: i.conclusion ?? undefined, summary: i.summary ?? '' }}
          onFinish={(values) => save.mutate(values)}
        >
          {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
          <Form.Item label={t('inspections.conclusion')} name="conclusion" rules={[{ required: true, message: t('inspections.required') }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={INSPECTION_CONCLUSIONS.map((c) => ({ value: c, label: t(`inspections.conclusionName.${c}`) }))} />
          </Form.Item>
          <Form.Item label={t('inspections.summary')} name="summary" rules={[{ required: true, whitespace: true, message: t('inspections.required') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} style={{ fontSize: 16 }} />
          </Form.Item>
          <Button {...TOUCH} htmlType="submit" block loading={save.isPending}>
            {t('inspections.saveConclusion')}
          </Button>
        </Form>
      ) : (
        <>
          <ConclusionTag conclusion={i.conclusion} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{i.summary ?? '—'}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

function Inspectors({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('inspections.inspectors')} style={{ marginBottom: 16 }}>
      <List
        dataSource={i.inspectors}
        renderItem={(x) => (
          <List.Item>
            <Space wrap>
              <Typography.Text strong>{x.name}</Typography.Text>
              {x.isMe && <Tag color="blue">{t('inspections.me')}</Tag>}
              <Typography.Text type="secondary">
                {t('inspections.certificateNumber')} {x.certificateNumber}
              </Typography.Text>
              {x.confirmedAt ? <Tag color="green">{`${t('inspections.confirmedAt')} ${formatDateTime(x.confirmedAt)}`}</Tag> : i.status === 'submitted' && <Tag>{t('inspections.notConfirmed')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The running department replaces the inspectors before the start; conflicted ones cannot be ticked. */
function ReassignModal({ inspection: i, onClose }: { inspection: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ inspectorIds: string[] }>();
  const options = useQuery({ queryKey: ['inspections', 'form-options', i.institutionId], queryFn: () => call(endpoints.inspectionFormOptions, { query: { institutionId: i.institutionId } }) });
  const reassign = useFormMutation({
    form,
    invalidate: [['inspections']],
    success: t('inspections.reassigned'),
    mutationFn: (values: { inspectorIds: string[] }) => call(endpoints.reassignInspection, { params: { id: i.id }, body: { version: i.version, inspectorIds: values.inspectorIds } }),
    onSuccess: onClose,
  });
  return (
    <FormModal title={t('inspections.reassign')} form={form} mutation={reassign} onClose={onClose} width={640}>
      <Form form={form} layout="vertical" name="inspection-reassign" size="large" initialValues={{ inspectorIds: i.inspectors.map((x) => x.inspectorId) }}>
        <Form.Item label={t('inspections.inspectors')} name="inspectorIds" extra={t('inspections.inspectorsHint')} rules={[{ required: true, message: t('inspections.required') }]}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Space direction="vertical">
              {(options.data?.inspectors ?? []).map((x) => (
                <Checkbox key={x.id} value={x.id} disabled={x.conflicted} style={{ padding: '6px 0' }}>
                  {x.name} · {x.certificateNumber} {x.conflicted && <Tag color="red">{t('inspections.conflicted')}</Tag>}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
