import { useState, type ReactNode } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Select, Space, Typography } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  CrownOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  ToolOutlined,
  DiffOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FormOutlined,
  IdcardOutlined,
  MenuOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  StarOutlined,
  StopOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ROLE_LABELS, WORKSPACE_OF_ROLE, WORKSPACES, type Locale, type MenuKey, type Workspace } from '@jiping/domain';
import { endpoints, type Me } from '@jiping/contracts';
import { call } from '../api/client.ts';
import { useMe } from '../api/me.ts';
import { ErrorAlert, Forbidden, Loading, NotFound } from './common.tsx';
import { LanguageButton } from './language.tsx';

/** Where a signed-in user starts: the first menu of their first workspace, as the server ordered them. */
export function homeOf(me: Me): string {
  return me.workspaces[0]?.menus[0]?.path ?? '/';
}

const MENU_ICONS: Record<MenuKey, ReactNode> = {
  dashboard: <DashboardOutlined aria-hidden />,
  filings: <FileProtectOutlined aria-hidden />,
  plans: <ScheduleOutlined aria-hidden />,
  results: <FileDoneOutlined aria-hidden />,
  certificates: <SafetyCertificateOutlined aria-hidden />,
  'direct-recognition': <TrophyOutlined aria-hidden />,
  people: <SolutionOutlined aria-hidden />,
  staff: <UserSwitchOutlined aria-hidden />,
  'identity-claims': <SafetyCertificateOutlined aria-hidden />,
  institutions: <BankOutlined aria-hidden />,
  catalogue: <BookOutlined aria-hidden />,
  audit: <AuditOutlined aria-hidden />,
  users: <TeamOutlined aria-hidden />,
  'my-profile': <IdcardOutlined aria-hidden />,
  apply: <EditOutlined aria-hidden />,
  'my-registrations': <ProfileOutlined aria-hidden />,
  'my-sessions': <CalendarOutlined aria-hidden />,
  conflicts: <StopOutlined aria-hidden />,
  scoring: <FormOutlined aria-hidden />,
  scores: <CarryOutOutlined aria-hidden />,
  'score-corrections': <DiffOutlined aria-hidden />,
  'national-export': <CloudUploadOutlined aria-hidden />,
  'my-scores': <StarOutlined aria-hidden />,
  'my-certificates': <SafetyCertificateOutlined aria-hidden />,
  appointments: <CrownOutlined aria-hidden />,
  'inspection-tasks': <ExperimentOutlined aria-hidden />,
  inspections: <FileSearchOutlined aria-hidden />,
  rectifications: <ToolOutlined aria-hidden />,
  'document-requests': <FolderOpenOutlined aria-hidden />,
  'inspection-registry': <DatabaseOutlined aria-hidden />,
  profile: <SettingOutlined aria-hidden />,
};

/**
 * The signed-in shell. Menus are exactly what the server sent for this workspace; a path outside
 * them (or a workspace the user does not hold) shows 无权访问 rather than a page.
 */
export function WorkspaceLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { workspace } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!WORKSPACES.some((w) => w === workspace)) return <NotFound />;
  if (me.isLoading) return <Loading />;
  if (me.error) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const data = me.data;
  const view = data.workspaces.find((w) => w.workspace === workspace);
  const menus = view?.menus ?? [];
  // The longest menu path that prefixes the URL: detail pages belong to their list's menu.
  const active = [...menus].sort((a, b) => b.path.length - a.path.length).find((m) => location.pathname === m.path || location.pathname.startsWith(`${m.path}/`));
  const allowed = Boolean(view && active && (active.key !== 'dashboard' || location.pathname === active.path));
  const locale = i18n.language as Locale;
  // The roles that open this workspace, so an examiner who is also a candidate sees the right one.
  const roles = [...new Set(data.grants.filter((g) => WORKSPACE_OF_ROLE[g.role] === workspace).map((g) => ROLE_LABELS[g.role][locale]))];
  const logout = async () => {
    await call(endpoints.logout).catch(() => undefined);
    client.setQueryData(['me'], null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    navigate('/login', { replace: true });
  };
  // Phones get the same menu in a drawer opened from the header; wider screens keep it at the side.
  const narrow = screens.lg === false;
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={active ? [active.key] : []}
      items={menus.map((m) => ({
        key: m.key,
        icon: MENU_ICONS[m.key],
        label: t(`menu.${m.key}`),
        onClick: () => {
          setDrawerOpen(false);
          navigate(m.path);
        },
      }))}
      style={{ borderInlineEnd: 'none' }}
    />
  );
  const title = view ? t(`workspace.${view.workspace}`) : '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          columnGap: 16,
          rowGap: 8,
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          paddingInline: narrow ? 12 : 24,
          paddingBlock: 12,
          flexWrap: 'wrap',
          height: 'auto',
          minHeight: 64,
          lineHeight: 1.5,
        }}
      >
        {narrow && <Button type="text" icon={<MenuOutlined aria-hidden />} aria-label={t('common.menu')} onClick={() => setDrawerOpen(true)} />}
        <Link to={homeOf(data)} style={{ fontSize: 18, fontWeight: 600 }}>
          {t('brand.name')}
        </Link>
        {data.workspaces.length > 1 ? (
          <Select
            aria-label={t('workspace.switch')}
            value={view?.workspace}
            placeholder={t('workspace.switch')}
            virtual={false}
            style={{ minWidth: 150 }}
            onChange={(next: Workspace) => navigate(data.workspaces.find((w) => w.workspace === next)?.menus[0]?.path ?? '/')}
            options={data.workspaces.map((w) => ({ value: w.workspace, label: t(`workspace.${w.workspace}`) }))}
          />
        ) : (
          <Typography.Text strong>{title}</Typography.Text>
        )}
        <Space style={{ marginLeft: 'auto' }} wrap>
          <Typography.Text>
            {data.user.displayName}
            {roles.length > 0 && <Typography.Text type="secondary">{` · ${roles.join(locale === 'zh-CN' ? '、' : ', ')}`}</Typography.Text>}
          </Typography.Text>
          <LanguageButton />
          <Button onClick={() => void logout()}>{t('common.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer placement="left" size={240} title={title} open={drawerOpen} onClose={() => setDrawerOpen(false)} styles={{ body: { padding: 0 } }}>
            <nav aria-label={title}>{menu}</nav>
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light">
            <nav aria-label={title}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>{allowed ? <Outlet context={data} /> : <Forbidden home={view?.menus[0]?.path ?? homeOf(data)} />}</Layout.Content>
      </Layout>
    </Layout>
  );
}
