import { Card, Col, Descriptions, List, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router-dom';
import { ROLE_LABELS, type Locale } from '@jiping/domain';
import type { Me } from '@jiping/contracts';
import { api } from '../../api/client.ts';
import { formatDateTime } from '../../layout/common.tsx';

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const locale = i18n.language as Locale;
  const menus = me.workspaces.find((w) => w.workspace === workspace)?.menus ?? [];
  const institutionsMenu = menus.find((m) => m.key === 'institutions');
  const count = useQuery({
    queryKey: ['institutions', 'count'],
    enabled: Boolean(institutionsMenu),
    queryFn: () => api<{ items: unknown[]; nextCursor: string | null }>('/api/v1/institutions?limit=200'),
  });
  const notifications = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api<Array<{ id: string; title: string; body: string; createdAt: string }>>('/api/v1/notifications'),
  });
  return (
    <>
      <Typography.Title level={3}>{t('dashboard.greeting', { name: me.user.displayName })}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('dashboard.grants')}>
            {me.grants.map((grant, index) => (
              <Descriptions key={index} column={1} size="small" style={{ marginBottom: 8 }}>
                <Descriptions.Item label={t('dashboard.role')}>{ROLE_LABELS[grant.role][locale]}</Descriptions.Item>
                {grant.districtName && <Descriptions.Item label={t('dashboard.district')}>{grant.districtName}</Descriptions.Item>}
                {grant.institutionName && <Descriptions.Item label={t('dashboard.institution')}>{grant.institutionName}</Descriptions.Item>}
                {grant.occupationCodes.length > 0 && <Descriptions.Item label={t('dashboard.occupations')}>{grant.occupationCodes.join('、')}</Descriptions.Item>}
              </Descriptions>
            ))}
          </Card>
        </Col>
        {institutionsMenu && (
          <Col xs={24} lg={8}>
            <Card>
              <Link to={institutionsMenu.path}>
                <Statistic title={t('dashboard.institutionsInScope')} value={count.data?.items.length ?? '—'} loading={count.isLoading} />
              </Link>
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card title={t('dashboard.notifications')}>
            <List
              loading={notifications.isLoading}
              locale={{ emptyText: t('dashboard.noNotifications') }}
              dataSource={notifications.data ?? []}
              renderItem={(n) => <List.Item><List.Item.Meta title={n.title} description={<>{n.body}<br />{formatDateTime(n.createdAt)}</>} /></List.Item>}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
