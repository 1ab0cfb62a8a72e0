import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { ApiError, formErrors } from './client.ts';

/**
 * Every write of the app: TanStack Query's mutation, whose `isPending` is the busy state, with the
 * server's per-field errors put under the fields of the form they concern (with `fieldPrefix`, a
 * form holding one key of the body), the queries it changes invalidated and the success said.
 * The error stays on the mutation for the page's alert.
 */
export function useFormMutation<TVars, TData>(options: {
  mutationFn: (vars: TVars) => Promise<TData>;
  form?: FormInstance;
  fieldPrefix?: string;
  invalidate?: QueryKey[];
  success?: string | ((data: TData, vars: TVars) => string);
  onSuccess?: (data: TData, vars: TVars) => unknown;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  return useMutation<TData, unknown, TVars>({
    mutationFn: options.mutationFn,
    onMutate: () => {
      const fields = options.form?.getFieldsError().filter((f) => f.errors.length) ?? [];
      if (fields.length) options.form?.setFields(fields.map((f) => ({ name: f.name, errors: [] })));
    },
    onError: (error) => {
      if (!options.form || !(error instanceof ApiError)) return;
      const errors = formErrors(error);
      const prefix = options.fieldPrefix;
      options.form.setFields(prefix ? errors.map((e) => (e.name[0] === prefix ? { ...e, name: e.name.slice(1) } : e)) : errors);
    },
    onSuccess: async (data, vars) => {
      for (const key of options.invalidate ?? []) await client.invalidateQueries({ queryKey: key });
      const text = typeof options.success === 'function' ? options.success(data, vars) : options.success;
      if (text) void message.success(text);
      await options.onSuccess?.(data, vars);
    },
  });
}
