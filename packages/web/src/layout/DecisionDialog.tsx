import type { ReactNode } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../api/use-form-mutation.ts';
import { ErrorAlert } from './common.tsx';

export interface DecisionChoice<D extends string> {
  key: D;
  label: string;
  primary?: boolean;
  danger?: boolean;
  /** The message shown under the reason when this decision needs one; null or absent when it does not. */
  reasonRequired?: string | null;
  /** What to say once the server has accepted it. */
  done: string;
}

type Values = { reason?: string } & Record<string, unknown>;

/**
 * Every "approve / return / refuse with a reason" of the app: the facts to decide on, a reason
 * (required where the rule says so, checked before asking the server), optional extra fields,
 * one button per decision, the server's field errors under the field they concern.
 */
export function DecisionDialog<D extends string>({
  open,
  title,
  name,
  choices,
  send,
  onClose,
  onDone,
  reasonLabel,
  reasonExtra,
  reasonMaxLength = 1000,
  fields,
  readOnly = false,
  width,
  children,
}: {
  open: boolean;
  title: string;
  /** The form's name (its fields' ids), kept stable for labels and tests. */
  name: string;
  choices: Array<DecisionChoice<D>>;
  send: (decision: D, values: Values & { reason: string }) => Promise<unknown>;
  onClose: () => void;
  onDone: (decision: D) => void;
  reasonLabel: string;
  reasonExtra?: ReactNode;
  reasonMaxLength?: number;
  /** Fields beside the reason (numbers an approval assigns, a supervisor sent). */
  fields?: ReactNode;
  /** Shows the facts without a form (a decision taken, or not this user's). */
  readOnly?: boolean;
  width?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useFormMutation({
    form,
    mutationFn: ({ decision, values }: { decision: D; values: Values & { reason: string } }) => send(decision, values),
    success: (_, { decision }) => choices.find((c) => c.key === decision)?.done ?? '',
    onSuccess: (_, { decision }) => {
      form.resetFields();
      onDone(decision);
    },
  });
  const busy = mutation.isPending ? mutation.variables?.decision : null;
  const anyRequired = choices.some((c) => c.reasonRequired);

  const decide = async (choice: DecisionChoice<D>) => {
    form.setFields([{ name: 'reason', errors: [] }]);
    const values = { ...form.getFieldsValue(true) } as Values;
    const reason = String(values.reason ?? '').trim();
    if (!reason && choice.reasonRequired) {
      form.setFields([{ name: 'reason', errors: [choice.reasonRequired] }]);
      return;
    }
    await form.validateFields();
    mutation.mutate({ decision: choice.key, values: { ...values, reason } });
  };

  const close = () => {
    mutation.reset();
    if (!readOnly) form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      destroyOnHidden
      width={width}
      footer={
        readOnly
          ? [
              <Button key="close" onClick={close}>
                {t('common.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              ...choices.map((choice) => (
                <Button
                  key={choice.key}
                  type={choice.primary ? 'primary' : 'default'}
                  danger={choice.danger}
                  loading={busy === choice.key}
                  disabled={busy != null}
                  onClick={() => void decide(choice).catch(() => undefined)}
                >
                  {choice.label}
                </Button>
              )),
            ]
      }
    >
      {mutation.error != null && <ErrorAlert error={mutation.error} />}
      {children}
      {!readOnly && (
        <Form form={form} name={name} layout="vertical" preserve={false}>
          {fields}
          <Form.Item label={reasonLabel} name="reason" required={anyRequired && choices.every((c) => c.reasonRequired)} extra={reasonExtra}>
            <Input.TextArea rows={3} maxLength={reasonMaxLength} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
