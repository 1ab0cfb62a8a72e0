import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ID_TYPES } from '@jiping/domain';
import type { endpoints } from '@jiping/contracts';
import type { BodyOf } from '../../api/client.ts';

/**
 * 证件类型 · 证件号码 · 姓名, plus what a non-resident document does not carry (性别, 出生日期).
 * `prefix` nests the fields (e.g. `person` in a relation), so server errors such as
 * `person.idNumber` land on the right field.
 */
export function PersonFields({ prefix = [], withPhone = false }: { prefix?: string[]; withPhone?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const idType = Form.useWatch([...prefix, 'idType'], form) as string | undefined;
  const name = (field: string) => [...prefix, field];
  const other = idType !== undefined && idType !== 'resident_id';
  return (
    <>
      <Space wrap align="start">
        <Form.Item label={t('person.idType')} name={name('idType')} rules={[{ required: true, message: t('form.required', { field: t('person.idType') }) }]}>
          <Select aria-label={t('person.idType')} style={{ width: 240 }} options={ID_TYPES.map((type) => ({ value: type, label: t(`idType.${type}`) }))} />
        </Form.Item>
        <Form.Item label={t('person.idNumber')} name={name('idNumber')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('person.idNumber') }) }]}>
          <Input style={{ width: 240 }} autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label={t('person.name')} name={name('name')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('person.name') }) }]}>
          <Input style={{ width: 160 }} maxLength={50} />
        </Form.Item>
      </Space>
      {other && (
        <Space wrap align="start">
          <Form.Item label={t('person.gender')} name={name('gender')}>
            <Select aria-label={t('person.gender')} allowClear style={{ width: 120 }} options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
          </Form.Item>
          <Form.Item label={t('person.birthDate')} name={name('birthDate')} rules={[{ required: true, message: t('form.required', { field: t('person.birthDate') }) }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
      )}
      {withPhone && (
        <Form.Item label={t('person.phone')} name={name('phone')} rules={[{ pattern: /^1\d{10}$/, message: t('person.phoneFormat') }]}>
          <Input style={{ width: 200 }} inputMode="numeric" maxLength={11} />
        </Form.Item>
      )}
    </>
  );
}

/** The request body for a person: optional fields left empty are not sent. */
type PersonBody = BodyOf<typeof endpoints.registerPerson>;

/** The person fields as the form holds them. */
export interface PersonFormValues {
  idType: PersonBody['idType'];
  idNumber: string;
  name: string;
  gender?: PersonBody['gender'];
  birthDate?: string;
  phone?: string;
}

export function personBody(values: PersonFormValues): PersonBody {
  const body: PersonBody = { idType: values.idType, idNumber: values.idNumber.trim(), name: values.name.trim() };
  if (values.idType !== 'resident_id') {
    if (values.gender) body.gender = values.gender;
    if (values.birthDate) body.birthDate = values.birthDate;
  }
  if (values.phone?.trim()) body.phone = values.phone.trim();
  return body;
}
