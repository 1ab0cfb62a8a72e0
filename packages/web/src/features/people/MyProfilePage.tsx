import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type EvidenceFileView, type PersonDetail, type PersonProfile } from '@jiping/contracts';
import { DIPLOMA_KINDS, DIPLOMA_KIND_LABELS, LEVELS, LEVEL_LABELS, TITLE_RANKS, TITLE_RANK_LABELS, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { uploadEvidence, useMyPerson } from '../../api/people.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert, Loading, PageTitle } from '../../layout/common.tsx';
import { EvidenceField } from './EvidenceField.tsx';
import { IdentityClaim } from '../identity/IdentityClaim.tsx';
import { PersonAppointmentsCard } from '../appointments/appointment-views.tsx';

type WorkRow = PersonProfile['workHistory'][number] & { ongoing: boolean };
interface ProfileForm extends Omit<PersonProfile, 'workHistory'> {
  workHistory: WorkRow[];
}

function toForm(profile: PersonProfile): ProfileForm {
  return { ...profile, workHistory: profile.workHistory.map((w) => ({ ...w, ongoing: w.to === null })) };
}

const orNull = (value: string | null | undefined) => (value ? value : null);

function fromForm(values: ProfileForm): PersonProfile {
  return {
    workHistory: (values.workHistory ?? []).map(({ ongoing, ...w }) => ({ ...w, employer: w.employer ?? '', to: ongoing ? null : orNull(w.to), evidenceFileIds: w.evidenceFileIds ?? [] })),
    certificates: (values.certificates ?? []).map((c) => ({ ...c, number: c.number ?? '', evidenceFileIds: c.evidenceFileIds ?? [] })),
    diplomas: (values.diplomas ?? []).map((d) => ({
      ...d,
      major: d.major ?? '',
      school: d.school ?? '',
      graduatedOn: orNull(d.graduatedOn),
      finalYear: Boolean(d.finalYear),
      evidenceFileIds: d.evidenceFileIds ?? [],
    })),
    titles: (values.titles ?? []).map((x) => ({ ...x, name: x.name ?? '', evidenceFileIds: x.evidenceFileIds ?? [] })),
    apprenticeshipCompletedOn: orNull(values.apprenticeshipCompletedOn),
  };
}

/** 我的档案: the identity as registered (masked), and the declarations the eligibility check reads. */
export default function MyProfilePage() {
  const { t } = useTranslation();
  const person = useMyPerson();
  if (person.isLoading) return <Loading />;
  if (person.error) return <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />;
  return (
    <>
      <PageTitle>{t('menu.my-profile')}</PageTitle>
      {person.data ? <ProfileEditor person={person.data} /> : <IdentityClaim />}
    </>
  );
}

function ProfileEditor({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const client = useQueryClient();
  const [form] = Form.useForm<ProfileForm>();
  const occupations = useOccupations();
  const [uploaded, setUploaded] = useState<EvidenceFileView[]>([]);
  const appointments = useQuery({ queryKey: ['appointments', 'me'], queryFn: () => call(endpoints.myAppointments) });
  // An error on part of a field (`profile.workHistory.0.evidenceFileIds.1`) shows on the field itself.
  const save = useFormMutation({
    form,
    fieldPrefix: 'profile',
    mutationFn: (profile: PersonProfile) => call(endpoints.updateProfile, { params: { id: person.id }, body: { version: person.version, profile } }),
    success: t('myProfile.saved'),
    onSuccess: (saved) => client.setQueryData(['people', 'me'], saved),
  });
  const files = useMemo(() => new Map([...person.files, ...uploaded].map((f) => [f.id, f])), [person.files, uploaded]);

  useEffect(() => {
    form.setFieldsValue(toForm(person.profile));
  }, [person, form]);

  const submit = async () => {
    save.reset();
    try {
      await form.validateFields();
    } catch {
      return;
    }
    save.mutate(fromForm(form.getFieldsValue(true) as ProfileForm));
  };

  const upload = (purpose: string) => (file: File) => uploadEvidence({ personId: person.id }, file, purpose);
  const onUploaded = (file: EvidenceFileView) => setUploaded((list) => [...list, file]);
  const evidence = (purpose: string) => <EvidenceField upload={upload(purpose)} files={files} onUploaded={onUploaded} />;
  const occupationOptions = (occupations.data ?? []).map((o) => ({ value: o.code, label: `${o.code} ${o.nameZh}` }));
  const occupationSelect = <Select showSearch optionFilterProp="label" options={occupationOptions} loading={occupations.isLoading} style={{ width: 280 }} aria-label={t('myProfile.occupation')} />;
  const required = (field: string) => [{ required: true, message: t('form.required', { field }) }];

  return (
    <>
      <Card title={t('myProfile.identity')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('person.name')}>{person.name}</Descriptions.Item>
          <Descriptions.Item label={t('person.idType')}>{t(`idType.${person.idType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('person.idNumber')}>{person.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t('person.gender')}>{person.gender ? t(`gender.${person.gender}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('person.birthDate')}>{person.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('person.mobile')}>{person.phoneMasked ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <PersonAppointmentsCard view={appointments} />
      <Alert type="info" showIcon title={t('myProfile.intro')} style={{ marginBottom: 16 }} />
      {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
      <Form form={form} name="profile" layout="vertical" initialValues={toForm(person.profile)} scrollToFirstError>
        <Section
          list="workHistory"
          title={t('myProfile.workHistory')}
          row={t('myProfile.workRow')}
          add={t('myProfile.addWork')}
          empty={t('myProfile.noWork')}
          blank={{ occupationCode: undefined, employer: '', from: '', to: null, ongoing: false, evidenceFileIds: [] }}
        >
          {(index) => (
            <>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.occupation')} name={[index, 'occupationCode']} rules={required(t('myProfile.occupation'))}>
                  {occupationSelect}
                </Form.Item>
                <Form.Item label={t('myProfile.employer')} name={[index, 'employer']}>
                  <Input style={{ width: 240 }} maxLength={100} />
                </Form.Item>
              </Space>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.from')} name={[index, 'from']} rules={required(t('myProfile.from'))}>
                  <Input type="date" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.workHistory?.[index]?.ongoing !== b.workHistory?.[index]?.ongoing}>
                  {() => (
                    <Form.Item label={t('myProfile.to')} name={[index, 'to']}>
                      <Input type="date" disabled={Boolean(form.getFieldValue(['workHistory', index, 'ongoing']))} />
                    </Form.Item>
                  )}
                </Form.Item>
                <Form.Item label=" " name={[index, 'ongoing']} valuePropName="checked" colon={false}>
                  <Checkbox>{t('myProfile.ongoing')}</Checkbox>
                </Form.Item>
              </Space>
              <Form.Item label={t('evidence.label')} name={[index, 'evidenceFileIds']}>
                {evidence('work_record')}
              </Form.Item>
            </>
          )}
        </Section>
        <Section
          list="certificates"
          title={t('myProfile.certificates')}
          row={t('myProfile.certificateRow')}
          add={t('myProfile.addCertificate')}
          empty={t('myProfile.noCertificates')}
          blank={{ occupationCode: undefined, level: undefined, number: '', issuedOn: '', evidenceFileIds: [] }}
        >
          {(index) => (
            <>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.occupation')} name={[index, 'occupationCode']} rules={required(t('myProfile.occupation'))}>
                  {occupationSelect}
                </Form.Item>
                <Form.Item label={t('myProfile.level')} name={[index, 'level']} rules={required(t('myProfile.level'))}>
                  <Select aria-label={t('myProfile.level')} style={{ width: 200 }} options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l][locale] }))} />
                </Form.Item>
              </Space>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.certificateNumber')} name={[index, 'number']}>
                  <Input style={{ width: 240 }} maxLength={40} />
                </Form.Item>
                <Form.Item label={t('myProfile.issuedOn')} name={[index, 'issuedOn']} rules={required(t('myProfile.issuedOn'))}>
                  <Input type="date" />
                </Form.Item>
              </Space>
              <Form.Item label={t('evidence.label')} name={[index, 'evidenceFileIds']}>
                {evidence('certificate')}
              </Form.Item>
            </>
          )}
        </Section>
        <Section
          list="diplomas"
          title={t('myProfile.diplomas')}
          row={t('myProfile.diplomaRow')}
          add={t('myProfile.addDiploma')}
          empty={t('myProfile.noDiplomas')}
          blank={{ kind: undefined, major: '', school: '', graduatedOn: null, finalYear: false, evidenceFileIds: [] }}
        >
          {(index) => (
            <>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.diplomaKind')} name={[index, 'kind']} rules={required(t('myProfile.diplomaKind'))}>
                  <Select aria-label={t('myProfile.diplomaKind')} style={{ width: 280 }} options={DIPLOMA_KINDS.map((k) => ({ value: k, label: DIPLOMA_KIND_LABELS[k][locale] }))} />
                </Form.Item>
                <Form.Item label={t('myProfile.major')} name={[index, 'major']}>
                  <Input style={{ width: 200 }} maxLength={100} />
                </Form.Item>
                <Form.Item label={t('myProfile.school')} name={[index, 'school']}>
                  <Input style={{ width: 240 }} maxLength={100} />
                </Form.Item>
              </Space>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.graduatedOn')} name={[index, 'graduatedOn']}>
                  <Input type="date" />
                </Form.Item>
                <Form.Item label=" " name={[index, 'finalYear']} valuePropName="checked" colon={false}>
                  <Checkbox>{t('myProfile.finalYear')}</Checkbox>
                </Form.Item>
              </Space>
              <Form.Item label={t('evidence.label')} name={[index, 'evidenceFileIds']}>
                {evidence('diploma')}
              </Form.Item>
            </>
          )}
        </Section>
        <Section
          list="titles"
          title={t('myProfile.titles')}
          row={t('myProfile.titleRow')}
          add={t('myProfile.addTitle')}
          empty={t('myProfile.noTitles')}
          blank={{ rank: undefined, name: '', obtainedOn: '', evidenceFileIds: [] }}
        >
          {(index) => (
            <>
              <Space wrap align="start">
                <Form.Item label={t('myProfile.titleRank')} name={[index, 'rank']} rules={required(t('myProfile.titleRank'))}>
                  <Select aria-label={t('myProfile.titleRank')} style={{ width: 200 }} options={TITLE_RANKS.map((r) => ({ value: r, label: TITLE_RANK_LABELS[r][locale] }))} />
                </Form.Item>
                <Form.Item label={t('myProfile.titleName')} name={[index, 'name']}>
                  <Input style={{ width: 240 }} maxLength={100} />
                </Form.Item>
                <Form.Item label={t('myProfile.obtainedOn')} name={[index, 'obtainedOn']} rules={required(t('myProfile.obtainedOn'))}>
                  <Input type="date" />
                </Form.Item>
              </Space>
              <Form.Item label={t('evidence.label')} name={[index, 'evidenceFileIds']}>
                {evidence('title')}
              </Form.Item>
            </>
          )}
        </Section>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myProfile.apprenticeship')}</h2>} style={{ marginBottom: 16 }}>
          <Form.Item label={t('myProfile.apprenticeshipCompletedOn')} name="apprenticeshipCompletedOn" extra={t('myProfile.apprenticeshipHint')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
        </Card>
      </Form>
      <Space wrap>
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          {t('myProfile.save')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue(toForm(person.profile));
            save.reset();
          }}
        >
          {t('myProfile.discard')}
        </Button>
      </Space>
    </>
  );
}

