import { useEffect, useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type Occupation, type OccupationEligibilityView as View } from '@jiping/contracts';
import { STANDARD_VERSIONS } from '@jiping/domain';
import { ApiError, call } from '../../api/client.ts';
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
 * box per level and one select per list, so each message lands on the box it concerns.
 */
type FieldName = ['levels', string, 'paths'] | ['relatedOccupationCodes'] | ['relatedMajors'] | ['standardVersion'];

function fieldOf(serverField: string): FieldName | null {
  const [head, second] = serverField.split('.');
  if (head === 'levels' && second) return ['levels', second, 'paths'];
  if (head === 'relatedOccupationCodes' || head === 'relatedMajors' || head === 'standardVersion') return [head];
  return null;
}

/** The city's settings of one occupation's eligibility: template, related occupations and majors, levels it sets itself. */
export function EligibilityDrawer({ occupation, onClose }: { occupation: Occupation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const code = occupation?.code ?? null;
  const eligibility = useQuery({
    queryKey: ['occupation-eligibility', code],
    enabled: code !== null,
    queryFn: () => call(endpoints.occupationEligibility, { params: { code: code! } }),
  });
  const occupations = useOccupations().data ?? [];
  const levels = occupation?.levels ?? [];
  const overrides = Form.useWatch('levels', form);

  useEffect(() => {
    if (eligibility.data && occupation) form.setFieldsValue(toValues(eligibility.data, occupation.levels));
  }, [eligibility.data, occupation, form]);

  const save = async () => {
    if (!eligibility.data || !code) return;
    const values = await form.validateFields();
    setError(null);
    const chosen: Record<string, unknown> = {};
    const unreadable: Array<{ name: FieldName; errors: string[] }> = [];
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
    setSaving(true);
    try {
      const saved = await call(endpoints.setOccupationEligibility, {
        params: { code: code! },
        body: {
          version: eligibility.data.version,
          standardVersion: values.standardVersion,
          relatedOccupationCodes: values.relatedOccupationCodes ?? [],
          relatedMajors: values.relatedMajors ?? [],
          levels: Object.keys(chosen).length ? chosen : null,
        },
      });
      client.setQueryData(['occupation-eligibility', code], saved);
      void message.success(t('eligibilityForm.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        const byField = new Map<string, { name: FieldName; errors: string[] }>();
        for (const problem of e.errors) {
          const name = fieldOf(problem.field);
          if (!name) continue;
          const key = name.join('.');
          byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), problem.message] });
        }
        form.setFields([...byField.values()]);
      }
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={occupation !== null}
      onClose={onClose}
      size="large"
      destroyOnHidden
      title={occupation ? t('eligibilityForm.title', { code: occupation.code, name: occupation.nameZh }) : ''}
      extra={
        <Button type="primary" loading={saving} disabled={!eligibility.data} onClick={() => void save()}>
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
          {error !== null && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
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
