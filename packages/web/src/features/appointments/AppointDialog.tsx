import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_TITLES, MERIT_KINDS, MERIT_KIND_LABELS, type AppointmentTitle, type Locale, type MeritKind } from '@jiping/domain';
import { endpoints, type EvidenceFileView, type InstitutionAppointmentsView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { uploadEvidence } from '../../api/people.ts';
import { useOccupations } from '../../api/reference.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { EvidenceField } from '../people/EvidenceField.tsx';
import { RefusalAlert, useTitleLabel } from './appointment-views.tsx';

interface AppointForm {
  personId: string;
  title: AppointmentTitle;
  occupationCode: string;
  termStart?: string;
  meritKind?: MeritKind;
  meritDescription?: string;
  evidenceFileIds?: string[];
}

type Employees = InstitutionAppointmentsView['employees'];

/** The enterprise's employees as choices: 李强（3101**********1234）. */
function employeeOptions(employees: Employees) {
  return employees.map((e) => ({ value: e.personId, label: `${e.name}（${e.idNumberMasked}）` }));
}

/** Occupations with a 高级技师 level: the only ones with 特级技师 and 首席技师. */
function useLevel1Occupations() {
  const occupations = useOccupations();
  return {
    loading: occupations.isLoading,
    options: (occupations.data ?? []).filter((o) => o.levels.some((l) => l === 1)).map((o) => ({ value: o.code, label: `${o.nameZh}（${o.code}）` })),
  };
}

/** Where the server's errors about the merits show on this form, which holds one merit. */
function meritField(name: (string | number)[]): (string | number)[] {
  if (name[0] !== 'merits') return name;
  if (name[2] === 'description') return ['meritDescription'];
  if (name[2] === 'evidenceFileIds') return ['evidenceFileIds'];
  return ['meritKind'];
}

/**
 * 聘任: an employee, the title, the occupation, the first day and, for a 特级技师, the merit with
 * its evidence (uploaded to the enterprise's files as 'merit'). The server checks every condition;
 * a refusal lists each one not met, and each also shows under the field it concerns.
 */
export function AppointDialog({ open, institutionId, data, onClose, onDone }: { open: boolean; institutionId: string; data: InstitutionAppointmentsView; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const titleLabel = useTitleLabel();
  const occupations = useLevel1Occupations();
  const [form] = Form.useForm<AppointForm>();
  const [files, setFiles] = useState<Map<string, EvidenceFileView>>(new Map());
  const title = Form.useWatch('title', form) ?? 'special';
  const appoint = useFormMutation({
    form,
    fieldName: meritField,
    mutationFn: (values: AppointForm) =>
      call(endpoints.appoint, {
        params: { id: institutionId },
        body: {
          personId: values.personId,
          title: values.title,
          occupationCode: values.occupationCode,
          termStart: values.termStart || undefined,
          merits:
            values.title === 'special' && values.meritKind ? [{ kind: values.meritKind, description: (values.meritDescription ?? '').trim(), evidenceFileIds: values.evidenceFileIds ?? [] }] : [],
        },
      }),
    success: (a) => t('appointments.appointed', { name: a.personName, title: titleLabel(a.title) }),
    onSuccess: () => {
      form.resetFields();
      setFiles(new Map());
      onDone();
    },
  });
  const close = () => {
    appoint.reset();
    setFiles(new Map());
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields();
    appoint.mutate(values);
  };

  return (
    <Modal
      open={open}
      title={t('appointments.appointTitle')}
      onCancel={close}
      destroyOnHidden
      width={680}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={appoint.isPending} onClick={() => void submit().catch(() => undefined)}>
          {t('appointments.appoint')}
        </Button>,
      ]}
    >
      {appoint.error != null && <RefusalAlert error={appoint.error} />}
      <Typography.Paragraph type="secondary">{t('appointments.appointHint')}</Typography.Paragraph>
      <Form form={form} name="appoint" layout="vertical" preserve={false} initialValues={{ title: 'special', evidenceFileIds: [] }}>
        <Form.Item
          label={t('appointments.employee')}
          name="personId"
          extra={t('appointments.employeeHint')}
          rules={[{ required: true, message: t('form.required', { field: t('appointments.employee') }) }]}
        >
          <Select showSearch optionFilterProp="label" options={employeeOptions(data.employees)} />
        </Form.Item>
        <Form.Item label={t('appointments.title')} name="title" rules={[{ required: true }]}>
          <Radio.Group options={APPOINTMENT_TITLES.map((x) => ({ value: x, label: titleLabel(x) }))} />
        </Form.Item>
        <Form.Item label={t('appointments.occupation')} name="occupationCode" rules={[{ required: true, message: t('form.required', { field: t('appointments.occupation') }) }]}>
          <Select showSearch optionFilterProp="label" loading={occupations.loading} options={occupations.options} />
        </Form.Item>
        <Form.Item label={t('appointments.termStart')} name="termStart" extra={t('appointments.termStartHint', { years: data.rules.termYears })}>
          <Input type="date" />
        </Form.Item>
        {title === 'special' && (
          <>
            <Typography.Paragraph type="secondary">{t('appointments.meritHint')}</Typography.Paragraph>
            <Form.Item label={t('appointments.meritKind')} name="meritKind">
              <Select allowClear options={MERIT_KINDS.map((k) => ({ value: k, label: MERIT_KIND_LABELS[k][locale] }))} />
            </Form.Item>
            <Form.Item
              label={t('appointments.meritDescription')}
              name="meritDescription"
              dependencies={['meritKind']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) => (!getFieldValue('meritKind') || (value ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('appointments.meritDescriptionRequired')))),
                }),
              ]}
            >
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
            <Form.Item label={t('appointments.meritEvidence')} name="evidenceFileIds">
              <EvidenceField files={files} onUploaded={(f) => setFiles((m) => new Map(m).set(f.id, f))} upload={(file) => uploadEvidence({ institutionId }, file, 'merit')} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

