import { Button, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useMe } from '../api/me.ts';
import { LanguageButton } from './language.tsx';
import { homeOf } from './WorkspaceLayout.tsx';

/** The public shell: phone-first, one column, no login needed. */
export function PortalLayout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header style={{ background: '#fff', display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16, height: 'auto', lineHeight: 1.4, paddingBlock: 12, flexWrap: 'wrap' }}>
        <Link to="/" style={{ display: 'flex', flexDirection: 'column' }}>
          <Typography.Text strong style={{ fontSize: 20, color: '#1677ff' }}>{t('brand.name')}</Typography.Text>
          <Typography.Text type="secondary">{t('brand.subtitle')}</Typography.Text>
        </Link>
        <Space style={{ marginLeft: 'auto' }} wrap>
          <LanguageButton />
          {me.data ? (
            <Link to={homeOf(me.data)}><Button type="primary">{t(`workspace.${me.data.workspaces[0]?.workspace ?? 'candidate'}`)}</Button></Link>
          ) : (
            <Link to="/login"><Button type="primary">{t('common.login')}</Button></Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{t('brand.footer')}</Layout.Footer>
    </Layout>
  );
}
