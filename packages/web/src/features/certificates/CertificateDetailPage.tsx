import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Space, Timeline, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { downloads, endpoints } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useCertificate, verifyUrl } from '../../api/certificates.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, PageTitle } from '../../layout/common.tsx';
import { CertificateStatusTag, occupationWithWorkType } from './certificate-views.tsx';

/**
 * One certificate as issued, its history (issue, revocation, correction: old and new linked) and
 * its verification link; revoke and correct come from `allowedActions`, each through DecisionDialog.
 */
export default function CertificateDetailPage() {
  const { t } = useTranslation();
  const { id, workspace } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const view = useCertificate(id);
  // A holder reads certificates under 我的证书; institutions and supervisors under 证书.
  const base = `/${workspace}/${workspace === 'candidate' ? 'my-certificates' : 'certificates'}`;
  const [dialog, setDialog] = useState<'revoke' | 'correct' | null>(null);
  if (view.isLoading) return <Loading />;
  if (view.error || !view.data) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  const c = view.data;
  const can = (action: string) => c.allowedActions.includes(action);
  const link = verifyUrl(c.number);
  const refresh = async () => {
    for (const key of [['certificate'], ['certificates'], ['plan-certificates'], ['my-certificates']]) await client.invalidateQueries({ queryKey: key });
  };
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {can('download') && (
              <>
                <Button type="primary" href={hrefOf(downloads.certificatePdf, { id: c.id })}>
                  {t('certificates.download.pdf')}
                </Button>
                <Button href={hrefOf(downloads.certificateCredential, { id: c.id })}>{t('certificates.download.credential')}</Button>
              </>
            )}
            {can('correct') && <Button onClick={() => setDialog('correct')}>{t('certificates.correct.action')}</Button>}
            {can('revoke') && (
              <Button danger onClick={() => setDialog('revoke')}>
                {t('certificates.revoke.action')}
              </Button>
            )}
          </Space>
        }
      >
        {t('certificates.detail.title')} {c.number} <CertificateStatusTag status={c.status} />
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('certificates.holder')}>{c.holderName}</Descriptions.Item>
          <Descriptions.Item label={t('certificates.idNumber')}>
            {t(`idType.${c.idType}`, { defaultValue: c.idType })} {c.idNumberMasked}
          </Descriptions.Item>
          <Descriptions.Item label={t('certificates.occupation')}>
            {occupationWithWorkType(c)} <Typography.Text type="secondary">{c.occupationCode}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('certificates.level')}>{t(`level.${c.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('certificates.number')}>{c.number}</Descriptions.Item>
          <Descriptions.Item label={t('certificates.issueDate')}>{c.issueDate}</Descriptions.Item>
          <Descriptions.Item label={t('certificates.institution')}>{c.institutionName}</Descriptions.Item>
          {c.replaces && (
            <Descriptions.Item label={t('certificates.detail.replaces')}>
              <Link to={`${base}/${c.replaces.id}`}>{c.replaces.number}</Link>
            </Descriptions.Item>
          )}
          {c.replacedBy && (
            <Descriptions.Item label={t('certificates.detail.replacedBy')}>
              <Link to={`${base}/${c.replacedBy.id}`}>{c.replacedBy.number}</Link>
            </Descriptions.Item>
          )}
          {c.revokedAt && <Descriptions.Item label={t('certificates.detail.revokedAt')}>{formatDateTime(c.revokedAt)}</Descriptions.Item>}
          {c.revocationReason && <Descriptions.Item label={t('certificates.detail.revocationReason')}>{c.revocationReason}</Descriptions.Item>}
          <Descriptions.Item label={t('certificates.detail.share')} span={2}>
            <Space wrap>
              <a href={c.verifyPath} target="_blank" rel="noreferrer">
                {link}
              </a>
              <Button
                size="small"
                onClick={() =>
                  void navigator.clipboard
                    ?.writeText(link)
                    .then(() => message.success(t('certificates.detail.copied')))
                    .catch(() => undefined)
                }
              >
                {t('certificates.detail.copy')}
              </Button>
            </Space>
            <div>
              <Typography.Text type="secondary">{t('certificates.detail.shareHint')}</Typography.Text>
            </div>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('certificates.detail.history')}>
        <Timeline
          items={c.history.map((h) => ({
            color: h.kind === 'revoked' ? 'red' : h.kind === 'replaced' ? 'gray' : 'green',
            children: (
              <div>
                <strong>{t(`certificates.detail.event.${h.kind}`)}</strong> · {formatDateTime(h.occurredAt)} ·{' '}
                {h.certificateId === c.id ? h.number : <Link to={`${base}/${h.certificateId}`}>{h.number}</Link>}
                {h.authority && <Typography.Text type="secondary"> · {t(`certificates.detail.authority.${h.authority}`)}</Typography.Text>}
                {h.reason && <div>{h.reason}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <DecisionDialog
        open={dialog === 'revoke'}
        title={t('certificates.revoke.title')}
        name="certificate-revoke"
        reasonLabel={t('certificates.revoke.reason')}
        reasonExtra={t('certificates.revoke.reasonHint')}
        reasonMaxLength={500}
        choices={[{ key: 'revoke' as const, label: t('certificates.revoke.action'), danger: true, reasonRequired: t('certificates.revoke.reasonRequired'), done: t('certificates.revoke.done') }]}
        send={(_, { reason }) => call(endpoints.revokeCertificate, { params: { id: c.id }, body: { version: c.version, reason } })}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          void refresh();
        }}
      >
        <Typography.Paragraph>
          {c.number} · {c.holderName} · {occupationWithWorkType(c)} {t(`level.${c.level}`)}
        </Typography.Paragraph>
      </DecisionDialog>
      <DecisionDialog
        open={dialog === 'correct'}
        title={t('certificates.correct.title')}
        name="certificate-correct"
        reasonLabel={t('certificates.correct.reason')}
        reasonExtra={t('certificates.correct.reasonHint')}
        reasonMaxLength={500}
        fields={
          <Form.Item label={t('certificates.correct.workType')} name="workType" initialValue={c.workType}>
            <Input maxLength={50} />
          </Form.Item>
        }
        choices={[{ key: 'correct' as const, label: t('certificates.correct.confirm'), primary: true, reasonRequired: t('certificates.correct.reasonRequired'), done: t('certificates.correct.done') }]}
        send={(_, { reason, workType }) =>
          call(endpoints.correctCertificate, { params: { id: c.id }, body: { version: c.version, reason, workType: String(workType ?? c.workType).trim() } }).then((fresh) => {
            navigate(`${base}/${fresh.id}`);
            return fresh;
          })
        }
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          void refresh();
        }}
      />
    </>
  );
}
