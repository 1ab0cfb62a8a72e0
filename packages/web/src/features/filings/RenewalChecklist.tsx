import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RenewalChecklist as Checklist } from '@jiping/contracts';

/**
 * The conditions of a renewal beside the application (docs/domain.md "Renewal preconditions"):
 * each met or not, in the server's words with its figures, so the district reviews with them and
 * the institution sees what still stands in the way before it submits.
 */
export function RenewalChecklist({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <Card title={t('renewalChecklist.title')} style={{ marginBottom: 16 }}>
      <Alert type={checklist.met ? 'success' : 'warning'} showIcon style={{ marginBottom: 12 }} message={checklist.met ? t('renewalChecklist.allMet') : t('renewalChecklist.notMet')} />
      <List
        size="small"
        dataSource={checklist.conditions}
        renderItem={(c) => (
          <List.Item>
            <Space align="start">
              {c.met ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden /> : <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />}
              <Space orientation="vertical" size={0}>
                <Space wrap>
                  <Typography.Text strong>{t(`renewalChecklist.conditions.${c.condition}`)}</Typography.Text>
                  <Tag color={c.met ? 'green' : 'red'}>{c.met ? t('renewalChecklist.met') : t('renewalChecklist.unmet')}</Tag>
                </Space>
                <Typography.Text type="secondary">{c.text}</Typography.Text>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
