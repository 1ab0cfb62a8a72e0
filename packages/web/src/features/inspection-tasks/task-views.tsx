import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrawTaskStatus } from '@jiping/domain';

/** One colour per meaning, as elsewhere: draft and cancelled grey, published blue, drawn green. */
const COLORS: Record<DrawTaskStatus, string> = { draft: 'default', committed: 'processing', drawn: 'green', cancelled: 'default' };

export function TaskStatusTag({ status }: { status: DrawTaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`inspectionTasks.status.${status}`)}</Tag>;
}

/** A SHA-256 in full, breakable on a phone and copyable. */
export function Digest({ value }: { value: string | null }) {
  if (!value) return <>—</>;
  return <code style={{ wordBreak: 'break-all', fontSize: 12 }}>{value}</code>;
}
