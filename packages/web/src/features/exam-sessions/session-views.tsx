import { useTranslation } from 'react-i18next';
import type { ExamSessionView } from '@jiping/contracts';
import { formatDateTime } from '../../layout/common.tsx';

/** `2026-04-01 09:00–11:00` in Shanghai time. */
export function sessionTime(session: Pick<ExamSessionView, 'startsAt' | 'endsAt'>): string {
  const start = formatDateTime(session.startsAt);
  const end = formatDateTime(session.endsAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}

export function ComponentName({ component }: { component: string }) {
  const { t } = useTranslation();
  return <>{t(`component.${component}`)}</>;
}

/** An instant from a Shanghai date and time, as the API takes it. */
export const shanghaiInstant = (date: string, time: string) => `${date}T${time}:00+08:00`;
