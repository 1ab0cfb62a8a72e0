import { useEffect, useState } from 'react';
import { Radio, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloads, endpoints, type RegistrationImportView } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { IMPORT_TEMPLATE_HREF, importRunning, useRegistrationImport } from '../../api/registrations.ts';
import { ImportModal } from '../../layout/ImportModal.tsx';

type Mode = RegistrationImportView['mode'];

/**
 * 团体报名: template → mode → file → upload → progress → result with the row errors
 * (`ImportModal`); `importId` opens an earlier import's result instead.
 */
export function ImportDialog({ planId, open, importId: shown, onClose }: { planId: string; open: boolean; importId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>('all_or_nothing');
  const [importId, setImportId] = useState<string | null>(shown);
  const view = useRegistrationImport(open ? importId : null);
  const finished = Boolean(view.data && !importRunning(view.data));

  useEffect(() => {
    if (open) setImportId(shown);
  }, [open, shown]);

  // When the server is done, the registrations and the import history have changed.
  useEffect(() => {
    if (!finished) return;
    void client.invalidateQueries({ queryKey: ['plan-registrations', planId] });
    void client.invalidateQueries({ queryKey: ['registration-imports', planId] });
  }, [finished, client, planId]);

  const start = async (file: File, key: string) => {
    const form = new FormData();
    form.append('mode', mode);
    form.append('file', file, file.name);
    const created = await call(endpoints.startImport, { params: { id: planId }, form, headers: { 'Idempotency-Key': key } });
    client.setQueryData(['registration-import', created.id], created);
    void client.invalidateQueries({ queryKey: ['registration-imports', planId] });
    return created;
  };

  return (
    <ImportModal
      open={open}
      title={t('imports.title')}
      ns="imports"
      importId={importId}
      onImportId={setImportId}
      view={view}
      start={start}
      reports={(v) => ({ xlsx: hrefOf(downloads.importErrorsXlsx, { id: v.id }), csv: hrefOf(downloads.importErrorsCsv, { id: v.id }) })}
      onClose={onClose}
      chooseLabel={t('imports.step3')}
      steps={
        <>
          <div>
            <Typography.Text strong>{t('imports.step1')}</Typography.Text>
            <div>
              <a href={IMPORT_TEMPLATE_HREF} download>
                <DownloadOutlined aria-hidden /> {t('imports.template')}
              </a>
            </div>
          </div>
          <div>
            <Typography.Text strong id="import-mode">
              {t('imports.mode')}
            </Typography.Text>
            <div>
              <Radio.Group aria-labelledby="import-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
                <Space orientation="vertical">
                  <Radio value="all_or_nothing">{t('imports.allOrNothing')}</Radio>
                  <Radio value="valid_rows">{t('imports.validRows')}</Radio>
                </Space>
              </Radio.Group>
            </div>
            <Typography.Text type="secondary">{mode === 'all_or_nothing' ? t('imports.allOrNothingHint') : t('imports.validRowsHint')}</Typography.Text>
          </div>
        </>
      }
    />
  );
}
