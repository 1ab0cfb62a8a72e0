import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Modal, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloads, endpoints, type ImportRowError, type RegistrationImportView } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { IMPORT_TEMPLATE_HREF, importRunning, useRegistrationImport } from '../../api/registrations.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, StatusTag } from '../../layout/common.tsx';

type Mode = RegistrationImportView['mode'];

/** A v4 UUID, also where `crypto.randomUUID` is unavailable (plain-http intranet hosts). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * 团体报名: template → mode → file → upload → progress → result with the row errors. The key is
 * made once per chosen file, so a retried or double-clicked upload starts one import, not two.
 * The import runs on the server: the dialog may be closed and the result read later.
 */
export function ImportDialog({ planId, open, importId: shown, onClose }: { planId: string; open: boolean; importId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>('all_or_nothing');
  const [chosen, setChosen] = useState<{ file: File; key: string } | null>(null);
  const [importId, setImportId] = useState<string | null>(shown);
  const upload = useFormMutation({
    mutationFn: ({ file, key }: { file: File; key: string }) => {
      const form = new FormData();
      form.append('mode', mode);
      form.append('file', file, file.name);
      return call(endpoints.startImport, { params: { id: planId }, form, headers: { 'Idempotency-Key': key } });
    },
    // The progress shows at once; the history catches up without holding it back.
    onSuccess: (created) => {
      client.setQueryData(['registration-import', created.id], created);
      setImportId(created.id);
      void client.invalidateQueries({ queryKey: ['registration-imports', planId] });
    },
  });
  const { reset } = upload;
  const view = useRegistrationImport(open ? importId : null);
  const running = importRunning(view.data);
  const finished = Boolean(view.data && !running);

  useEffect(() => {
    if (!open) return;
    setImportId(shown);
    setChosen(null);
    reset();
  }, [open, shown, reset]);

  // When the server is done, the registrations and the import history have changed.
  useEffect(() => {
    if (!finished) return;
    void client.invalidateQueries({ queryKey: ['plan-registrations', planId] });
    void client.invalidateQueries({ queryKey: ['registration-imports', planId] });
  }, [finished, client, planId]);

  const again = () => {
    setImportId(null);
    setChosen(null);
    reset();
  };

  const footer = importId
    ? [
        finished && (
          <Button key="again" onClick={again}>
            {t('imports.again')}
          </Button>
        ),
        <Button key="close" type="primary" onClick={onClose}>
          {t('imports.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="upload" type="primary" icon={<UploadOutlined aria-hidden />} disabled={!chosen} loading={upload.isPending} onClick={() => chosen && upload.mutate(chosen)}>
          {t('imports.upload')}
        </Button>,
      ];

  return (
    <Modal open={open} title={t('imports.title')} onCancel={onClose} footer={footer} width={720} destroyOnHidden>
      {upload.error != null && <ErrorAlert error={upload.error} />}
      {!importId ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
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
          <div>
            <Typography.Text strong>{t('imports.step3')}</Typography.Text>
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
                <Button icon={<UploadOutlined aria-hidden />}>{t('imports.choose')}</Button>
              </Upload>
              {chosen && (
                <div role="status" style={{ marginTop: 8 }}>
                  {t('imports.chosen', { name: chosen.file.name })}
                </div>
              )}
            </div>
          </div>
        </Space>
      ) : (
        <ImportProgress
          view={view.data}
          loading={view.isLoading}
          error={view.error}
          ns="imports"
          reports={view.data ? { xlsx: hrefOf(downloads.importErrorsXlsx, { id: view.data.id }), csv: hrefOf(downloads.importErrorsCsv, { id: view.data.id }) } : null}
        />
      )}
    </Modal>
  );
}

/** What the progress of any import shows: its file, counts, status and first errors (score imports have no mode). */
export type ImportProgressView = Omit<RegistrationImportView, 'mode' | 'planId'> & { mode?: Mode };

/**
 * An import's progress and result, worded from the namespace given (`imports`, `scoreImports`:
 * the same keys), with the full error report's downloads.
 */
export function ImportProgress({
  view,
  loading,
  error,
  ns,
  reports,
}: {
  view: ImportProgressView | undefined;
  loading: boolean;
  error: unknown;
  ns: 'imports' | 'scoreImports';
  reports: { xlsx: string; csv: string } | null;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!view) return loading ? <Progress percent={0} status="active" aria-label={t(`${ns}.progress`)} /> : null;
  const running = view.status === 'running';
  const percent = view.totalRows > 0 ? Math.round((view.processedRows / view.totalRows) * 100) : running ? 0 : 100;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t(`${ns}.file`)}>{view.fileName}</Descriptions.Item>
        {view.mode && <Descriptions.Item label={t('imports.mode')}>{view.mode === 'all_or_nothing' ? t('imports.allOrNothing') : t('imports.validRows')}</Descriptions.Item>}
        <Descriptions.Item label={t(`${ns}.status`)}>
          <StatusTag status={view.status} namespace="importStatus" />
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Progress percent={percent} status={running ? 'active' : view.status === 'completed' ? 'success' : 'exception'} aria-label={t(`${ns}.progress`)} />
        <Typography.Text type="secondary">{t(`${ns}.processed`, { processed: view.processedRows, total: view.totalRows })}</Typography.Text>
      </div>
      {running && <Alert type="info" showIcon title={t(`${ns}.runningHint`)} />}
      {view.status === 'completed' && (
        <Alert role="alert" type={view.errorRows ? 'warning' : 'success'} showIcon title={t(`${ns}.completed`, { accepted: view.acceptedRows, errors: view.errorRows })} />
      )}
      {view.status === 'rejected' && <Alert role="alert" type="error" showIcon title={t(`${ns}.rejected`, { errors: view.errorRows })} />}
      {view.status === 'failed' && <Alert role="alert" type="error" showIcon title={t(`${ns}.failed`)} description={view.message ?? undefined} />}
      {view.message && view.status !== 'failed' && <Typography.Text>{view.message}</Typography.Text>}
      {view.errorRows > 0 && !running && reports && (
        <Space wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={reports.xlsx} download>
            {t(`${ns}.reportXlsx`)}
          </Button>
          <Button icon={<DownloadOutlined aria-hidden />} href={reports.csv} download>
            {t(`${ns}.reportCsv`)}
          </Button>
          {view.errorRows > view.errors.length && <Typography.Text type="secondary">{t(`${ns}.reportShown`, { shown: view.errors.length, total: view.errorRows })}</Typography.Text>}
        </Space>
      )}
      {view.errors.length > 0 && (
        <Table<ImportRowError & { key: number }>
          size="small"
          dataSource={view.errors.map((e, key) => ({ ...e, key }))}
          pagination={view.errors.length > 20 ? { pageSize: 20 } : false}
          title={() => t(`${ns}.errors`)}
          columns={[
            { title: t(`${ns}.row`), dataIndex: 'row', width: 80 },
            { title: t(`${ns}.column`), dataIndex: 'column', width: 160 },
            { title: t(`${ns}.message`), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
