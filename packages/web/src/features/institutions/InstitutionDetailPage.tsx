import { Card, Descriptions } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { INSTITUTION_CATEGORY_LABELS, ORGANIZATION_KIND_LABELS, type Locale } from '@jiping/domain';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert, formatDate, LinkButton, Loading, PageTitle } from '../../layout/common.tsx';
import { SealCard } from './SealCard.tsx';
import { SigningKeysCard } from './SigningKeysCard.tsx';

export default function InstitutionDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const detail = useQuery({ queryKey: ['institution', id], queryFn: () => call(endpoints.institution, { params: { id: id! } }) });
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) {
    return (
      <>
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        <LinkButton to={`/${workspace}/institutions`} icon={<ArrowLeftOutlined aria-hidden />}>
          {t('common.back')}
        </LinkButton>
      </>
    );
  }
  const d = detail.data;
  return (
    <>
      <PageTitle
        extra={
          <>
            {d.category === 'employer' && <LinkButton to={`/${workspace}/institutions/${d.id}/appointments`}>{t('appointments.openInstitution')}</LinkButton>}
            <LinkButton to={`/${workspace}/institutions`} icon={<ArrowLeftOutlined aria-hidden />}>
              {t('common.back')}
            </LinkButton>
          </>
        }
      >
        {d.name}
      </PageTitle>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('institutions.name')} span={2}>
            {d.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.category')}>{INSTITUTION_CATEGORY_LABELS[d.category][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.district')}>{d.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.organization')}>{d.organizationName}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.kind')}>{ORGANIZATION_KIND_LABELS[d.organizationKind][locale]}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.creditCode')}>{d.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.legalRepresentative')}>{d.legalRepresentative}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.address')}>{d.address}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.createdAt')}>{formatDate(d.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <SealCard institutionId={d.id} canUpload={d.allowedActions.includes('uploadSeal')} />
      {d.allowedActions.includes('manageSigningKeys') && <SigningKeysCard institutionId={d.id} />}
    </>
  );
}
