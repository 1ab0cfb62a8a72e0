import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { ApiError, call } from '../../api/client.ts';
import { LanguageButton } from '../../layout/language.tsx';
import { homeOf } from '../../layout/WorkspaceLayout.tsx';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await call(endpoints.login, { body: values });
      const me = await call(endpoints.me);
      client.setQueryData(['me'], me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(me), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : t('common.errorTitle'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Link to="/">
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('brand.name')}
              </Typography.Title>
            </Link>
            <LanguageButton />
          </div>
          <Typography.Text type="secondary">{t('brand.subtitle')}</Typography.Text>
          {error && <Alert type="error" showIcon title={error} role="alert" />}
          <Form layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
          <Link to="/portal/register">{t('portal.register')}</Link>
        </Space>
      </Card>
    </div>
  );
}
