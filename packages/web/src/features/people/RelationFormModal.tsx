import { useState } from 'react';
import { Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type AgreementView, type EvidenceFileView, type RelationView } from '@jiping/contracts';
import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  EVIDENCE_PURPOSE_LABELS,
  INSTITUTION_EVIDENCE_PURPOSES,
  type InstitutionEvidencePurpose,
  RELATION_CATEGORY,
  relationFieldNeeds,
  type EmploymentType,
  type FieldNeed,
  RELATION_KINDS,
  RELATION_KIND_LABELS,
  type InstitutionCategory,
  type Locale,
  type RelationKind,
} from '@jiping/domain';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { uploadEvidence } from '../../api/people.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { EvidenceField } from './EvidenceField.tsx';
import { PersonFields, personBody, type PersonFormValues } from './PersonFields.tsx';

/** The proof a relation usually rests on: the first guess for the uploaded file's kind. */
const USUAL_PROOF: Record<RelationKind, InstitutionEvidencePurpose> = {
  employee: 'labour_contract',
  cooperation_student: 'student_status',
  entrusted_employee: 'labour_contract',
  enrolled_student: 'student_status',
  shanghai_household: 'residence',
  shanghai_residence: 'residence',
  shanghai_work: 'social_insurance',
  shanghai_study: 'student_status',
};
const RELATION_PROOFS = INSTITUTION_EVIDENCE_PURPOSES.filter((p) => p !== 'agreement' && p !== 'merit');

interface RelationForm {
  person: PersonFormValues;
  kind?: RelationKind;
  employmentType?: EmploymentType;
  employerName?: string;
  agreementId?: string;
  graduationDate?: string;
  validFrom: string;
  validUntil?: string;
  evidenceFileIds: string[];
}

/**
 * 登记人员关系: the person by their identity document, and how they stand to this institution.
 * Only the kinds of the institution's category are offered; the employment type, employer,
 * agreement and graduation date appear, and are required, as `RELATION_FIELDS` says for the kind.
 */
