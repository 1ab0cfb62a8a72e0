import { useState } from 'react';
import { Alert, Button, Card, Col, Form, InputNumber, List, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_SUSPENSION_MONTHS, SANCTION_KINDS, type SanctionKind } from '@jiping/domain';
import { endpoints, type InstitutionSupervisionRecord } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, StatusTag } from '../../layout/common.tsx';

/**
 * An institution's standing under supervision: open and overdue orders (overdue ones count against
 * it), its filing, the sanctions decided; the competent bureau decides a new one here.
 */
export function SupervisionRecordCard({ institutionId, onClear }: { institutionId: string; onClear?: () => void }) {
  const { t } = useTranslation();
  const record = useQuery({ queryKey: ['supervision-record', institutionId], queryFn: () => call(endpoints.institutionSupervisionRecord, { params: { id: institutionId } }) });
  const [deciding, setDeciding] = useState(false);
  if (record.isLoading) return <Loading />;
  if (record.error || !record.data) return <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={`${r.institutionName} · ${t('rectifications.record')}`}
      extra={
        <Space wrap>
          {r.canSanction && (
            <Button danger onClick={() => setDeciding(true)}>
              {t('rectifications.sanction')}
            </Button>
          )}
          {onClear && <Button onClick={onClear}>{t('followUp.clearInstitution')}</Button>}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8}>
          <Statistic title={t('rectifications.openCount')} value={r.openRectifications} />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('rectifications.overdueCount')} value={r.overdueRectifications} valueStyle={r.overdueRectifications ? { color: '#cf1322' } : undefined} />
        </Col>
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">{t('rectifications.filing')}</Typography.Text>
          <div>
            {r.filing ? (
              <Space wrap>
                {r.filing.filingNumber ?? '—'}
                <StatusTag status={r.filing.status} />
              </Space>
            ) : (
              '—'
            )}
          </div>
        </Col>
      </Row>
      {r.overdueRectifications > 0 && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('rectifications.overdueHint')} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('rectifications.sanctions')}
      </Typography.Title>
      <List
        size="small"
        dataSource={r.sanctions}
        locale={{ emptyText: t('rectifications.noSanctions') }}
        renderItem={(s) => (
          <List.Item>
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={s.kind === 'interview' ? 'gold' : 'red'}>{t(`followUp.sanctionKind.${s.kind}`)}</Tag>
                {s.months != null && <span>{t('rectifications.monthsValue', { months: s.months })}</span>}
                {s.endsOn && <Typography.Text type="secondary">{t('rectifications.endsOn', { date: s.endsOn })}</Typography.Text>}
                <Typography.Text type="secondary">
                  {formatDateTime(s.decidedAt)}
                  {s.decidedByName ? ` · ${s.decidedByName}` : ''}
                  {s.inspectionNumber ? ` · ${s.inspectionNumber}` : ''}
                </Typography.Text>
              </Space>
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{s.reason}</Typography.Paragraph>
            </Space>
          </List.Item>
        )}
      />
      <SanctionDialog open={deciding} record={r} onClose={() => setDeciding(false)} />
    </Card>
  );
}

function SanctionDialog({ open, record, onClose }: { open: boolean; record: InstitutionSupervisionRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<SanctionKind>('interview');
  return (
    <DecisionDialog
      open={open}
      title={t('rectifications.sanctionTitle', { name: record.institutionName })}
      name="sanction"
      reasonLabel={t('rectifications.sanctionReason')}
      reasonMaxLength={2000}
      reasonExtra={t('rectifications.sanctionHint')}
      fields={
        <>
          <Form.Item label={t('rectifications.sanctionKind')} name="kind" initialValue="interview" rules={[{ required: true }]}>
            <Select onChange={(v: SanctionKind) => setKind(v)} options={SANCTION_KINDS.map((k) => ({ value: k, label: t(`followUp.sanctionKind.${k}`) }))} />
          </Form.Item>
          {kind === 'suspension' && (
            <Form.Item label={t('rectifications.months')} name="months" rules={[{ required: true, type: 'integer', min: 1, max: MAX_SUSPENSION_MONTHS, message: t('rectifications.monthsRequired') }]}>
              <InputNumber min={1} max={MAX_SUSPENSION_MONTHS} precision={0} style={{ width: 120 }} />
            </Form.Item>
          )}
        </>
      }
      choices={[{ key: 'decide' as const, label: t('rectifications.sanction'), danger: true, reasonRequired: t('followUp.reasonRequired'), done: t('rectifications.sanctionDone') }]}
      send={(_, values) =>
        call(endpoints.decideSanction, {
          params: { id: record.institutionId },
          body: { kind: values.kind as SanctionKind, months: values.kind === 'suspension' ? (values.months as number) : undefined, reason: values.reason },
        })
      }
      onClose={() => {
        setKind('interview');
        onClose();
      }}
      onDone={() => {
        setKind('interview');
        onClose();
        void client.invalidateQueries({ queryKey: ['supervision-record', record.institutionId] });
        void client.invalidateQueries({ queryKey: ['filings'] });
      }}
    />
  );
}
