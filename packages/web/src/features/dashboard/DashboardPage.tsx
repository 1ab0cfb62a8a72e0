import { Card, Col, Descriptions, Empty, List, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router-dom';
import { ROLE_LABELS, type Locale } from '@jiping/domain';
import { endpoints, type GrantView, type Me } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert, formatDateTime } from '../../layout/common.tsx';
import { Workbench } from './Workbench.tsx';

/** One grant in a clerk's words: the role, then the district, institution or occupations it covers. */
function GrantDescription({ grant }: { grant: GrantView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const occupations = useOccupations();
  const nameOf = (code: string) => occupations.data?.find((o) => o.code === code)?.nameZh;
  return (
    <Descriptions column={1} size="small" style={{ marginBottom: 8 }}>
      <Descriptions.Item label={t('dashboard.role')}>{ROLE_LABELS[grant.role][locale]}</Descriptions.Item>
      {grant.districtName && <Descriptions.Item label={t('dashboard.district')}>{grant.districtName}</Descriptions.Item>}
      {grant.institutionName && <Descriptions.Item label={t('dashboard.institution')}>{grant.institutionName}</Descriptions.Item>}
      {grant.occupationCodes.length > 0 && (
        <Descriptions.Item label={t('dashboard.occupations')}>
          {grant.occupationCodes.map((code) => [code, nameOf(code)].filter(Boolean).join(' ')).join(locale === 'zh-CN' ? '、' : ', ')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const current = me.workspaces.find((w) => w.workspace === workspace);
  const menus = current?.menus ?? [];
  const institutionsMenu = menus.find((m) => m.key === 'institutions');
  const institutions = useQuery({
    queryKey: ['institutions', 'in-scope'],
    enabled: Boolean(institutionsMenu),
    queryFn: () => call(endpoints.institutions, { query: { limit: 200 } }),
  });
  const notifications = useQuery({ queryKey: ['notifications'], queryFn: () => call(endpoints.notifications) });
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('dashboard.greeting', { name: me.user.displayName })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24}>{current && <Workbench workspace={current.workspace} />}</Col>
        <Col xs={24} lg={institutionsMenu ? 16 : 24}>
          <Card title={t('dashboard.grants')}>
            {me.grants.map((grant, index) => (
              <GrantDescription key={index} grant={grant} />
            ))}
          </Card>
        </Col>
        {institutionsMenu && (
          <Col xs={24} lg={8}>
            <Card>
              {institutions.error ? (
                <ErrorAlert error={institutions.error} onRetry={() => void institutions.refetch()} />
              ) : (
                <Link to={institutionsMenu.path}>
                  <Statistic
                    title={t('dashboard.institutionsInScope')}
                    value={institutions.data?.items.length ?? 0}
                    suffix={institutions.data?.nextCursor ? '+' : undefined}
                    loading={institutions.isLoading}
                  />
                </Link>
              )}
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card title={t('dashboard.notifications')}>
            {notifications.error ? (
              <ErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />
            ) : (
              <List
                loading={notifications.isLoading}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noNotifications')} /> }}
                dataSource={notifications.data ?? []}
                renderItem={(n) => (
                  <List.Item>
                    <List.Item.Meta
                      title={n.title}
                      description={
                        <>
                          {n.body}
                          <br />
                          {formatDateTime(n.createdAt)}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
