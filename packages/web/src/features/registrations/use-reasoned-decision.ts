import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError, formErrors } from '../../api/client.ts';

/**
 * A decision with a reason, posted for one application (审核, 破格复核): checks the reason the
 * decision needs before asking the server, shows the server's field errors under the reason,
 * and tells which button is busy.
 */
export function useReasonedDecision<D extends string>(
  form: FormInstance<{ reason: string }>,
  options: {
    /** The message to show when this decision needs a reason, or null when it does not. */
    reasonRequired: (decision: D) => string | null;
    send: (decision: D, reason: string) => Promise<unknown>;
    done: (decision: D) => string;
    onDone: () => void;
  },
) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<D | null>(null);

  const decide = async (decision: D) => {
    form.setFields([{ name: 'reason', errors: [] }]);
    const reason = ((form.getFieldValue('reason') as string | undefined) ?? '').trim();
    const required = reason ? null : options.reasonRequired(decision);
    if (required) {
      form.setFields([{ name: 'reason', errors: [required] }]);
      return;
    }
    setError(null);
    setBusy(decision);
    try {
      await options.send(decision, reason);
      void message.success(options.done(decision));
      form.resetFields();
      options.onDone();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(formErrors(e) as never);
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const reset = () => {
    setError(null);
    form.resetFields();
  };

  return { error, busy, decide, reset };
}
