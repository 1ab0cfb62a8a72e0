import { useEffect } from 'react';
import { Button, Drawer, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type Occupation, type OccupationEligibilityView as View } from '@jiping/contracts';
import { STANDARD_VERSIONS } from '@jiping/domain';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert, Loading } from '../../layout/common.tsx';

interface LevelValue {
  override: boolean;
  paths: string;
}
interface Values {
  standardVersion: View['standardVersion'];
  relatedOccupationCodes: string[];
  relatedMajors: string[];
  levels: Record<string, LevelValue>;
}

function toValues(view: View, levels: number[]): Values {
  return {
    standardVersion: view.standardVersion,
    relatedOccupationCodes: view.relatedOccupationCodes,
    relatedMajors: view.relatedMajors,
    levels: Object.fromEntries(levels.map((level) => [String(level), { override: view.overriddenLevels.includes(level), paths: JSON.stringify(view.ruleSet.levels[String(level)] ?? [], null, 2) }])),
  };
}

/**
 * The server names fields down to one path's predicate (`levels.4.0.all.1.years`); the form has one
 * box per level, so each message on a level lands on its box (and one on a list's item, on the list).
 */
function levelBox(name: (string | number)[]): (string | number)[] {
  return name[0] === 'levels' && name[1] !== undefined ? ['levels', name[1], 'paths'] : name;
}

/** The city's settings of one occupation's eligibility: template, related occupations and majors, levels it sets itself. */
export function EligibilityDrawer({ occupation, onClose }: { occupation: Occupation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const code = occupation?.code ?? null;
  const eligibility = useQuery({
    queryKey: ['occupation-eligibility', code],
    enabled: code !== null,
    queryFn: () => call(endpoints.occupationEligibility, { params: { code: code! } }),
  });
  const occupations = useOccupations().data ?? [];
  const levels = occupation?.levels ?? [];
  const overrides = Form.useWatch('levels', form);
  const save = useFormMutation({
    form,
    fieldName: levelBox,
    mutationFn: (body: BodyOf<typeof endpoints.setOccupationEligibility>) => call(endpoints.setOccupationEligibility, { params: { code: code! }, body }),
    success: t('eligibilityForm.saved'),
    onSuccess: (saved) => {
      client.setQueryData(['occupation-eligibility', code], saved);
      onClose();
    },
  });

  useEffect(() => {
    if (eligibility.data && occupation) form.setFieldsValue(toValues(eligibility.data, occupation.levels));
  }, [eligibility.data, occupation, form]);

  const submit = async () => {
    if (!eligibility.data || !code) return;
    const values = await form.validateFields();
    save.reset();
    const chosen: Record<string, unknown> = {};
    const unreadable: Array<{ name: ['levels', string, 'paths']; errors: string[] }> = [];
    for (const [level, value] of Object.entries(values.levels ?? {})) {
      if (!value.override) continue;
      try {
        chosen[level] = JSON.parse(value.paths);
      } catch {
        unreadable.push({ name: ['levels', level, 'paths'], errors: [t('eligibilityForm.badJson')] });
      }
    }
    if (unreadable.length) {
      form.setFields(unreadable);
      return;
    }
    save.mutate({
      version: eligibility.data.version,
      standardVersion: values.standardVersion,
      relatedOccupationCodes: values.relatedOccupationCodes ?? [],
      relatedMajors: values.relatedMajors ?? [],
      levels: Object.keys(chosen).length ? chosen : null,
    });
  };

  return (
    <Drawer
      open={occupation !== null}
      onClose={onClose}
      size="large"
      destroyOnHidden
      title={occupation ? t('eligibilityForm.title', { code: occupation.code, name: occupation.nameZh }) : ''}
      extra={
        <Button type="primary" loading={save.isPending} disabled={!eligibility.data} onClick={() => void submit().catch(() => undefined)}>
          {t('common.save')}
        </Button>
      }
    >
      {eligibility.error ? (
        <ErrorAlert error={eligibility.error} onRetry={() => void eligibility.refetch()} />
      ) : !eligibility.data ? (
        <Loading />
      ) : (
        <Form form={form} layout="vertical" name="eligibility">
          <Typography.Paragraph type="secondary">{t('eligibilityForm.intro')}</Typography.Paragraph>
          {save.error != null && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={save.error} details={save.unplaced} />
            </div>
          )}
          <Form.Item name="standardVersion" label={t('eligibilityForm.standardVersion')} rules={[{ required: true }]}>
            <Select options={STANDARD_VERSIONS.map((v) => ({ value: v, label: t(`eligibilityForm.standard.${v}`) }))} />
          </Form.Item>
          <Form.Item name="relatedOccupationCodes" label={t('eligibilityForm.relatedOccupations')} extra={t('eligibilityForm.relatedOccupationsHint')}>
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              optionFilterProp="label"
              options={occupations.filter((o) => o.code !== code).map((o) => ({ value: o.code, label: `${o.code} ${o.nameZh}` }))}
            />
          </Form.Item>
          <Form.Item name="relatedMajors" label={t('eligibilityForm.relatedMajors')} extra={t('eligibilityForm.relatedMajorsHint')}>
            <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
          </Form.Item>
          <Typography.Title level={5}>{t('eligibilityForm.levels')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('eligibilityForm.levelsHint')}</Typography.Paragraph>
          {levels.map((level) => (
            <Space key={level} orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
              <Form.Item name={['levels', String(level), 'override']} valuePropName="checked" label={t('eligibilityForm.override', { level: t(`level.${level}`) })} style={{ marginBottom: 4 }}>
                <Switch />
              </Form.Item>
              <Form.Item name={['levels', String(level), 'paths']} label={t('eligibilityForm.paths', { level: t(`level.${level}`) })}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} spellCheck={false} readOnly={!overrides?.[String(level)]?.override} style={{ fontFamily: 'monospace', fontSize: 12 }} />
              </Form.Item>
            </Space>
          ))}
        </Form>
      )}
    </Drawer>
  );
}
