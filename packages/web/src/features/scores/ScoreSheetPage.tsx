import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints, type ScoreSheetRow } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { scoreTemplateHref, useScoreSheet } from '../../api/scores.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, LinkButton, Loading, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { sessionTime } from '../exam-sessions/session-views.tsx';
import { ScoreCorrectionsTable } from './ScoreCorrectionsTable.tsx';
import { ScoreImportDialog } from './ScoreImportDialog.tsx';
import { ScoreInput } from './ScoreInput.tsx';
import { presentCount, ScoreResult, useSessionTitle } from './score-views.tsx';

/**
 * One session's candidates by seat with their scores. A scorer types their own score; the
 * component's score, whether it passed and the spread warning appear once every scorer has
 * scored. The institution imports the score sheet, signs the session off and asks for
 * corrections of locked scores, which another administrator decides. Buttons come from the
 * server's allowed actions.
 */
export default function ScoreSheetPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const sheet = useScoreSheet(id);
  const title = useSessionTitle();
  const [importing, setImporting] = useState(false);
  const [correcting, setCorrecting] = useState<ScoreSheetRow | null>(null);
  const signOff = useFormMutation({
    mutationFn: (version: number) => call(endpoints.signOffSession, { params: { id: id! }, body: { version } }),
    invalidate: [['score-sheet', id], ['scoring-sessions'], ['score-corrections']],
    success: t('scores.signedOff'),
  });
  if (sheet.isLoading) return <Loading />;
  if (sheet.error || !sheet.data) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const { session: s, rules, scorers, rows } = sheet.data;
  const theory = s.component === 'theory';
  const canEnter = s.allowedActions.includes('enter');
  const base = workspace === 'institution' ? 'scores' : 'scoring';
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['score-sheet', id] });
    await client.invalidateQueries({ queryKey: ['scoring-sessions'] });
    await client.invalidateQueries({ queryKey: ['score-corrections'] });
  };
  const confirmSignOff = () =>
    modal.confirm({
      title: t('scores.signOffConfirm'),
      okText: t('scores.signOff'),
      cancelText: t('common.cancel'),
      onOk: () => signOff.mutateAsync(s.version).catch(() => undefined),
    });

  return (
    <>
      <PageTitle
        extra={
          <>
            <LinkButton to={`/${workspace}/${base}`}>{t('scores.back')}</LinkButton>
            {s.allowedActions.includes('import') && (
              <>
                <Button icon={<DownloadOutlined aria-hidden />} href={scoreTemplateHref(s.id)} download>
                  {t('scores.template')}
                </Button>
                <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                  {t('scores.import')}
                </Button>
              </>
            )}
            {s.allowedActions.includes('signOff') && (
              <Button type="primary" onClick={confirmSignOff}>
                {t('scores.signOff')}
              </Button>
            )}
          </>
        }
      >
        {title(s)}
      </PageTitle>
      {signOff.error != null && <ErrorAlert error={signOff.error} />}
      <Descriptions column={{ xs: 1, md: 3 }} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('examSessions.time')}>{sessionTime(s)}</Descriptions.Item>
        <Descriptions.Item label={t('examSessions.room')}>{`${s.siteName} · ${s.room}`}</Descriptions.Item>
        <Descriptions.Item label={t('examSessions.status')}>
          <StatusTag status={s.status} namespace="sessionStatus" />
        </Descriptions.Item>
        <Descriptions.Item label={t('scores.progress')}>{t('scores.progressText', { scored: s.scored, present: presentCount(s) })}</Descriptions.Item>
        <Descriptions.Item label={t('filings.occupation')} span={2}>
          {t('scores.rules', { passMark: rules.passMark, combination: t(`scores.combination.${rules.combination}`), spread: rules.spreadWarning })}
        </Descriptions.Item>
      </Descriptions>
      {!s.recordPresent && s.status === 'ended' && <Alert type="info" showIcon title={t('scores.recordMissing')} style={{ marginBottom: 16 }} />}
      <Table<ScoreSheetRow>
        rowKey="registrationId"
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('scores.seat'), dataIndex: 'seatNumber', width: 64 },
          { title: t('scores.ticket'), dataIndex: 'ticketNumber', render: (v: string) => <Nowrap>{v}</Nowrap> },
          {
            title: t('scores.name'),
            render: (_, r) => (
              <Space size={4}>
                <Nowrap>{r.name}</Nowrap>
                {r.absent && <Tag>{t('scores.absent')}</Tag>}
                {r.pendingCorrectionId && <Tag color="processing">{t('scores.correctionPending')}</Tag>}
              </Space>
            ),
          },
          ...(canEnter
            ? [
                {
                  title: theory ? t('scores.theoryScore') : t('scores.myScore'),
                  render: (_: unknown, r: ScoreSheetRow) =>
                    r.absent ? (
                      '—'
                    ) : (
                      <ScoreInput sessionId={s.id} row={r} current={theory ? (r.result?.score ?? null) : (r.myScore?.score ?? null)} version={theory ? r.result?.version : r.myScore?.version} />
                    ),
                },
              ]
            : []),
          ...(theory
            ? []
            : [
                { title: t('scores.progress'), render: (_: unknown, r: ScoreSheetRow) => <Nowrap>{r.absent ? '—' : t('scores.scoredBy', { count: r.scoredBy, total: scorers.length })}</Nowrap> },
                ...scorers.map((scorer) => ({
                  title: scorer.name,
                  key: scorer.staffId,
                  render: (_: unknown, r: ScoreSheetRow) => {
                    const given = r.examinerScores.find((g) => g.staffId === scorer.staffId);
                    return given ? given.score : <span title={t('scores.hiddenUntilAll')}>—</span>;
                  },
                })),
              ]),
          { title: t('scores.result'), render: (_, r) => <ScoreResult row={r} spreadLimit={rules.spreadWarning} /> },
          ...(s.allowedActions.includes('requestCorrection')
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, r: ScoreSheetRow) =>
                    r.result &&
                    !r.pendingCorrectionId && (
                      <Button size="small" onClick={() => setCorrecting(r)}>
                        {t('scores.requestCorrection')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {workspace === 'institution' && (
        <section aria-labelledby="session-corrections" style={{ marginTop: 32 }}>
          <Typography.Title level={2} id="session-corrections" style={{ fontSize: 16 }}>
            {t('corrections.title')}
          </Typography.Title>
          <ScoreCorrectionsTable query={{ sessionId: s.id }} showInstitution={false} />
        </section>
      )}
      <ScoreImportDialog sessionId={s.id} sessionTitle={title(s)} open={importing} onClose={() => setImporting(false)} />
      <DecisionDialog<'request'>
        open={correcting !== null}
        title={correcting ? t('scores.correctionTitle', { name: correcting.name }) : ''}
        name="score-correction"
        reasonLabel={t('scores.correctionReason')}
        reasonExtra={correcting?.result ? t('scores.correctionHint', { score: correcting.result.score }) : undefined}
        fields={
          <Form.Item label={t('scores.newScore')} name="score" rules={[{ required: true, message: t('form.required', { field: t('scores.newScore') }) }]}>
            <InputNumber step={0.5} style={{ width: 160 }} />
          </Form.Item>
        }
        choices={[{ key: 'request', label: t('common.submit'), primary: true, reasonRequired: t('form.required', { field: t('scores.correctionReason') }), done: t('scores.correctionRequested') }]}
        send={(_, values) => call(endpoints.requestScoreCorrection, { params: { id: s.id, registrationId: correcting!.registrationId }, body: { score: Number(values.score), reason: values.reason } })}
        onClose={() => setCorrecting(null)}
        onDone={() => {
          setCorrecting(null);
          void refresh();
        }}
      />
    </>
  );
}
