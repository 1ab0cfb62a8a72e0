import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { endpoints } from '@jiping/contracts';
import { call, type BodyOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { LanguageButton } from '../../layout/language.tsx';
import { homeOf } from '../../layout/WorkspaceLayout.tsx';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [form] = Form.useForm<BodyOf<typeof endpoints.login>>();
  const login = useFormMutation({
    form,
    mutationFn: async (body: BodyOf<typeof endpoints.login>) => {
      await call(endpoints.login, { body });
      return call(endpoints.me);
    },
    onSuccess: (me) => {
      client.setQueryData(['me'], me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(me), { replace: true });
    },
  });
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
          {login.error != null && <ErrorAlert error={login.error} details={login.unplaced} />}
          <Form form={form} layout="vertical" onFinish={(values) => login.mutate(values)} requiredMark={false}>
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Link to="/portal/register">{t('portal.register')}</Link>
        </Space>
      </Card>
    </div>
  );
}