interface ApprenticeForm {
  personId: string;
  occupationCode: string;
  startedOn: string;
}

/** 登记学徒: one of the enterprise's employees, the occupation and the first day. */
export function StartApprenticeshipDialog({
  open,
  institutionId,
  employees,
  onClose,
  onDone,
}: {
  open: boolean;
  institutionId: string;
  employees: Employees;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const occupations = useOccupations();
  const [form] = Form.useForm<ApprenticeForm>();
  const start = useFormMutation({
    form,
    mutationFn: (values: ApprenticeForm) => call(endpoints.startApprenticeship, { params: { id: institutionId }, body: values }),
    success: t('appointments.apprenticeStarted'),
    onSuccess: () => {
      form.resetFields();
      onDone();
    },
  });
  const close = () => {
    start.reset();
    onClose();
  };
  const required = (field: string) => [{ required: true, message: t('form.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('appointments.startApprenticeTitle')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={start.isPending}
      onOk={() => void form.validateFields().then((values) => start.mutate(values))}
      onCancel={close}
      destroyOnHidden
    >
      {start.error != null && <ErrorAlert error={start.error} details={start.unplaced} />}
      <Form form={form} name="start-apprenticeship" layout="vertical" preserve={false}>
        <Form.Item label={t('appointments.employee')} name="personId" extra={t('appointments.employeeHint')} rules={required(t('appointments.employee'))}>
          <Select showSearch optionFilterProp="label" options={employeeOptions(employees)} />
        </Form.Item>
        <Form.Item label={t('appointments.occupation')} name="occupationCode" rules={required(t('appointments.occupation'))}>
          <Select showSearch optionFilterProp="label" loading={occupations.isLoading} options={(occupations.data ?? []).map((o) => ({ value: o.code, label: `${o.nameZh}（${o.code}）` }))} />
        </Form.Item>
        <Form.Item label={t('appointments.startedOn')} name="startedOn" rules={required(t('appointments.startedOn'))}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
