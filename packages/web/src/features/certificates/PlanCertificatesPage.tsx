import { useState } from 'react';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { downloads, endpoints, type PlanCertificates } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { usePlanCertificates } from '../../api/certificates.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading, PageTitle } from '../../layout/common.tsx';
import { CertificateStatusTag } from './certificate-views.tsx';

type Candidate = PlanCertificates['candidates'][number];

/**
 * 评价计划发证: a plan's published results with the certificate each passed candidate holds; the
 * institution issues for every passed candidate without one, or for those it ticks.
 */
export default function PlanCertificatesPage() {
  const { t } = useTranslation();
  const { id, workspace } = useParams();
  const { modal } = App.useApp();
  const client = useQueryClient();
  const view = usePlanCertificates(id);
  const [chosen, setChosen] = useState<string[]>([]);
  const issue = useFormMutation({
    mutationFn: (registrationIds: string[] | undefined) => call(endpoints.issueCertificates, { params: { id: id! }, body: registrationIds ? { registrationIds } : {} }),
    success: (batch) => t('certificates.plan.issued', { issued: batch.issued }),
    onSuccess: async () => {
      setChosen([]);
      for (const key of [['plan-certificates', id], ['certificates']]) await client.invalidateQueries({ queryKey: key });
    },
  });
  if (view.isLoading) return <Loading />;
  if (view.error || !view.data) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  const plan = view.data;
  const confirm = (registrationIds?: string[]) => modal.confirm({ title: t('certificates.plan.title'), content: t('certificates.plan.confirm'), onOk: () => issue.mutate(registrationIds) });
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {plan.canIssue && (
              <>
                <Button type="primary" loading={issue.isPending} onClick={() => confirm()}>
                  {t('certificates.plan.issueAll')}
                </Button>
                <Button disabled={!chosen.length} loading={issue.isPending} onClick={() => confirm(chosen)}>
                  {t('certificates.plan.issueChosen')}
                </Button>
              </>
            )}
            {plan.canDownload && (
              <>
                <Button href={hrefOf(downloads.planCertificatesPdf, { id: id! })}>{t('certificates.download.planPdf')}</Button>
                <Button href={hrefOf(downloads.planCertificatesZip, { id: id! })}>{t('certificates.download.planZip')}</Button>
              </>
            )}
          </Space>
        }
      >
        {t('certificates.plan.title')}
      </PageTitle>
      {!plan.final && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('certificates.plan.notFinal')} />}
      {issue.error != null && <ErrorAlert error={issue.error} />}
      <Table<Candidate>
        rowKey="registrationId"
        dataSource={plan.candidates}
        pagination={false}
        scroll={{ x: true }}
        title={() => t('certificates.plan.candidates')}
        rowSelection={
          plan.canIssue
            ? {
                selectedRowKeys: chosen,
                onChange: (keys) => setChosen(keys as string[]),
                getCheckboxProps: (c) => ({ disabled: c.outcome !== 'passed' || Boolean(c.certificate), name: c.name }),
              }
            : undefined
        }
        columns={[
          { title: t('certificates.holder'), dataIndex: 'name' },
          { title: t('certificates.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('results.outcome'), render: (_, c) => <Tag color={c.outcome === 'passed' ? 'green' : 'red'}>{t(`certificates.plan.outcome.${c.outcome}`)}</Tag> },
          {
            title: t('certificates.number'),
            render: (_, c) =>
              c.certificate ? (
                <Space size={4}>
                  <Link to={`/${workspace}/certificates/${c.certificate.id}`}>{c.certificate.number}</Link>
                  <CertificateStatusTag status={c.certificate.status} />
                </Space>
              ) : (
                t('certificates.plan.noCertificate')
              ),
          },
        ]}
      />
    </>
  );
}
