import { Alert, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LABELS, RISK_CLASSES, RISK_CLASS_LABELS, SHANGHAI_DISTRICTS, DEFAULT_RISK_RATIOS, type Locale } from '@jiping/domain';
import { endpoints, type InspectionTaskBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading } from '../../layout/common.tsx';

type Values = z.input<typeof InspectionTaskBody>;

/**
 * The draft form, to create a task or change a draft: item, scope (empty = all, within the
 * department's), ratios per risk class with their ranges, inspectors per target, the pool, the
 * witnesses and the public source named in advance. The server's field errors land on the fields.
 */
export function TaskForm({ open, task, onClose, onSaved }: { open: boolean; task?: InspectionTaskDetail; onClose: () => void; onSaved: (task: InspectionTaskDetail) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<Values>();
  const options = useQuery({ queryKey: ['inspection-task-options'], queryFn: () => call(endpoints.inspectionTaskOptions, {}), enabled: open });
  const save = useFormMutation({
    form,
    mutationFn: (values: Values) =>
      task ? call(endpoints.updateInspectionTask, { params: { id: task.id }, body: { ...values, version: task.version } }) : call(endpoints.createInspectionTask, { body: values }),
    success: (saved) => (task ? t('inspectionTasks.saved') : t('inspectionTasks.created', { number: saved.number })),
    invalidate: [['inspection-tasks']],
    onSuccess: (saved) => onSaved(saved),
  });
  const o = options.data;
  const districts = SHANGHAI_DISTRICTS.filter((d) => !o?.districtCodes || o.districtCodes.includes(d.code)).map((d) => ({ value: d.code, label: locale === 'zh-CN' ? d.nameZh : d.nameEn }));
  const initial: Values = task
    ? {
        title: task.title,
        inspectionItemId: task.item.id,
        scope: task.scope,
        ratios: task.ratios,
        inspectorsPerTarget: task.inspectorsPerTarget,
        pool: task.pool,
        excludeLocalDistrict: task.excludeLocalDistrict,
        witnesses: task.witnesses,
        publicSource: task.publicSource,
      }
    : { title: '', inspectionItemId: '', ratios: DEFAULT_RISK_RATIOS, inspectorsPerTarget: 2, excludeLocalDistrict: false, witnesses: [], publicSource: null };
  return (
    <Modal
      open={open}
      width={760}
      title={task ? t('inspectionTasks.edit') : t('inspectionTasks.create')}
      okText={task ? t('inspectionTasks.edit') : t('inspectionTasks.create')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {options.isLoading && <Loading />}
      {options.error != null && <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />}
      {o && (
        <Form<Values> form={form} layout="vertical" name="inspection-task" initialValues={initial} onFinish={(values) => save.mutate({ ...values, publicSource: values.publicSource || null })}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('inspectionTasks.departmentNote', { department: o.departmentName })} />
          {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
          <Form.Item name="title" label={t('inspectionTasks.title')} rules={[{ required: true, message: t('login.required', { field: t('inspectionTasks.title') }) }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="inspectionItemId" label={t('inspectionTasks.item')} rules={[{ required: true, message: t('login.required', { field: t('inspectionTasks.item') }) }]}>
            <Select options={o.items.map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))} />
          </Form.Item>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('inspectionTasks.scope')}</legend>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name={['scope', 'districtCodes']} label={t('inspectionTasks.districts')}>
                  <Select mode="multiple" allowClear placeholder={t('inspectionTasks.all')} options={districts} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['scope', 'categories']} label={t('inspectionTasks.categories')}>
                  <Select
                    mode="multiple"
                    allowClear
                    placeholder={t('inspectionTasks.all')}
                    options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: INSTITUTION_CATEGORY_LABELS[c][locale] }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['scope', 'occupationCodes']} label={t('inspectionTasks.occupations')}>
                  <Select mode="tags" allowClear placeholder={t('inspectionTasks.all')} options={(o.occupationCodes ?? []).map((c) => ({ value: c, label: c }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['scope', 'riskClasses']} label={t('inspectionTasks.riskClasses')}>
                  <Select mode="multiple" allowClear placeholder={t('inspectionTasks.all')} options={RISK_CLASSES.map((c) => ({ value: c, label: RISK_CLASS_LABELS[c][locale] }))} />
                </Form.Item>
              </Col>
            </Row>
          </fieldset>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('inspectionTasks.ratios')}</legend>
            <Row gutter={12}>
              {RISK_CLASSES.map((c) => (
                <Col xs={12} md={6} key={c}>
                  <Form.Item name={['ratios', c]} label={RISK_CLASS_LABELS[c][locale]} extra={t('inspectionTasks.ratioHint', o.ratioRanges[c])}>
                    <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </fieldset>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="inspectorsPerTarget" label={t('inspectionTasks.perTarget')}>
                <InputNumber min={2} max={5} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="excludeLocalDistrict" valuePropName="checked" label=" ">
                <Checkbox>{t('inspectionTasks.excludeLocal')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('inspectionTasks.pool')}</legend>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name={['pool', 'departmentKinds']} label={t('inspectionTasks.departmentKinds')}>
                  <Select mode="multiple" allowClear placeholder={t('inspectionTasks.all')} options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`inspectionTasks.kinds.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['pool', 'districtCodes']} label={t('inspectionTasks.poolDistricts')}>
                  <Select
                    mode="multiple"
                    allowClear
                    placeholder={t('inspectionTasks.all')}
                    options={SHANGHAI_DISTRICTS.map((d) => ({ value: d.code, label: locale === 'zh-CN' ? d.nameZh : d.nameEn }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['pool', 'fields']} label={t('inspectionTasks.fields')}>
                  <Select mode="multiple" allowClear placeholder={t('inspectionTasks.all')} options={o.inspectorFields.map((f) => ({ value: f, label: f }))} />
                </Form.Item>
              </Col>
            </Row>
          </fieldset>
          <Form.Item name="witnesses" label={t('inspectionTasks.witnesses')} rules={[{ required: true, type: 'array', min: 2, message: t('inspectionTasks.witnesses') }]}>
            <Select mode="tags" open={false} placeholder={t('inspectionTasks.witnessPlaceholder')} tokenSeparators={[',', '，', '、']} />
          </Form.Item>
          <Form.Item name="publicSource" label={t('inspectionTasks.publicSource')} extra={t('inspectionTasks.publicSourceHint')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
