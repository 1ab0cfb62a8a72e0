import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { scoreImportReports, scoreTemplateHref, useScoreImport } from '../../api/scores.ts';
import { ImportModal } from '../../layout/ImportModal.tsx';

/**
 * 导入成绩表: the session's template → the filled file → progress → the result, every wrong row
 * listed with its column, the full report downloadable (`ImportModal`). All or nothing: one wrong
 * row and no score is written, so there is no mode to choose.
 */
export function ScoreImportDialog({ sessionId, sessionTitle, open, onClose }: { sessionId: string; sessionTitle: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [importId, setImportId] = useState<string | null>(null);
  const view = useScoreImport(open ? importId : null);
  const finished = Boolean(view.data && view.data.status !== 'running');

  // When the server is done, the session's scores have changed.
  useEffect(() => {
    if (!finished) return;
    void client.invalidateQueries({ queryKey: ['score-sheet', sessionId] });
    void client.invalidateQueries({ queryKey: ['scoring-sessions'] });
  }, [finished, client, sessionId]);

  const start = async (file: File, key: string) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const created = await call(endpoints.startScoreImport, { params: { id: sessionId }, form, headers: { 'Idempotency-Key': key } });
    client.setQueryData(['score-import', created.id], created);
    return created;
  };

  return (
    <ImportModal
      open={open}
      title={t('scoreImports.title', { session: sessionTitle })}
      ns="scoreImports"
      importId={importId}
      onImportId={setImportId}
      view={view}
      start={start}
      reports={scoreImportReports}
      onClose={() => {
        setImportId(null);
        onClose();
      }}
      chooseLabel={t('scoreImports.step2')}
      steps={
        <>
          <div>
            <Typography.Text strong>{t('scoreImports.step1')}</Typography.Text>
            <div>
              <a href={scoreTemplateHref(sessionId)} download>
                <DownloadOutlined aria-hidden /> {t('scores.template')}
              </a>
            </div>
          </div>
          <Typography.Text type="secondary">{t('scoreImports.hint')}</Typography.Text>
        </>
      }
    />
  );
}
