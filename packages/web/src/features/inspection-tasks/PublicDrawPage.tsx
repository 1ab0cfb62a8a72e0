import { useState } from 'react';
import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { RISK_CLASS_LABELS, verifyDrawRecord, type Locale } from '@jiping/domain';
import { downloads, endpoints } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { ErrorAlert, formatDateTime, Loading } from '../../layout/common.tsx';
import { RecordChecker, VerdictView } from './DrawVerification.tsx';
import { Digest, TaskStatusTag } from './task-views.tsx';

/**
 * A published task on the portal (phone first): what was published before the draw (commitment,
 * digest, witnesses, public source, rules), the files, and once drawn the targets with their
 * inspectors and a button that re-runs the draw in this browser with the domain's
 * `verifyDrawRecord` on the published record.
 */
export default function PublicDrawPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { id } = useParams();
  const task = useQuery({ queryKey: ['public-inspection-task', id], queryFn: () => call(endpoints.publicInspectionTask, { params: { id: id! } }) });
  const [verdict, setVerdict] = useState<ReturnType<typeof verifyDrawRecord> | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (task.isLoading) return <Loading />;
  if (task.error || !task.data) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  const d = task.data;
  const rerun = async () => {
    setRunning(true);
    setFailure(null);
    try {
      const record = await call(endpoints.publicDrawRecord, { params: { id: d.id } });
      // The published record is re-run as fetched: its digest and commitment are checked against what this page showed before.
      const result = verifyDrawRecord(record);
      const sameAsPublished = record.commitment === d.commitment && record.candidatesDigest === d.candidatesDigest;
      setVerdict(sameAsPublished ? result : { ...result, matches: false, checks: result.checks.map((c) => (c.code === 'commitment' || c.code === 'candidatesDigest' ? { ...c, ok: false } : c)) });
    } catch (error) {
      setFailure(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Typography.Paragraph>
        <Link to="/portal/draws">{t('publicDraws.title')}</Link>
      </Typography.Paragraph>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {d.title} <TaskStatusTag status={d.status} />
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('inspectionTasks.number')}>{d.number}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.department')}>{d.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.item')}>{d.itemName}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.committedAt')}>{formatDateTime(d.committedAt)}</Descriptions.Item>
          {d.drawnAt && <Descriptions.Item label={t('inspectionTasks.drawnAt')}>{formatDateTime(d.drawnAt)}</Descriptions.Item>}
          <Descriptions.Item label={t('inspectionTasks.commitment')}>
            <Digest value={d.commitment} />
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.digest')}>
            <Digest value={d.candidatesDigest} />
          </Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.parties')}>{d.partyCount}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.inspectors')}>{d.inspectorCount}</Descriptions.Item>
          <Descriptions.Item label={t('publicDraws.witnessesNamed')}>{d.witnesses.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('publicDraws.publicSourceNamed')}>{d.publicSource ?? t('publicDraws.none')}</Descriptions.Item>
          <Descriptions.Item label={t('inspectionTasks.ratios')}>
            {t('publicDraws.ratiosShown', { ...d.ratios, n: d.inspectorsPerTarget, cross: d.excludeLocalDistrict ? t('publicDraws.cross') : '' })}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          <Button href={hrefOf(downloads.drawCandidates, { id: d.id })}>{t('publicDraws.downloadCandidates')}</Button>
          {d.targets && <Button href={hrefOf(downloads.drawRecordFile, { id: d.id })}>{t('publicDraws.downloadRecord')}</Button>}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('publicDraws.checkDigest')}
        </Typography.Paragraph>
      </Card>
      {!d.targets && d.status !== 'cancelled' && <Alert type="info" showIcon message={t('publicDraws.notDrawn', { source: d.publicSource ? t('publicDraws.sourceSuffix') : '' })} />}
      {d.targets && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Button type="primary" loading={running} onClick={() => void rerun()}>
              {running ? t('publicDraws.rerunning') : t('publicDraws.rerun')}
            </Button>
            {failure != null && <ErrorAlert error={failure} />}
            {verdict && (
              <div style={{ marginTop: 12 }}>
                <VerdictView verdict={verdict} />
              </div>
            )}
          </Card>
          <Card title={`${t('inspectionTasks.result')} · ${t('inspectionTasks.targets', { count: d.targets.length })}`}>
            <List
              dataSource={d.targets}
              pagination={d.targets.length > 50 ? { pageSize: 50, size: 'small' } : false}
              renderItem={(target) => (
                <List.Item>
                  <Space orientation="vertical" size={2}>
                    <span>
                      <Tag>{RISK_CLASS_LABELS[target.riskClass][locale]}</Tag>
                      {target.partyName}
                    </span>
                    <Typography.Text type="secondary">{target.partyCode}</Typography.Text>
                    <span>{target.inspectors.map((i) => `${i.name}（${i.code}）`).join('、')}</span>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
      <RecordChecker />
    </>
  );
}
