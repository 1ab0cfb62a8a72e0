import { Card, Descriptions } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { ErrorAlert, LinkButton, Loading, PageTitle } from '../../layout/common.tsx';
import { PersonAppointmentsCard } from '../appointments/appointment-views.tsx';

/** One person's record as an institution that may read it sees it: identity (masked) and their 新八级工 posts and apprenticeships. */
export default function PersonDetailPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const person = useQuery({ queryKey: ['person', id], queryFn: () => call(endpoints.person, { params: { id: id! } }) });
  const appointments = useQuery({ queryKey: ['appointments', 'person', id], queryFn: () => call(endpoints.personAppointments, { params: { id: id! } }) });
  const back = (
    <LinkButton to={`/${workspace}/people`} icon={<ArrowLeftOutlined aria-hidden />}>
      {t('common.back')}
    </LinkButton>
  );
  if (person.isLoading) return <Loading />;
  if (person.error || !person.data) {
    return (
      <>
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
        {back}
      </>
    );
  }
  const p = person.data;
  return (
    <>
      <PageTitle extra={back}>
        {t('personRecord.title')} · {p.name}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('person.name')}>{p.name}</Descriptions.Item>
          <Descriptions.Item label={t('person.idType')}>{t(`idType.${p.idType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('person.idNumber')}>{p.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t('person.gender')}>{p.gender ? t(`gender.${p.gender}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('person.birthDate')}>{p.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('person.mobile')}>{p.phoneMasked ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <PersonAppointmentsCard view={appointments} />
    </>
  );
}
