import { Button, Space, Tag, Typography, Upload } from 'antd';
import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '@jiping/contracts';
import { ApiError } from '../../api/client.ts';
import { evidenceHref } from '../../api/people.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg';
const MAX_FILES = 10;

/** Links to the evidence files a record cites, by the names the server sends with it (a number where a name is missing). */
export function EvidenceLinks({ files }: { files: ReadonlyArray<Pick<EvidenceFileView, 'id' | 'fileName'>> }) {
  const { t } = useTranslation();
  if (!files.length) return <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>;
  return (
    <Space size={[8, 4]} wrap>
      {files.map(({ id, fileName }, index) => (
        <a key={id} href={evidenceHref(id)} target="_blank" rel="noreferrer" style={{ whiteSpace: 'nowrap' }}>
          <PaperClipOutlined aria-hidden /> {fileName || t('evidence.numbered', { n: index + 1 })}
        </a>
      ))}
    </Space>
  );
}

/**
 * The evidence of one entry as a form control: its value is the list of file ids the entry
 * points at. Uploading adds the new file's id; the entry is saved with the rest of the form.
 */
export function EvidenceField({
  value,
  onChange,
  upload,
  files,
  onUploaded,
  label,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  upload: (file: File) => Promise<EvidenceFileView>;
  files?: ReadonlyMap<string, EvidenceFileView>;
  onUploaded?: (file: EvidenceFileView) => void;
  /** What the upload button says and is called; defaults to 上传证明材料. */
  label?: string;
}) {
  const { t } = useTranslation();
  const ids = value ?? [];
  const send = useFormMutation({
    mutationFn: upload,
    success: (saved) => t('evidence.uploaded', { name: saved.fileName }),
    onSuccess: (saved) => {
      onUploaded?.(saved);
      onChange?.([...ids, saved.id]);
    },
  });
  const busy = send.isPending;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {ids.length > 0 && (
        <Space size={[4, 4]} wrap>
          {ids.map((id, index) => {
            const name = files?.get(id)?.fileName ?? t('evidence.numbered', { n: index + 1 });
            return (
              <Tag key={id} style={{ marginInlineEnd: 0 }}>
                <a href={evidenceHref(id)} target="_blank" rel="noreferrer">
                  {name}
                </a>
                <Button type="text" size="small" aria-label={t('evidence.remove', { name })} icon={<CloseOutlined aria-hidden />} onClick={() => onChange?.(ids.filter((x) => x !== id))} />
              </Tag>
            );
          })}
        </Space>
      )}
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        disabled={busy || ids.length >= MAX_FILES}
        beforeUpload={(file) => {
          send.mutate(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined aria-hidden />} loading={busy} disabled={ids.length >= MAX_FILES}>
          {label ?? t('evidence.upload')}
        </Button>
      </Upload>
      {send.error != null && (
        <Typography.Text type="danger" role="alert">
          {send.error instanceof ApiError ? send.error.detail : t('common.errorTitle')}
        </Typography.Text>
      )}
    </Space>
  );
}
