import { Button, Layout, Menu, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ROLE_LABELS, type Locale, type Workspace } from '@jiping/domain';
import type { Me } from '@jiping/contracts';
import { api } from '../api/client.ts';
import { useMe } from '../api/me.ts';
import { ErrorAlert, Forbidden, Loading } from './common.tsx';
import { LanguageButton, useUserLocale } from './language.tsx';

export function homeOf(me: Me): string {
  return me.workspaces[0]?.menus[0]?.path ?? '/';
}

/**
 * The signed-in shell. Menus are exactly what the server sent for this workspace; a path outside
 * them (or a workspace the user does not hold) shows 无权访问 rather than a page.
 */
export function WorkspaceLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  useUserLocale();
  const { workspace } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  if (me.isLoading) return <Loading />;
  if (me.error) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const view = me.data.workspaces.find((w) => w.workspace === workspace);
  const menus = view?.menus ?? [];
  // The longest menu path that prefixes the URL: detail pages belong to their list's menu.
  const active = [...menus].sort((a, b) => b.path.length - a.path.length).find((m) => location.pathname === m.path || location.pathname.startsWith(`${m.path}/`));
  const allowed = Boolean(view && active && (active.key !== 'dashboard' || location.pathname === active.path));
  const locale = i18n.language as Locale;
  const logout = async () => {
    await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
    client.clear();
    navigate('/login', { replace: true });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 24 }}>
        <Typography.Text strong style={{ fontSize: 18, color: '#1677ff' }}>{t('brand.name')}</Typography.Text>
        <Typography.Text>{workspace ? t(`workspace.${workspace}`) : ''}</Typography.Text>
        {me.data.workspaces.length > 1 && (
          <Select
            aria-label={t('workspace.switch')}
            value={workspace as Workspace}
            style={{ width: 160 }}
            onChange={(next: Workspace) => navigate(me.data!.workspaces.find((w) => w.workspace === next)!.menus[0]!.path)}
            options={me.data.workspaces.map((w) => ({ value: w.workspace, label: t(`workspace.${w.workspace}`) }))}
          />
        )}
        <Space style={{ marginLeft: 'auto' }}>
          <Typography.Text>
            {me.data.user.displayName}
            {me.data.grants[0] ? ` · ${ROLE_LABELS[me.data.grants[0].role][locale]}` : ''}
          </Typography.Text>
          <LanguageButton />
          <Button onClick={() => void logout()}>{t('common.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <Menu
            mode="inline"
            selectedKeys={active ? [active.key] : []}
            items={menus.map((m) => ({ key: m.key, label: t(`menu.${m.key}`), onClick: () => navigate(m.path) }))}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>{allowed ? <Outlet context={me.data} /> : <Forbidden home={homeOf(me.data)} />}</Layout.Content>
      </Layout>
    </Layout>
  );
}
