import { useState } from 'react';
import { Alert, Button, Card, Input, List, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { verifyDrawRecord, type DrawRecord } from '@jiping/domain';
import { DrawRecordSchema } from '@jiping/contracts';

type Verdict = ReturnType<typeof verifyDrawRecord>;

/** The verdict of a re-run: 与公布结果一致, or which check failed (and from which target the picks differ). */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <Alert
      role="status"
      type={verdict.matches ? 'success' : 'error'}
      showIcon
      message={verdict.matches ? t('publicDraws.matches') : t('publicDraws.differs')}
      description={
        <List
          size="small"
          dataSource={verdict.checks}
          renderItem={(c) => (
            <List.Item style={{ padding: '2px 0' }}>
              {c.ok ? '✔' : '✘'} {c.ok ? t(`publicDraws.check.${c.code}`) : t(`publicDraws.failed.${c.code}`, { n: c.code === 'picks' ? (c.firstDifference ?? 0) + 1 : 0 })}
            </List.Item>
          )}
          footer={verdict.problem ? t('publicDraws.problem', { reason: t(`publicDraws.problems.${verdict.problem.code}`, { ...verdict.problem }) }) : undefined}
        />
      }
    />
  );
}

/** Parses a record's text as the CLI does; null when it is not one. */
export function recordOfText(text: string): DrawRecord | null {
  try {
    const parsed = DrawRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A record pasted or chosen from the phone's files, re-run here with the domain's own
 * `verifyDrawRecord`: nothing is sent anywhere, so a record from any source can be checked.
 */
export function RecordChecker() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const check = (value: string) => {
    const record = recordOfText(value);
    setUnreadable(!record);
    setVerdict(record ? verifyDrawRecord(record) : null);
  };
  return (
    <Card title={t('publicDraws.verifyTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('publicDraws.verifyIntro')}</Typography.Paragraph>
      <label htmlFor="draw-record-text">{t('publicDraws.paste')}</label>
      <Input.TextArea id="draw-record-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} style={{ marginBottom: 8 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => check(text)} disabled={!text.trim()}>
          {t('publicDraws.checkButton')}
        </Button>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((content) => {
              setText(content.length > 20_000 ? `${content.slice(0, 20_000)}…` : content);
              check(content);
            });
            return false;
          }}
        >
          <Button>{t('publicDraws.upload')}</Button>
        </Upload>
      </Space>
      {unreadable && <Alert type="error" showIcon message={t('publicDraws.notJson')} />}
      {verdict && <VerdictView verdict={verdict} />}
    </Card>
  );
}
