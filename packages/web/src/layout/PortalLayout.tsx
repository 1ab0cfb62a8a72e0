import { Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useMe } from '../api/me.ts';
import { LinkButton } from './common.tsx';
import { LanguageButton } from './language.tsx';
import { homeOf } from './WorkspaceLayout.tsx';

/** The public shell: phone-first, one column, no login needed. */
export function PortalLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const home = me.data?.workspaces[0];
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        style={{
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: 16,
          height: 'auto',
          lineHeight: 1.4,
          paddingBlock: 12,
          flexWrap: 'wrap',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Link to="/" style={{ display: 'flex', flexDirection: 'column' }}>
          <Typography.Text strong style={{ fontSize: 22, color: '#1677ff' }}>
            {t('brand.name')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('brand.subtitle')}</Typography.Text>
        </Link>
        <Space style={{ marginLeft: 'auto' }} wrap>
          <LanguageButton />
          {me.data && home ? (
            <LinkButton to={homeOf(me.data)} type="primary">
              {t(`workspace.${home.workspace}`)}
            </LinkButton>
          ) : (
            <LinkButton to="/login" type="primary">
              {t('common.login')}
            </LinkButton>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1100, width: '100%', margin: '0 auto', fontSize: 16 }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{t('brand.footer')}</Layout.Footer>
    </Layout>
  );
}
