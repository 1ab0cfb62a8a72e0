import { Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Public services: the ones built link to their pages; the rest say plainly that they come later. */
const SERVICES: Array<{ key: string; path?: string }> = [
  { key: 'directory', path: '/portal/institutions' },
  { key: 'occupations', path: '/portal/occupations' },
  { key: 'districts', path: '/portal/districts' },
  { key: 'register', path: '/portal/register' },
  { key: 'publicity', path: '/portal/results' },
  { key: 'appointments', path: '/portal/appointments' },
  { key: 'certificate' },
  { key: 'inspections', path: '/portal/inspections' },
  { key: 'assessments' },
  { key: 'draws', path: '/portal/draws' },
  { key: 'complaints' },
  { key: 'notices' },
];

export default function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 8 }}>
        {t('brand.subtitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.loginHint')}</Typography.Paragraph>
      <Typography.Title level={4}>{t('portal.services')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {SERVICES.map((service) => (
          <Col xs={24} sm={12} md={8} key={service.key}>
            {service.path ? (
              <Link to={service.path}>
                <Card hoverable title={t(`portal.${service.key}`)}>
                  {t('portal.open')} →
                </Card>
              </Link>
            ) : (
              <Card title={t(`portal.${service.key}`)} style={{ opacity: 0.7 }}>
                <Tag>{t('portal.comingLater')}</Tag>
              </Card>
            )}
          </Col>
        ))}
      </Row>
    </>
  );
}
