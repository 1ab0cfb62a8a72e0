import { useState } from 'react';
import { Button, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type ScoreSheetRow } from '@jiping/contracts';
import { ApiError, call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';

/**
 * One score typed by hand and saved on Enter or 保存, with the version it was read at; the
 * server's refusal (out of range, too many decimals, changed meanwhile) shows under the field.
 */
export function ScoreInput({ sessionId, row, current, version }: { sessionId: string; row: ScoreSheetRow; current: number | null; version: number | undefined }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | null>(current);
  const [shown, setShown] = useState(current);
  // A new score from the server (after saving, or someone else's change) replaces what was typed.
  if (shown !== current) {
    setShown(current);
    setValue(current);
  }
  const save = useFormMutation({
    invalidate: [['score-sheet', sessionId], ['scoring-sessions']],
    success: t('scores.saved', { name: row.name }),
    mutationFn: (score: number) => call(endpoints.enterScore, { params: { id: sessionId, registrationId: row.registrationId }, body: { score, ...(version ? { version } : {}) } }),
  });
  const submit = () => {
    if (value !== null) save.mutate(value);
  };
  const problem = save.error instanceof ApiError ? (save.error.errors[0]?.message ?? save.error.detail) : save.error ? t('common.errorTitle') : null;
  return (
    <div style={{ minWidth: 180 }}>
      <Space.Compact>
        <InputNumber
          aria-label={t('scores.scoreLabel', { name: row.name })}
          value={value}
          onChange={(v) => setValue(typeof v === 'number' ? v : null)}
          onPressEnter={submit}
          step={0.5}
          style={{ width: 100 }}
        />
        <Button onClick={submit} loading={save.isPending} disabled={value === null}>
          {t('scores.save')}
        </Button>
      </Space.Compact>
      {problem && (
        <div>
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
