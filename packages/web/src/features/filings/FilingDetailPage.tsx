import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, REASON_REQUIRED, type FilingAction, type Locale } from '@jiping/domain';
import { endpoints, type InstitutionDetail } from '@jiping/contracts';
import { ApiError, call } from '../../api/client.ts';
import { ErrorAlert, formatDate, formatDateTime, Loading, PageTitle, StatusTag } from '../../layout/common.tsx';
import { AttachmentList, ContentView, ScopeTable, scopeDiff } from './filing-views.tsx';
import { useInstitution } from '../../api/institutions.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';

type Decision = Exclude<FilingAction, 'expire'>;

export default function FilingDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery({ queryKey: ['filing', id], queryFn: () => call(endpoints.filing, { params: { id: id! } }) });
  const institution = useInstitution(detail.data?.kind === 'initial' ? detail.data.institutionId : null);
  const [pending, setPending] = useState<Decision | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) return <ErrorAlert error={detail.error} />;
  const f = detail.data;
  const refresh = () => client.invalidateQueries({ queryKey: ['filing', id] }).then(() => client.invalidateQueries({ queryKey: ['filings'] }));

  const send = async (action: Decision, values: { reason?: string; institutionCode?: string; siteSequence?: string } = {}) => {
    const params = { id: f.id };
    if (action === 'submit' || action === 'resubmit') await call(endpoints.submitFiling, { params, body: { version: f.version } });
    else if (action === 'approve') await call(endpoints.approveFiling, { params, body: { version: f.version, ...values } });
    else await call(endpoints.decideFiling[action], { params, body: { version: f.version, reason: values.reason ?? '' } });
  };
  const act = async (action: Decision) => {
    setError(null);
    try {
      await send(action);
      void message.success(t('filings.done'));
      await refresh();
    } catch (e) {
      setError(e);
    }
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
                <Button key={action} type="primary" onClick={() => void act(action)}>
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
      {error !== null && !pending && <ErrorAlert error={error} />}
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
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const title = institution.demonstration ? t('filings.undesignate') : t('filings.designate');
  const save = async () => {
    setBusy(true);
    try {
      await call(endpoints.setDemonstration, { params: { id: institution.id }, body: { demonstration: !institution.demonstration, version: institution.version, reason } });
      setOpen(false);
      setReason('');
      onDone();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{title}</Button>
      <Modal open={open} title={title} onOk={() => void save()} confirmLoading={busy} onCancel={() => setOpen(false)} destroyOnHidden>
        <Input value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('filings.reason')} placeholder={t('filings.reason')} />
      </Modal>
    </>
  );
}
