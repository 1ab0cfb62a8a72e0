import { Button, Empty, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FollowUpFileView } from '@jiping/contracts';
import { ApiError } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { formatDateTime, STATUS_COLORS } from '../../layout/common.tsx';

/** The status of an order or a request, with 逾期 beside it while it is overdue. */
export function FollowUpStatus({ kind, status, overdue }: { kind: 'rectificationStatus' | 'documentRequestStatus'; status: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`followUp.${kind}.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('followUp.overdue')}</Tag>}
    </Space>
  );
}

/** The history of an order or a request: each step, who took it and when, and the text written then. */
export function FollowUpTimeline({ entries }: { entries: ReadonlyArray<{ at: string; actorName: string; action: string; text: string }> }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={entries.map((e) => ({
        color: e.action.endsWith('overdue') || e.action.endsWith('reopened') ? 'red' : e.action.endsWith('accepted') || e.action.endsWith('closed') ? 'green' : 'blue',
        children: (
          <>
            <Typography.Text strong>{t(`followUp.actions.${e.action.replace('.', '_')}`, { defaultValue: e.action })}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTime(e.at)} · {e.actorName}
            </Typography.Text>
            {e.text && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{e.text}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The files of an order or a request, each a download link (every download is audited by the server). */
export function FollowUpFiles({ files, href }: { files: readonly FollowUpFileView[]; href: (file: FollowUpFileView) => string }) {
  const { t } = useTranslation();
  if (!files.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUp.noFiles')} />;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {files.map((file) => (
        <a key={file.id} href={href(file)} style={{ wordBreak: 'break-all' }}>
          <PaperClipOutlined aria-hidden /> {file.fileName} <Typography.Text type="secondary">({sizeOf(file.size)})</Typography.Text>
        </a>
      ))}
    </Space>
  );
}

/** One upload button (large enough for a thumb): each chosen file is sent at once, the server's refusal shown under it. */
export function FollowUpUpload({ send, accept, hint, onUploaded }: { send: (file: File) => Promise<FollowUpFileView>; accept: string; hint: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const upload = useFormMutation({
    mutationFn: send,
    success: (file) => t('followUp.uploaded', { name: file.fileName }),
    onSuccess: onUploaded,
  });
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Upload
        accept={accept}
        showUploadList={false}
        disabled={upload.isPending}
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button size="large" icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
          {t('followUp.upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      {upload.error != null && (
        <Typography.Text type="danger" role="alert">
          {upload.error instanceof ApiError ? upload.error.detail : t('common.errorTitle')}
        </Typography.Text>
      )}
    </Space>
  );
}

export const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};
