import { useState } from 'react';
import { Button, Card, Image, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloads, endpoints } from '@jiping/contracts';
import { ApiError, call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';

/**
 * 电子印章: the institution's seal image as certificates carry it (or word that the generated seal
 * is used), and, for the institution's own administrator, its upload.
 */
export function SealCard({ institutionId, canUpload }: { institutionId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  // Bumped on upload so the preview reloads; a failed load means none was uploaded.
  const [revision, setRevision] = useState(0);
  const [missing, setMissing] = useState(false);
  const send = useFormMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return call(endpoints.uploadInstitutionSeal, { params: { id: institutionId }, form });
    },
    success: t('seal.uploaded'),
    onSuccess: () => {
      setMissing(false);
      setRevision((r) => r + 1);
    },
  });
  return (
    <Card title={t('seal.title')} style={{ marginTop: 16 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('seal.intro')}</Typography.Text>
        {missing ? (
          <Typography.Text>{t('seal.none')}</Typography.Text>
        ) : (
          <Image key={revision} width={160} alt={t('seal.preview')} src={hrefOf(downloads.institutionSeal, { id: institutionId }, { r: revision })} onError={() => setMissing(true)} preview={false} />
        )}
        {canUpload && (
          <Space orientation="vertical" size={4}>
            <Upload
              accept="image/png"
              showUploadList={false}
              disabled={send.isPending}
              beforeUpload={(file) => {
                send.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={send.isPending}>
                {missing ? t('seal.upload') : t('seal.replace')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t('seal.rules')}</Typography.Text>
            {send.error != null && (
              <Typography.Text type="danger" role="alert">
                {send.error instanceof ApiError ? send.error.detail : t('common.errorTitle')}
              </Typography.Text>
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}
