import { useEffect, useState } from 'react';
import { Button, Modal, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { scoreImportReports, scoreTemplateHref, useScoreImport } from '../../api/scores.ts';
import { ErrorAlert } from '../../layout/common.tsx';
import { ImportProgress, newIdempotencyKey } from '../registrations/ImportDialog.tsx';

/**
 * 导入成绩表: the session's template → the filled file → progress → the result, every wrong row
 * listed with its column, the full report downloadable. All or nothing: one wrong row and no
 * score is written.
 */
export function ScoreImportDialog({ sessionId, sessionTitle, open, onClose }: { sessionId: string; sessionTitle: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<{ file: File; key: string } | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const view = useScoreImport(open ? importId : null);
  const finished = Boolean(view.data && view.data.status !== 'running');
  // When the server is done, the session's scores have changed.
  useEffect(() => {
    if (!finished) return;
    void client.invalidateQueries({ queryKey: ['score-sheet', sessionId] });
    void client.invalidateQueries({ queryKey: ['scoring-sessions'] });
  }, [finished, client, sessionId]);
  const reset = () => {
    setImportId(null);
    setChosen(null);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const upload = async () => {
    if (!chosen) return;
    setError(null);
    setBusy(true);
    try {
      const form = new FormData();
      form.append('file', chosen.file, chosen.file.name);
      const created = await call(endpoints.startScoreImport, { params: { id: sessionId }, form, headers: { 'Idempotency-Key': chosen.key } });
      client.setQueryData(['score-import', created.id], created);
      setImportId(created.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const footer = importId
    ? [
        finished && (
          <Button key="again" onClick={reset}>
            {t('scoreImports.again')}
          </Button>
        ),
        <Button key="close" type="primary" onClick={close}>
          {t('scoreImports.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="upload" type="primary" icon={<UploadOutlined aria-hidden />} disabled={!chosen} loading={busy} onClick={() => void upload()}>
          {t('scoreImports.upload')}
        </Button>,
      ];
  return (
    <Modal open={open} title={t('scoreImports.title', { session: sessionTitle })} onCancel={close} footer={footer} width={720} destroyOnHidden>
      {error !== null && <ErrorAlert error={error} />}
      {!importId ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>{t('scoreImports.step1')}</Typography.Text>
            <div>
              <a href={scoreTemplateHref(sessionId)} download>
                <DownloadOutlined aria-hidden /> {t('scores.template')}
              </a>
            </div>
          </div>
          <div>
            <Typography.Text strong>{t('scoreImports.step2')}</Typography.Text>
            <div>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                maxCount={1}
                beforeUpload={(file) => {
                  setChosen({ file, key: newIdempotencyKey() });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />}>{t('scoreImports.choose')}</Button>
              </Upload>
              {chosen && (
                <div role="status" style={{ marginTop: 8 }}>
                  {t('scoreImports.chosen', { name: chosen.file.name })}
                </div>
              )}
            </div>
            <Typography.Text type="secondary">{t('scoreImports.hint')}</Typography.Text>
          </div>
        </Space>
      ) : (
        <ImportProgress view={view.data} loading={view.isLoading} error={view.error} ns="scoreImports" reports={view.data ? scoreImportReports(view.data) : null} />
      )}
    </Modal>
  );
}
