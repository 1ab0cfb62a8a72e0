import { useState } from 'react';
import { App, Button, Card, Form, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, formErrors } from '../../api/client.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { PersonFields, personBody } from './PersonFields.tsx';

/**
 * A candidate's first step: registering their identity links their account to the one person
 * record with that ID (an institution may already have recorded them).
 */
export function IdentityRegistration() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    setBusy(true);
    try {
      await api('/api/v1/people', { method: 'POST', body: personBody(values) });
      void message.success(t('identity.done'));
      await client.invalidateQueries({ queryKey: ['me'] });
      await client.invalidateQueries({ queryKey: ['people', 'me'] });
      await client.invalidateQueries({ queryKey: ['registrations'] });
    } catch (e) {
      if (e instanceof ApiError) form.setFields(formErrors(e) as never);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('identity.title')}</h2>} style={{ maxWidth: 820 }}>
      <Typography.Paragraph type="secondary">{t('identity.intro')}</Typography.Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <Form form={form} name="identity" layout="vertical" initialValues={{ idType: 'resident_id' }} onFinish={() => void submit()}>
        <PersonFields withPhone />
        <Button type="primary" htmlType="submit" loading={busy}>{t('identity.submit')}</Button>
      </Form>
    </Card>
  );
}
