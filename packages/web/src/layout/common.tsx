import type { MouseEvent, ReactNode } from 'react';
import { Alert, Button, Result, Spin, Tag, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';

/** One colour per meaning across the app (docs/ux.md "Conventions"). */
export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'orange',
  approved: 'green',
  rejected: 'red',
  suspended: 'gold',
  expired: 'default',
  terminated: 'red',
  superseded: 'default',
  filed: 'processing',
  acknowledged: 'green',
  cancelled: 'default',
  closed: 'default',
  pending: 'processing',
  ineligible: 'orange',
  direct_pending: 'purple',
  admitted: 'green',
  withdrawn: 'default',
  running: 'processing',
  completed: 'green',
  failed: 'red',
  scheduled: 'blue',
  in_progress: 'processing',
  ended: 'default',
  signed_off: 'green',
  awaiting_scores: 'default',
  ready: 'processing',
  publicity: 'processing',
  objections_open: 'orange',
  final: 'green',
  accepted: 'green',
  open: 'orange',
  answered: 'green',
};

export function StatusTag({
  status,
  namespace = 'status',
}: {
  status: string;
  namespace?: 'status' | 'planStatus' | 'registrationStatus' | 'importStatus' | 'sessionStatus' | 'results.stage' | 'results.objectionStatus' | 'results.submissionStatus' | 'nationalExport.status';
}) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`${namespace}.${status}`)}</Tag>;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ display: 'flex', justifyContent: 'center', padding: '64px 0' }}>
      <Spin description={t('common.loading')} />
    </div>
  );
}

/** The server's own words for a failure (with the field messages no field of the form shows), plus what to do next. */
export function ErrorAlert({ error, onRetry, details = [] }: { error: unknown; onRetry?: () => void; details?: string[] }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.detail : t('common.errorTitle');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={details.length ? details.join('；') : error instanceof ApiError && error.status < 500 ? undefined : t('common.errorHint')}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * A link that looks like a button: a real <a href> (so it opens in a new tab and reads as a link)
 * that navigates inside the app on a plain click.
 */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <Button {...props} href={to} onClick={onClick} />;
}

export function Forbidden({ home }: { home: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.text')}
      extra={
        <Button type="primary" onClick={() => navigate(home)}>
          {t('forbidden.back')}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 16, gap: 12, flexWrap: 'wrap' }}>
      <h1 style={{ fontSize: 20, margin: 0 }}>{children}</h1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div>
    </div>
  );
}

/** Short values (names, dates, codes) that should not break across lines in a narrow column. */
export function Nowrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.length === 10 ? iso : new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
}
