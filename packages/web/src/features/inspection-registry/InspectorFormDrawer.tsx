import { useState } from 'react';
import { Button, Drawer, Form, Input, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, type DepartmentKind, type Locale } from '@jiping/domain';
import { endpoints, type InspectorSummary } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { districtLabel, useDistricts } from '../../api/reference.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert } from '../../layout/common.tsx';

interface InspectorForm {
  name: string;
  certificateNumber: string;
  field: string;
  departmentKind: DepartmentKind;
  districtCode?: string | null;
  industry?: string | null;
  username?: string | null;
}

/**
 * Adds or edits an inspector. The department decides which of district and industry is asked; the
 * account picker searches, on the server, the inspector accounts no entry names yet. The server
 * refuses a duplicate certificate number or a department the officer does not keep, under the field.
 */
export function InspectorFormDrawer({ inspector, onClose }: { inspector: InspectorSummary | 'new' | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<InspectorForm>();
  const districts = useDistricts();
  const existing = inspector && inspector !== 'new' ? inspector : null;
  const kind = Form.useWatch('departmentKind', form);
  const [accountSearch, setAccountSearch] = useState('');
  const accounts = useQuery({
    queryKey: ['inspector-accounts', accountSearch],
    enabled: inspector !== null,
    queryFn: () => call(endpoints.inspectorAccounts, { query: accountSearch ? { q: accountSearch } : {} }),
  });
  const save = useFormMutation({
    form,
    mutationFn: (values: InspectorForm) => {
      const body = {
        name: values.name,
        certificateNumber: values.certificateNumber,
        field: values.field,
        departmentKind: values.departmentKind,
        districtCode: values.departmentKind === 'district' ? (values.districtCode ?? null) : null,
        industry: values.departmentKind === 'industry' ? (values.industry ?? null) : null,
        username: values.username || null,
      };
      return existing ? call(endpoints.updateInspector, { params: { id: existing.id }, body: { ...body, version: existing.version } }) : call(endpoints.createInspector, { body });
    },
    success: t('inspectionRegistry.inspector.saved'),
    invalidate: [['inspectors'], ['inspector'], ['inspector-accounts']],
    onSuccess: onClose,
  });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  const accountOptions = [
    ...(existing?.account ? [{ value: existing.account.username, label: `${existing.account.displayName}（${existing.account.username}）` }] : []),
    ...(accounts.data?.items ?? []).map((a) => ({ value: a.username, label: `${a.displayName}（${a.username}）` })),
  ];
  return (
    <Drawer
      open={inspector !== null}
      title={t(existing ? 'inspectionRegistry.inspector.editTitle' : 'inspectionRegistry.inspector.addTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            void form.validateFields().then(
              (values) => save.mutate(values),
              () => undefined,
            )
          }
        >
          {t('common.save')}
        </Button>
      }
    >
      {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
      <Form
        form={form}
        name="inspector"
        layout="vertical"
        preserve={false}
        initialValues={existing ? { ...existing, username: existing.account?.username ?? null } : { departmentKind: 'district', districtCode: null, industry: null, username: null }}
      >
        <Form.Item label={t('inspectionRegistry.inspector.name')} name="name" rules={required(t('inspectionRegistry.inspector.name'))}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.inspector.certificateNumber')} name="certificateNumber" rules={required(t('inspectionRegistry.inspector.certificateNumber'))}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.inspector.field')} name="field" rules={required(t('inspectionRegistry.inspector.field'))}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.inspector.departmentKind')} name="departmentKind" rules={[{ required: true }]}>
          <Radio.Group options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`inspectionRegistry.inspector.departmentKinds.${k}`) }))} />
        </Form.Item>
        {kind === 'district' && (
          <Form.Item
            label={t('inspectionRegistry.inspector.district')}
            name="districtCode"
            rules={[{ required: true, message: t('form.required', { field: t('inspectionRegistry.inspector.district') }) }]}
          >
            <Select showSearch optionFilterProp="label" loading={districts.isLoading} options={(districts.data ?? []).map((d) => ({ value: d.code, label: districtLabel(d, locale) }))} />
          </Form.Item>
        )}
        {kind === 'industry' && (
          <Form.Item label={t('inspectionRegistry.inspector.industry')} name="industry" rules={required(t('inspectionRegistry.inspector.industry'))}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Form.Item label={t('inspectionRegistry.inspector.account')} name="username" extra={t('inspectionRegistry.inspector.accountHint')}>
          <Select allowClear showSearch filterOption={false} onSearch={setAccountSearch} loading={accounts.isFetching} options={accountOptions} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
