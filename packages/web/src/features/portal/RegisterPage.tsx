import { endpoints } from '@jiping/contracts';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LABELS, ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS, type Locale } from '@jiping/domain';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, LinkButton } from '../../layout/common.tsx';
import { useDistricts } from './DistrictsPage.tsx';

/** Self-registration of a legal person, its institution and first administrator. */
export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<BodyOf<typeof endpoints.registerOrganization>>();
  const districts = useDistricts();
  const register = useFormMutation({ form, mutationFn: (body: BodyOf<typeof endpoints.registerOrganization>) => call(endpoints.registerOrganization, { body }) });
  if (register.isSuccess)
    return (
      <Alert
        type="success"
        showIcon
        role="alert"
        title={t('register.done')}
        action={
          <LinkButton to="/login" type="primary">
            {t('common.login')}
          </LinkButton>
        }
      />
    );
  const field = (name: string[], label: string, node = <Input />) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('login.required', { field: label }) }]}>
      {node}
    </Form.Item>
  );
  return (
    <>
      <Typography.Title level={3}>{t('register.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('register.intro')}</Typography.Paragraph>
      {register.error != null && <ErrorAlert error={register.error} details={register.unplaced} />}
      <Form form={form} layout="vertical" onFinish={(values) => register.mutate(values)} style={{ maxWidth: 640 }}>
        <Card title={t('register.organization')} style={{ marginBottom: 16 }}>
          {field(['organization', 'creditCode'], t('register.creditCode'), <Input maxLength={18} />)}
          {field(['organization', 'name'], t('register.orgName'))}
          {field(
            ['organization', 'kind'],
            t('register.kind'),
            <Select aria-label={t('register.kind')} options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: ORGANIZATION_KIND_LABELS[k][locale] }))} />,
          )}
          {field(
            ['organization', 'districtCode'],
            t('register.district'),
            <Select aria-label={t('register.district')} options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.nameZh }))} />,
          )}
          {field(['organization', 'address'], t('register.address'))}
          {field(['organization', 'legalRepresentative'], t('register.legalRepresentative'))}
          {field(['organization', 'contactName'], t('register.contactName'))}
          {field(['organization', 'contactPhone'], t('register.contactPhone'))}
        </Card>
        <Card title={t('register.institution')} style={{ marginBottom: 16 }}>
          {field(['institution', 'name'], t('register.institutionName'))}
          {field(
            ['institution', 'category'],
            t('register.category'),
            <Select aria-label={t('register.category')} options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: INSTITUTION_CATEGORY_LABELS[c][locale] }))} />,
          )}
        </Card>
        <Card title={t('register.admin')} style={{ marginBottom: 16 }}>
          {field(['admin', 'username'], t('register.username'))}
          {field(['admin', 'displayName'], t('register.displayName'))}
          {field(['admin', 'password'], t('register.password'), <Input.Password />)}
        </Card>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </Form>
    </>
  );
}
