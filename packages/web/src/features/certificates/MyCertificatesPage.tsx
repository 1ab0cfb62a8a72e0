import { Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CertificateSummary } from '@jiping/contracts';
import { useMyCertificates, verifyUrl } from '../../api/certificates.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { CertificateStatusTag, occupationWithWorkType } from './certificate-views.tsx';

/**
 * 我的证书: the certificates issued to the person this account is linked to (phone first: one card
 * each), with the details and the link anyone can check the number on.
 */
export default function MyCertificatesPage() {
  const { t } = useTranslation();
  const list = useMyCertificates();
  return (
    <>
      <PageTitle>{t('myCertificates.title')}</PageTitle>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <List<CertificateSummary>
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('myCertificates.empty') }}
        renderItem={(c) => (
          <Card
            size="small"
            role="region"
            aria-label={c.number}
            style={{ marginBottom: 12, width: '100%' }}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {occupationWithWorkType(c)} {t(`level.${c.level}`)}
              </span>
            }
            extra={<CertificateStatusTag status={c.status} />}
          >
            <Space direction="vertical" size={4}>
              <Typography.Text>
                {t('certificates.number')}：{c.number}
              </Typography.Text>
              <Typography.Text type="secondary">
                {c.institutionName} · {t('certificates.issueDate')} {c.issueDate}
              </Typography.Text>
              <Space wrap>
                <Link to={`/candidate/my-certificates/${c.id}`}>{t('myCertificates.open')}</Link>
                <a href={`/verify/${encodeURIComponent(c.number)}`} target="_blank" rel="noreferrer" title={verifyUrl(c.number)}>
                  {t('myCertificates.share')}
                </a>
              </Space>
            </Space>
          </Card>
        )}
      />
    </>
  );
}
