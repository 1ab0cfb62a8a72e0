import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Descriptions, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportRowError, RegistrationImportView } from '@jiping/contracts';
import { useFormMutation } from '../api/use-form-mutation.ts';
import { ErrorAlert, StatusTag } from './common.tsx';

/** A v4 UUID, also where `crypto.randomUUID` is unavailable (plain-http intranet hosts). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Mode = RegistrationImportView['mode'];
type Namespace = 'imports' | 'scoreImports';

/**
 * Every spreadsheet import of the app (docs/ux.md "Bulk import"): the steps before the file (a
 * template, a mode), the file, upload with an `Idempotency-Key` made once per chosen file (a
 * retried or double-clicked upload starts one import, not two), then the import's progress and
 * result. The import runs on the server: the dialog may be closed and the result read later.
 * What is said of the result comes from the namespace given (`runningHint`, `completed`,
 * `rejected`); the rest is the same for every import (`imports.*`).
 */
export function ImportModal<V extends ImportProgressView>({
  open,
  title,
  ns,
  steps,
  chooseLabel,
  importId,
  onImportId,
  view,
  start,
  reports,
  onClose,
}: {
  open: boolean;
  title: string;
  ns: Namespace;
  /** What comes before choosing the file. */
  steps: ReactNode;
  chooseLabel: string;
  importId: string | null;
  onImportId: (id: string | null) => void;
  view: { data?: V; isLoading: boolean; error: unknown };
  /** Starts the import with the chosen file and its key; answers the import. */
  start: (file: File, key: string) => Promise<V>;
  reports: (view: V) => { xlsx: string; csv: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ file: File; key: string } | null>(null);
  const upload = useFormMutation({
    mutationFn: ({ file, key }: { file: File; key: string }) => start(file, key),
    onSuccess: (created) => onImportId(created.id),
  });
  const { reset } = upload;
  const finished = Boolean(view.data && view.data.status !== 'running');

  useEffect(() => {
    if (!open) return;
    setChosen(null);
    reset();
  }, [open, reset]);

  const again = () => {
    onImportId(null);
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
    <Modal open={open} title={title} onCancel={onClose} footer={footer} width={720} destroyOnHidden>
      {upload.error != null && <ErrorAlert error={upload.error} />}
      {!importId ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {steps}
          <div>
            <Typography.Text strong>{chooseLabel}</Typography.Text>
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
        <ImportProgress view={view.data} loading={view.isLoading} error={view.error} ns={ns} reports={view.data ? reports(view.data) : null} />
      )}
    </Modal>
  );
}

/** What the progress of any import shows: its file, counts, status and first errors (score imports have no mode). */
export type ImportProgressView = Omit<RegistrationImportView, 'mode' | 'planId'> & { mode?: Mode };

/** An import's progress and result, with the full error report's downloads. */
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
  ns: Namespace;
  reports: { xlsx: string; csv: string } | null;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!view) return loading ? <Progress percent={0} status="active" aria-label={t('imports.progress')} /> : null;
  const running = view.status === 'running';
  const percent = view.totalRows > 0 ? Math.round((view.processedRows / view.totalRows) * 100) : running ? 0 : 100;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('imports.file')}>{view.fileName}</Descriptions.Item>
        {view.mode && <Descriptions.Item label={t('imports.mode')}>{view.mode === 'all_or_nothing' ? t('imports.allOrNothing') : t('imports.validRows')}</Descriptions.Item>}
        <Descriptions.Item label={t('imports.status')}>
          <StatusTag status={view.status} namespace="importStatus" />
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Progress percent={percent} status={running ? 'active' : view.status === 'completed' ? 'success' : 'exception'} aria-label={t('imports.progress')} />
        <Typography.Text type="secondary">{t('imports.processed', { processed: view.processedRows, total: view.totalRows })}</Typography.Text>
      </div>
      {running && <Alert type="info" showIcon title={t(`${ns}.runningHint`)} />}
      {view.status === 'completed' && (
        <Alert role="alert" type={view.errorRows ? 'warning' : 'success'} showIcon title={t(`${ns}.completed`, { accepted: view.acceptedRows, errors: view.errorRows })} />
      )}
      {view.status === 'rejected' && <Alert role="alert" type="error" showIcon title={t(`${ns}.rejected`, { errors: view.errorRows })} />}
      {view.status === 'failed' && <Alert role="alert" type="error" showIcon title={t('imports.failed')} description={view.message ?? undefined} />}
      {view.message && view.status !== 'failed' && <Typography.Text>{view.message}</Typography.Text>}
      {view.errorRows > 0 && !running && reports && (
        <Space wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={reports.xlsx} download>
            {t('imports.reportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined aria-hidden />} href={reports.csv} download>
            {t('imports.reportCsv')}
          </Button>
          {view.errorRows > view.errors.length && <Typography.Text type="secondary">{t('imports.reportShown', { shown: view.errors.length, total: view.errorRows })}</Typography.Text>}
        </Space>
      )}
      {view.errors.length > 0 && (
        <Table<ImportRowError & { key: number }>
          size="small"
          dataSource={view.errors.map((e, key) => ({ ...e, key }))}
          pagination={view.errors.length > 20 ? { pageSize: 20 } : false}
          title={() => t('imports.errors')}
          columns={[
            { title: t('imports.row'), dataIndex: 'row', width: 80 },
            { title: t('imports.column'), dataIndex: 'column', width: 160 },
            { title: t('imports.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
