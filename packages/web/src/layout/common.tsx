import type { ReactNode } from 'react';
import { Alert, Button, Result, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client.ts';

/** One colour per meaning across the app (UX.md conventions). */
export const STATUS_COLORS: Record<string, string> = {
  draft: 'default', submitted: 'processing', returned: 'orange', approved: 'green', rejected: 'red',
  suspended: 'gold', expired: 'default', terminated: 'red', superseded: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`status.${status}`)}</Tag>;
}

export function Loading() {
  const { t } = useTranslation();
  return <Spin tip={t('common.loading')} style={{ display: 'block', margin: '48px auto' }}><div style={{ height: 48 }} /></Spin>;
}

/** The server's own words for a failure, plus what to do next. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.detail : t('common.errorTitle');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={message}
      description={error instanceof ApiError && error.status < 500 ? undefined : t('common.errorHint')}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

export function Forbidden({ home }: { home: string }) {
  const { t } = useTranslation();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.text')} extra={<Link to={home}><Button type="primary">{t('forbidden.back')}</Button></Link>} />;
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 16, gap: 12, flexWrap: 'wrap' }}>
      <h1 style={{ fontSize: 20, margin: 0 }}>{children}</h1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div>
    </div>
  );
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.length === 10 ? iso : new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
}
