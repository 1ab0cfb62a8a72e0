import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, InputNumber, List, Modal, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, type Locale } from '@jiping/domain';
import { downloads, endpoints, type ObjectionView, type PlanResultsView } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDate, formatDateTime, LinkButton, Loading, PageTitle, StatusTag } from '../../layout/common.tsx';
import { DeadlineText, LatenessTag, OutcomeTag, usePlanLabel } from './results-views.tsx';

type Submission = PlanResultsView['submissions'][number];

/**
 * One plan's results: candidates and outcomes, publicity, objections, submissions and the file.
 * Buttons come from `allowedActions`; answers and the district's check go through DecisionDialog.
 */
export default function PlanResultsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { id, workspace } = useParams();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const planLabel = usePlanLabel();
  const key = ['plan-results', id];
  const view = useQuery({ queryKey: key, queryFn: () => call(endpoints.planResults, { params: { id: id! } }) });
  const [publishing, setPublishing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [answering, setAnswering] = useState<ObjectionView | null>(null);
  const refresh = async () => {
    for (const k of [key, ['results'], ['objections'], ['workbench']]) await client.invalidateQueries({ queryKey: k });
  };
  const submit = useFormMutation({ mutationFn: () => call(endpoints.submitResults, { params: { id: id! } }), success: t('results.submitted'), onSuccess: refresh });
  if (view.isLoading) return <Loading />;
  if (view.error || !view.data) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  const r = view.data;
  const can = (action: string) => r.allowedActions.includes(action);
  const current = r.submissions.at(-1);

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {can('publish') && (
              <Button type="primary" onClick={() => setPublishing(true)}>
                {t('results.publish')}
              </Button>
            )}
            {can('submit') && (
              <Button
                type="primary"
                loading={submit.isPending}
                onClick={() => modal.confirm({ title: t('results.submit'), content: t('results.submitConfirm'), onOk: () => submit.mutate(undefined) })}
              >
                {t('results.submit')}
              </Button>
            )}
            {(can('accept') || can('return')) && (
              <Button type="primary" onClick={() => setDeciding(true)}>
                {t('results.decide')}
              </Button>
            )}
            {can('downloadArchive') && <Button href={hrefOf(downloads.planArchive, { id: r.plan.id })}>{t('results.downloadArchive')}</Button>}
            {r.publication?.finalAt && <LinkButton to={`/${workspace}/certificates/plans/${r.plan.id}`}>{t('menu.certificates')}</LinkButton>}
          </Space>
        }
      >
        {planLabel(r.plan)} · {r.plan.institutionName}
      </PageTitle>
      {submit.error != null && <ErrorAlert error={submit.error} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('filings.status')}>
            <StatusTag status={r.stage} namespace="results.stage" />
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.category')}>{INSTITUTION_CATEGORY_LABELS[r.plan.institutionCategory][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('results.exam')}>{r.plan.examStart === r.plan.examEnd ? r.plan.examStart : `${r.plan.examStart} ~ ${r.plan.examEnd}`}</Descriptions.Item>
          <Descriptions.Item label={t('results.sessions')}>
            {t('results.sessionsSigned', { signed: r.sessions.filter((s) => s.status === 'signed_off').length, total: r.sessions.filter((s) => s.status !== 'cancelled').length })}
          </Descriptions.Item>
          <Descriptions.Item label={t('results.publicity')}>
            {r.publication ? t('results.publicityDays', { from: r.publication.startsOn, to: r.publication.endsOn, days: r.publication.workingDays }) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('results.finalAt')}>{r.publication?.finalAt ? formatDateTime(r.publication.finalAt) : t('results.notFinal')}</Descriptions.Item>
          {r.stage !== 'accepted' && (
            <Descriptions.Item label={t('results.submissionDue')}>
              <DeadlineText deadline={r.submissionDue} />
            </Descriptions.Item>
          )}
          {current?.review && (
            <Descriptions.Item label={t('results.reviewDue')}>
              <DeadlineText deadline={current.review} />
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card title={t('results.candidates')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="registrationId"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={r.entries}
          columns={[
            { title: t('results.entryNo'), dataIndex: 'entryNo', render: (n: number | null) => n ?? '—' },
            { title: t('results.name'), dataIndex: 'name' },
            { title: t('results.idNumber'), dataIndex: 'idNumberMasked' },
            { title: t('results.outcome'), dataIndex: 'outcome', render: (o: 'passed' | 'failed') => <OutcomeTag outcome={o} /> },
          ]}
        />
      </Card>

      <Card title={t('results.objections')} style={{ marginBottom: 16 }}>
        <List
          dataSource={r.objections}
          locale={{ emptyText: t('results.noObjections') }}
          renderItem={(o) => <ObjectionItem objection={o} canReveal={can('revealContact')} onAnswer={() => setAnswering(o)} />}
        />
      </Card>

      {r.submissions.length > 0 && (
        <Card title={t('results.submissions')} style={{ marginBottom: 16 }}>
          <Table<Submission>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.submissions}
            columns={[
              { title: t('results.submission'), render: (_, s) => t('results.attempt', { n: s.attempt }) },
              { title: t('results.submittedOn'), dataIndex: 'submittedOn' },
              { title: t('results.dueOn'), dataIndex: 'dueOn' },
              { title: t('results.lateness'), render: (_, s) => <LatenessTag days={s.lateWorkingDays} /> },
              { title: t('filings.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} namespace="results.submissionStatus" /> },
              { title: t('results.reviewDue'), dataIndex: 'reviewDueOn' },
              { title: t('results.decisionNote'), dataIndex: 'decisionReason' },
              { title: t('results.correctionDue'), dataIndex: 'correctionDueOn', render: (d: string | null) => d ?? '—' },
            ]}
          />
        </Card>
      )}

      <Card title={t('results.archive')}>
        {r.archive ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('results.archivedOn')}>{formatDate(r.archive.archivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('results.retention')}>{t('results.retentionValue', { paper: r.archive.paperRetainUntil, electronic: r.archive.electronicRetainUntil })}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Paragraph type="secondary">{t('results.notArchived')}</Typography.Paragraph>
        )}
        {can('downloadArchive') && <Typography.Paragraph type="secondary">{t('results.archiveHint')}</Typography.Paragraph>}
      </Card>

      <PublishDialog open={publishing} results={r} onClose={() => setPublishing(false)} onDone={refresh} />
      <DecisionDialog
        open={deciding}
        title={t('results.decide')}
        name="submission-decision"
        reasonLabel={t('results.decisionReason')}
        choices={[
          { key: 'accept' as const, label: t('results.accept'), primary: true, done: t('results.accepted') },
          { key: 'return' as const, label: t('results.return'), danger: true, reasonRequired: t('results.reasonRequired'), done: t('results.returned') },
        ]}
        send={(decision, { reason }) => call(endpoints.decideSubmission[decision], { params: { id: r.plan.id }, body: { version: current!.version, reason } })}
        onClose={() => setDeciding(false)}
        onDone={() => {
          setDeciding(false);
          void refresh();
        }}
      >
        {current && (
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('results.submittedOn')}>
              {current.submittedOn} <LatenessTag days={current.lateWorkingDays} />
            </Descriptions.Item>
            <Descriptions.Item label={t('results.dueOn')}>{current.dueOn}</Descriptions.Item>
          </Descriptions>
        )}
      </DecisionDialog>
      <DecisionDialog
        open={answering !== null}
        title={t('results.answerTitle')}
        name="objection-answer"
        reasonLabel={t('results.answerLabel')}
        reasonMaxLength={2000}
        reasonExtra={answering ? t(answering.contactKind === 'email' ? 'results.answerMailed' : 'results.answerNotMailed') : undefined}
        choices={[{ key: 'answer' as const, label: t('results.answer'), primary: true, reasonRequired: t('results.answerRequired'), done: t('results.answered') }]}
        send={(_, { reason }) => call(endpoints.answerObjection, { params: { id: answering!.id }, body: { version: answering!.version, answer: reason } })}
        onClose={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null);
          void refresh();
        }}
      >
        {answering && <Typography.Paragraph>{answering.reason}</Typography.Paragraph>}
      </DecisionDialog>
    </>
  );
}

