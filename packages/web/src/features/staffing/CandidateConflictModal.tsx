import { Alert, Form, List, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { CONFLICT_KIND_LABELS, type ConflictKind, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading } from '../../layout/common.tsx';
import { FormModal } from './FormModal.tsx';
import { TieFields } from './ConflictFormModal.tsx';

interface Values {
  staffId: string;
  kind: ConflictKind;
  note?: string;
}

/** 申报回避, from a candidate's own application: a member of the plan's staff they have a tie with. */
export function CandidateConflictModal({ registrationId, title, onClose }: { registrationId: string; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<Values>();
  const key = ['registration-staff', registrationId];
  const staff = useQuery({ queryKey: key, queryFn: () => call(endpoints.registrationStaff, { params: { id: registrationId } }) });
  const mutation = useFormMutation({
    form,
    mutationFn: (values: Values) => call(endpoints.declareCandidateConflict, { params: { id: registrationId }, body: { staffId: values.staffId, kind: values.kind, note: values.note ?? '' } }),
    invalidate: [key],
    success: t('staffing.declared'),
    onSuccess: () => form.resetFields(),
  });
  const offered = staff.data?.staff ?? [];
  return (
    <FormModal title={`${t('staffing.candidateDeclare')} · ${title}`} form={form} mutation={mutation} onClose={onClose} canSubmit={offered.length > 0}>
      <Typography.Paragraph type="secondary">{t('staffing.candidateIntro')}</Typography.Paragraph>
      {staff.isLoading && <Loading />}
      {staff.error != null && <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      {mutation.error != null && <ErrorAlert error={mutation.error} details={mutation.unplaced} />}
      {staff.data && offered.length === 0 && <Alert type="info" showIcon title={t('staffing.candidateNoStaff')} />}
      {offered.length > 0 && (
        <Form form={form} name="candidate-conflict" layout="vertical" initialValues={{ kind: 'relative' }}>
          <Form.Item label={t('staffing.staffMember')} name="staffId" rules={[{ required: true, message: t('form.required', { field: t('staffing.staffMember') }) }]}>
            <Select aria-label={t('staffing.staffMember')} options={offered.map((s) => ({ value: s.id, label: `${s.name}（${t(`staffing.kind.${s.kind}`)}）` }))} />
          </Form.Item>
          <TieFields />
        </Form>
      )}
      {(staff.data?.conflicts.length ?? 0) > 0 && (
        <List size="small" header={t('staffing.existing')} dataSource={staff.data!.conflicts} renderItem={(c) => <List.Item>{`${c.staffName} · ${CONFLICT_KIND_LABELS[c.kind][locale]}`}</List.Item>} />
      )}
    </FormModal>
  );
}