export function RelationFormModal({
  open,
  institutionId,
  category,
  agreements,
  onClose,
  onCreated,
}: {
  open: boolean;
  institutionId: string;
  category: InstitutionCategory;
  agreements: AgreementView[];
  onClose: () => void;
  onCreated: (relation: RelationView) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<RelationForm>();
  const [files, setFiles] = useState<Map<string, EvidenceFileView>>(new Map());
  const [purpose, setPurpose] = useState<InstitutionEvidencePurpose | null>(null);
  const kind = Form.useWatch('kind', form);
  const proof = purpose ?? (kind ? USUAL_PROOF[kind] : 'other');
  const employmentType = Form.useWatch('employmentType', form);
  // Which fields show and which are required come from the table the server and the import apply.
  const needs = kind ? relationFieldNeeds(kind, employmentType as EmploymentType | undefined) : null;
  const needed = needs?.agreementKind ?? undefined;
  const kinds = RELATION_KINDS.filter((k) => RELATION_CATEGORY[k] === category);
  const agreementOptions = agreements.filter((a) => a.kind === needed).map((a) => ({ value: a.id, label: `${a.counterpartName}（${a.validFrom} ~ ${a.validUntil}）` }));
  const showEmploymentType = needs !== null && needs.employmentType !== 'none';
  const showEmployer = needs !== null && needs.employerName !== 'none';
  const showGraduation = needs !== null && needs.graduationDate !== 'none';
  const employerLabel = kind === 'entrusted_employee' ? t('relations.entrustingEmployer') : t('relations.employerName');
  const required = (need: FieldNeed | undefined, field: string) => (need === 'required' ? [{ required: true, message: t('form.required', { field }) }] : []);

  const create = useFormMutation({
    form,
    mutationFn: (body: BodyOf<typeof endpoints.createRelation>) => call(endpoints.createRelation, { params: { id: institutionId }, body }),
    success: (created) => t('relations.created', { name: created.personName }),
    onSuccess: (created) => {
      form.resetFields();
      setFiles(new Map());
      setPurpose(null);
      onCreated(created);
    },
  });

  const submit = async () => {
    const values = await form.validateFields();
    // The kind is a required field: validation has refused the form without it.
    if (!values.kind) return;
    const body: BodyOf<typeof endpoints.createRelation> = {
      person: personBody(values.person),
      kind: values.kind,
      employerName: showEmployer ? (values.employerName ?? '').trim() : '',
      validFrom: values.validFrom,
      evidenceFileIds: values.evidenceFileIds ?? [],
    };
    if (showEmploymentType && values.employmentType) body.employmentType = values.employmentType;
    if (needed && values.agreementId) body.agreementId = values.agreementId;
    if (showGraduation && values.graduationDate) body.graduationDate = values.graduationDate;
    if (values.validUntil) body.validUntil = values.validUntil;
    create.mutate(body);
  };

  return (
    <Modal
      open={open}
      title={t('relations.new')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        create.reset();
        setPurpose(null);
        onClose();
      }}
      width={760}
      destroyOnHidden
    >
      {create.error != null && <ErrorAlert error={create.error} details={create.unplaced} />}
      <Form form={form} name="relation" layout="vertical" preserve={false} initialValues={{ person: { idType: 'resident_id' }, evidenceFileIds: [] }}>
        <PersonFields prefix={['person']} />
        <Space wrap align="start">
          <Form.Item label={t('relations.kind')} name="kind" rules={[{ required: true, message: t('form.required', { field: t('relations.kind') }) }]}>
            <Select
              aria-label={t('relations.kind')}
              style={{ width: 300 }}
              options={kinds.map((k) => ({ value: k, label: RELATION_KIND_LABELS[k][locale] }))}
              onChange={() => form.setFieldsValue({ agreementId: undefined })}
            />
          </Form.Item>
          {showEmploymentType && (
            <Form.Item label={t('relations.employmentType')} name="employmentType" rules={required(needs?.employmentType, t('relations.employmentType'))}>
              <Select aria-label={t('relations.employmentType')} style={{ width: 200 }} options={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: EMPLOYMENT_TYPE_LABELS[e][locale] }))} />
            </Form.Item>
          )}
          {showEmployer && (
            <Form.Item label={employerLabel} name="employerName" rules={required(needs?.employerName, employerLabel)}>
              <Input style={{ width: 260 }} maxLength={100} />
            </Form.Item>
          )}
        </Space>
        {needed && (
          <Form.Item
            label={t('relations.agreement')}
            name="agreementId"
            rules={[{ required: true, message: t('form.required', { field: t('relations.agreement') }) }]}
            extra={agreementOptions.length === 0 ? t('relations.noAgreement', { kind: t(`agreementKind.${needed}`) }) : undefined}
          >
            <Select aria-label={t('relations.agreement')} style={{ width: 420 }} options={agreementOptions} notFoundContent={t('relations.noAgreement', { kind: t(`agreementKind.${needed}`) })} />
          </Form.Item>
        )}
        <Space wrap align="start">
          {showGraduation && (
            <Form.Item label={t('relations.graduationDate')} name="graduationDate" rules={required(needs?.graduationDate, t('relations.graduationDate'))}>
              <Input type="date" />
            </Form.Item>
          )}
          <Form.Item label={t('relations.validFrom')} name="validFrom" rules={[{ required: true, message: t('form.required', { field: t('relations.validFrom') }) }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item label={t('relations.validUntil')} name="validUntil" extra={t('relations.validUntilHint')}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label={t('evidence.purpose')} htmlFor="relation-proof">
            <Select
              id="relation-proof"
              aria-label={t('evidence.purpose')}
              style={{ width: 280 }}
              value={proof}
              onChange={(v: InstitutionEvidencePurpose) => setPurpose(v)}
              options={RELATION_PROOFS.map((p) => ({ value: p, label: EVIDENCE_PURPOSE_LABELS[p][locale] }))}
            />
          </Form.Item>
          <Form.Item label={t('evidence.label')} name="evidenceFileIds" extra={t('relations.evidenceHint')}>
            <EvidenceField files={files} onUploaded={(f) => setFiles((m) => new Map(m).set(f.id, f))} upload={(file) => uploadEvidence({ institutionId }, file, proof)} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