function ObjectionItem({ objection: o, canReveal, onAnswer }: { objection: ObjectionView; canReveal: boolean; onAnswer: () => void }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<string | null>(null);
  const reveal = useFormMutation({ mutationFn: () => call(endpoints.revealObjectionContact, { params: { id: o.id } }), onSuccess: (data) => setContact(data.contact) });
  return (
    <List.Item
      actions={[
        o.canAnswer && (
          <Button key="answer" type="primary" size="small" onClick={onAnswer}>
            {t('results.answer')}
          </Button>
        ),
      ].filter(Boolean)}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <StatusTag status={o.status} namespace="results.objectionStatus" />
            <span>
              {t('results.objector')}：{o.contactName}
            </span>
            <span>{contact ?? o.contactMasked}</span>
            {canReveal && !contact && (
              <Button size="small" type="link" loading={reveal.isPending} onClick={() => reveal.mutate(undefined)}>
                {t('results.revealContact')}
              </Button>
            )}
          </Space>
        }
        description={
          <Space orientation="vertical" size={2}>
            {reveal.error != null && <ErrorAlert error={reveal.error} />}
            <span>
              {t('results.entry')}：{o.entryNo ? `${o.entryNo} ${o.entryName}` : t('results.wholeList')} · {t('results.receivedAt')} {formatDateTime(o.createdAt)}
            </span>
            <span>
              {t('results.reason')}：{o.reason}
            </span>
            {o.answer && (
              <span>
                {t('results.answer')}（{formatDateTime(o.answeredAt)}）：{o.answer}
              </span>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

function PublishDialog({ open, results, onClose, onDone }: { open: boolean; results: PlanResultsView; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ workingDays: number }>();
  const publish = useFormMutation({
    form,
    mutationFn: (values: { workingDays: number }) => call(endpoints.publishResults, { params: { id: results.plan.id }, body: values }),
    success: t('results.published'),
    onSuccess: async () => {
      onClose();
      await onDone();
    },
  });
  const minimum = results.minimumPublicityWorkingDays;
  return (
    <Modal
      open={open}
      title={t('results.publishTitle')}
      okText={t('results.publish')}
      cancelText={t('common.cancel')}
      confirmLoading={publish.isPending}
      onOk={() => void form.validateFields().then((values) => publish.mutate(values))}
      onCancel={onClose}
      destroyOnHidden
    >
      {publish.error != null && <ErrorAlert error={publish.error} details={publish.unplaced} />}
      <Typography.Paragraph>{t('results.publishHint', { minimum })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ workingDays: minimum }} preserve={false}>
        <Form.Item label={t('results.workingDays')} name="workingDays" rules={[{ required: true }]}>
          <InputNumber min={1} max={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
