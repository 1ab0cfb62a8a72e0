import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { OccupationTable, useOccupations } from '../portal/OccupationsPage.tsx';
import type { Occupation } from '@jiping/contracts';
import { EligibilityDrawer } from './EligibilityDrawer.tsx';

type ImportResult =
  | { ok: true; rows: number; occupations: number; withdrawn: { workTypes: number; levels: number } }
  | { ok: false; rows: number; errors: Array<{ row: number; column: string; message: string }> };

function downloadReport(errors: Array<{ row: number; column: string; message: string }>, headers: string[]) {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const csv = `\uFEFF${[headers, ...errors.map((e) => [e.row, e.column, e.message])].map((r) => r.map(quote).join(',')).join('\r\n')}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'import-errors.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Catalogue administration: template, import with a row-by-row report, export. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const occupations = useOccupations();
  const client = useQueryClient();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<Occupation | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setResult(await api<ImportResult>('/api/v1/catalogue/imports', { method: 'POST', form }));
      await client.invalidateQueries({ queryKey: ['occupations'] });
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) setResult(e.body as ImportResult);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle
        extra={
          <>
            <Button href="/api/v1/catalogue/template.xlsx">{t('catalogue.template')}</Button>
            <Button href="/api/v1/catalogue/export?format=xlsx">{t('catalogue.exportXlsx')}</Button>
            <Button href="/api/v1/catalogue/export?format=csv">{t('catalogue.exportCsv')}</Button>
          </>
        }
      >
        {t('catalogue.title')}
      </PageTitle>
      <Card title={t('catalogue.import')} style={{ marginBottom: 16 }}>
        <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={(file) => { void upload(file); return false; }}>
          <Button type="primary" loading={busy}>{busy ? t('catalogue.uploading') : t('catalogue.chooseFile')}</Button>
        </Upload>
        {error !== null && <div style={{ marginTop: 16 }}><ErrorAlert error={error} /></div>}
        {result?.ok && <Alert style={{ marginTop: 16 }} role="alert" type="success" showIcon title={t('catalogue.importOk', { occupations: result.occupations, ...result.withdrawn })} />}
        {result && !result.ok && (
          <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Alert role="alert" type="error" showIcon title={t('catalogue.importFailed', { count: result.errors.length })}
              action={<Button size="small" onClick={() => downloadReport(result.errors, [t('catalogue.row'), t('catalogue.column'), t('catalogue.message')])}>{t('catalogue.downloadReport')}</Button>} />
            <Table size="small" rowKey={(e) => `${e.row}-${e.column}`} pagination={false} dataSource={result.errors}
              columns={[{ title: t('catalogue.row'), dataIndex: 'row' }, { title: t('catalogue.column'), dataIndex: 'column' }, { title: t('catalogue.message'), dataIndex: 'message' }]} />
          </Space>
        )}
      </Card>
      <OccupationTable
        loading={occupations.isLoading}
        occupations={occupations.data ?? []}
        action={{
          title: t('common.actions'),
          render: (o) => <Button size="small" onClick={() => setEditing(o)}>{t('eligibilityForm.button')}</Button>,
        }}
      />
      <EligibilityDrawer occupation={editing} onClose={() => setEditing(null)} />
    </>
  );
}
