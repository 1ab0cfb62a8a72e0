import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import { Alert, Button, Card, Space, Table, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { OccupationTable, useOccupations } from '../portal/OccupationsPage.tsx';
import { CatalogueImportResult, downloads, endpoints, type Occupation } from '@jiping/contracts';
import { EligibilityDrawer } from './EligibilityDrawer.tsx';

type ImportResult = z.output<typeof CatalogueImportResult>;

/** The refused import's rows as a CSV file the browser keeps while the report is shown. */
function useReportHref(result: ImportResult | null, headers: string[]): string | null {
  const [row, column, message] = headers;
  const href = useMemo(() => {
    if (!result || result.ok) return null;
    const quote = (v: string | number | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
    const lines = [[row, column, message], ...result.errors.map((e) => [e.row, e.column, e.message])];
    return URL.createObjectURL(new Blob([`\uFEFF${lines.map((r) => r.map(quote).join(',')).join('\r\n')}`], { type: 'text/csv;charset=utf-8' }));
  }, [result, row, column, message]);
  useEffect(
    () => () => {
      if (href) URL.revokeObjectURL(href);
    },
    [href],
  );
  return href;
}

/** Catalogue administration: template, import with a row-by-row report, export. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const occupations = useOccupations();
  const [editing, setEditing] = useState<Occupation | null>(null);
  // A refused import is an answer too: its report (422) is shown like a result, row by row.
  const upload = useFormMutation({
    mutationFn: async (file: File): Promise<ImportResult> => {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        return await call(endpoints.importCatalogue, { form });
      } catch (e) {
        const report = e instanceof ApiError && e.status === 422 ? CatalogueImportResult.safeParse(e.body) : null;
        if (report?.success) return report.data;
        throw e;
      }
    },
    invalidate: [['occupations']],
  });
  const result = upload.isPending ? null : (upload.data ?? null);
  const busy = upload.isPending;
  const reportHref = useReportHref(result, [t('catalogue.row'), t('catalogue.column'), t('catalogue.message')]);
  return (
    <>
      <PageTitle
        extra={
          <>
            <Button href={hrefOf(downloads.catalogueTemplate)}>{t('catalogue.template')}</Button>
            <Button href={hrefOf(downloads.catalogueExport, {}, { format: 'xlsx' })}>{t('catalogue.exportXlsx')}</Button>
            <Button href={hrefOf(downloads.catalogueExport, {}, { format: 'csv' })}>{t('catalogue.exportCsv')}</Button>
          </>
        }
      >
        {t('catalogue.title')}
      </PageTitle>
      <Card title={t('catalogue.import')} style={{ marginBottom: 16 }}>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button type="primary" loading={busy}>
            {busy ? t('catalogue.uploading') : t('catalogue.chooseFile')}
          </Button>
        </Upload>
        {upload.error != null && (
          <div style={{ marginTop: 16 }}>
            <ErrorAlert error={upload.error} />
          </div>
        )}
        {result?.ok && <Alert style={{ marginTop: 16 }} role="alert" type="success" showIcon title={t('catalogue.importOk', { occupations: result.occupations, ...result.withdrawn })} />}
        {result && !result.ok && (
          <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t('catalogue.importFailed', { count: result.errors.length })}
              action={
                reportHref && (
                  <Button size="small" href={reportHref} download="import-errors.csv">
                    {t('catalogue.downloadReport')}
                  </Button>
                )
              }
            />
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column}`}
              pagination={false}
              dataSource={result.errors}
              columns={[
                { title: t('catalogue.row'), dataIndex: 'row' },
                { title: t('catalogue.column'), dataIndex: 'column' },
                { title: t('catalogue.message'), dataIndex: 'message' },
              ]}
            />
          </Space>
        )}
      </Card>
      <OccupationTable
        loading={occupations.isLoading}
        occupations={occupations.data ?? []}
        action={{
          title: t('common.actions'),
          render: (o) => (
            <Button size="small" onClick={() => setEditing(o)}>
              {t('eligibilityForm.button')}
            </Button>
          ),
        }}
      />
      <EligibilityDrawer occupation={editing} onClose={() => setEditing(null)} />
    </>
  );
}
