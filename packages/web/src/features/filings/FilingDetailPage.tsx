import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, REASON_REQUIRED, type FilingAction, type Locale } from '@jiping/domain';
import { endpoints, type InstitutionDetail } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDate, formatDateTime, Loading, PageTitle, StatusTag } from '../../layout/common.tsx';
import { AttachmentList, ContentView, ScopeTable, scopeDiff } from './filing-views.tsx';
import { useInstitution } from '../../api/institutions.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { RenewalChecklist } from './RenewalChecklist.tsx';

type Decision = Exclude<FilingAction, 'expire'>;
/** The decisions taken with a reason, in the decision dialog. */
type Reasoned = Exclude<Decision, 'submit' | 'resubmit'>;

export default function FilingDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const detail = useQuery({ queryKey: ['filing', id], queryFn: () => call(endpoints.filing, { params: { id: id! } }) });
  const institution = useInstitution(detail.data?.kind === 'initial' ? detail.data.institutionId : null);
  const [pending, setPending] = useState<Reasoned | null>(null);
  // 提交 and 重新提交 need no reason: they are sent at once, without the decision dialog.
  const submit = useFormMutation({
    mutationFn: (filing: { id: string; version: number }) => call(endpoints.submitFiling, { params: { id: filing.id }, body: { version: filing.version } }),
    invalidate: [['filing', id], ['filings']],
    success: t('filings.done'),
  });
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) return <ErrorAlert error={detail.error} />;
  const f = detail.data;
  const refresh = () => client.invalidateQueries({ queryKey: ['filing', id] }).then(() => client.invalidateQueries({ queryKey: ['filings'] }));

  const send = async (action: Reasoned, values: { reason: string; institutionCode?: string; siteSequence?: string }) => {
    const params = { id: f.id };
    if (action === 'approve') await call(endpoints.approveFiling, { params, body: { version: f.version, ...values } });
    else await call(endpoints.decideFiling[action], { params, body: { version: f.version, reason: values.reason } });
  };
  const decisions = f.allowedActions.filter((a): a is Decision => a !== 'edit' && a !== 'read');
  const diff = f.base ? scopeDiff(f.base.scope, f.scope) : null;

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {f.allowedActions.includes('edit') && <Button onClick={() => navigate(`/${workspace}/filings/${f.id}/edit`)}>{t('filings.edit')}</Button>}
            {decisions.map((action) =>
              action === 'submit' || action === 'resubmit' ? (
                <Button key={action} type="primary" loading={submit.isPending} onClick={() => submit.mutate(f)}>
                  {t(`filings.${action}`)}
                </Button>
              ) : (
                <Button key={action} type={action === 'approve' ? 'primary' : 'default'} danger={['reject', 'terminate'].includes(action)} onClick={() => setPending(action)}>
                  {t(`filings.${action}`)}
                </Button>
              ),
            )}
            {institution.data?.allowedActions.includes('setDemonstration') && f.status === 'approved' && (
              <DemonstrationButton institution={institution.data} onDone={() => void institution.refetch()} />
            )}
          </Space>
        }
      >
        {f.institutionName} · {t(`filingKind.${f.kind}`)}
      </PageTitle>
      {submit.error != null && <ErrorAlert error={submit.error} />}
      {f.renewalChecklist ? (
        <RenewalChecklist checklist={f.renewalChecklist} />
      ) : (
        f.renewalExportBlock && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('nationalExport.renewalBlocked', f.renewalExportBlock)} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('filings.status')}>
            <StatusTag status={f.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('filings.number')}>{f.filingNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.category')}>{INSTITUTION_CATEGORY_LABELS[f.institutionCategory][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('filings.district')}>{f.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('filings.organization')}>
            {f.organization.name}（{f.organization.creditCode}）
          </Descriptions.Item>
          <Descriptions.Item label={t('filings.contact')}>{[f.organization.contactName, f.organization.contactPhoneMasked].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filings.validity')}>{f.validFrom ? `${formatDate(f.validFrom)} ~ ${formatDate(f.validUntil)}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filings.certificateSegments')}>{f.institutionCode ? `${f.institutionCode} · ${f.provinceCode} · ${f.siteSequence}` : '—'}</Descriptions.Item>
          {institution.data?.demonstration && (
            <Descriptions.Item label={t('filings.demonstration')}>
              <Tag color="gold">{t('directory.demonstrationMark')}</Tag>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {diff && (
        <Card title={t('filings.diff')} style={{ marginBottom: 16 }}>
          <Space wrap>
            {diff.added.map((row) => (
              <Tag color="green" key={`+${row}`}>
                {t('filings.added')}：{row}
              </Tag>
            ))}
            {diff.removed.map((row) => (
              <Tag color="red" key={`-${row}`}>
                {t('filings.removed')}：{row}
              </Tag>
            ))}
          </Space>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16, marginTop: 16 }}>
            <div>
              <Typography.Title level={5}>{t('filings.inForce')}</Typography.Title>
              <ScopeTable rows={f.base!.scope} />
            </div>
            <div>
              <Typography.Title level={5}>{t('filings.proposed')}</Typography.Title>
              <ScopeTable rows={f.scope} />
            </div>
          </div>
        </Card>
      )}
      <Card title={t('filings.scope')} style={{ marginBottom: 16 }}>
        <ScopeTable rows={f.scope} />
      </Card>
      <ContentView content={f.content} />
      <Card title={t('filings.attachments')} style={{ marginBottom: 16 }}>
        <AttachmentList filingId={f.id} attachments={f.attachments} />
      </Card>
      <Card title={t('filings.timeline')}>
        <Timeline
          items={f.timeline.map((entry) => ({
            children: (
              <>
                <Typography.Text strong>{formatDateTime(entry.at)}</Typography.Text> · {entry.actorName} · {entry.to ? t(`status.${entry.to}`) : entry.action}
                {entry.reason && (
                  <div>
                    {t('filings.reason')}：{entry.reason}
                  </div>
                )}
              </>
            ),
          }))}
        />
      </Card>
      <DecisionDialog
        open={pending !== null}
        title={pending ? t(`filings.${pending}`) : ''}
        name="filing-decision"
        reasonLabel={t('filings.reason')}
        fields={
          pending === 'approve' &&
          f.kind === 'initial' && (
            <>
              <Form.Item label={t('filings.institutionCode')} name="institutionCode" rules={[{ required: true, pattern: /^\d{4}$/ }]}>
                <Input maxLength={4} />
              </Form.Item>
              <Form.Item label={t('filings.siteSequence')} name="siteSequence" rules={[{ required: true, pattern: /^\d{6}$/ }]}>
                <Input maxLength={6} />
              </Form.Item>
            </>
          )
        }
        choices={
          pending ? [{ key: pending, label: t('common.confirm'), primary: true, reasonRequired: REASON_REQUIRED.includes(pending) ? t('filings.reasonRequired') : null, done: t('filings.done') }] : []
        }
        send={(action, values) => send(action, { reason: values.reason, institutionCode: values.institutionCode as string | undefined, siteSequence: values.siteSequence as string | undefined })}
        onClose={() => setPending(null)}
        onDone={() => {
          setPending(null);
          void refresh();
        }}
      />
    </>
  );
}

/** 示范机构: the city designates a social organisation (or withdraws it) with a reason. */
function DemonstrationButton({ institution, onDone }: { institution: InstitutionDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const choice = institution.demonstration ? 'undesignate' : 'designate';
  const title = t(`filings.${choice}`);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{title}</Button>
      <DecisionDialog
        open={open}
        title={title}
        name="demonstration"
        reasonLabel={t('filings.reason')}
        reasonMaxLength={500}
        choices={[{ key: choice, label: t('common.confirm'), primary: true, reasonRequired: t('filings.reasonRequired'), done: t('filings.done') }]}
        send={(_, { reason }) => call(endpoints.setDemonstration, { params: { id: institution.id }, body: { demonstration: !institution.demonstration, version: institution.version, reason } })}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          onDone();
        }}
      />
    </>
  );
}