/**
 * One editable list of the profile: each entry is a labelled group ("工作经历 1") with its own
 * fields, evidence and a delete button, so the page reads (and is tested) entry by entry.
 */
function Section({
  list,
  title,
  row,
  add,
  empty,
  blank,
  children,
}: {
  list: 'workHistory' | 'certificates' | 'diplomas' | 'titles';
  title: string;
  row: string;
  add: string;
  empty: string;
  blank: Record<string, unknown>;
  children: (index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={list}>
      {(fields, ops) => (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} extra={<Button onClick={() => ops.add(blank)}>{add}</Button>} style={{ marginBottom: 16 }}>
          {fields.length === 0 && <Typography.Text type="secondary">{empty}</Typography.Text>}
          {fields.map((field, position) => (
            <div key={field.key} role="group" aria-label={`${row} ${position + 1}`} style={{ borderTop: position ? '1px solid #f0f0f0' : undefined, paddingTop: position ? 12 : 0, marginBottom: 8 }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <Typography.Text strong>{`${row} ${position + 1}`}</Typography.Text>
                <Button size="small" danger onClick={() => ops.remove(field.name)}>
                  {t('myProfile.remove')}
                </Button>
              </Space>
              {children(field.name)}
            </div>
          ))}
        </Card>
      )}
    </Form.List>
  );
}
