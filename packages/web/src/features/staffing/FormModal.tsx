import type { ReactNode } from 'react';
import { Modal, type FormInstance } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/common.tsx';

/**
 * The dialog around one form and its mutation: submit validates the form, then sends; the
 * server's refusal shows on top (its field errors under their fields, by `useFormMutation`).
 */
export function FormModal<V>({
  open = true,
  title,
  form,
  mutation,
  onClose,
  width,
  canSubmit = true,
  children,
}: {
  open?: boolean;
  title: string;
  form: FormInstance<V>;
  mutation: UseMutationResult<unknown, unknown, V> & { unplaced?: string[] };
  onClose: () => void;
  width?: number;
  canSubmit?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !canSubmit }}
      confirmLoading={mutation.isPending}
      onOk={() =>
        void form.validateFields().then(
          (values) => mutation.mutate(values),
          () => undefined,
        )
      }
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      width={width}
      destroyOnHidden
    >
      {mutation.error != null && <ErrorAlert error={mutation.error} details={mutation.unplaced} />}
      {children}
    </Modal>
  );
}
