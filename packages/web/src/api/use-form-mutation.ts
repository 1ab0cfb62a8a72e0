import { useState } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { ApiError, formErrors } from './client.ts';

type FieldName = (string | number)[];

/**
 * The server's field errors placed on a form: each on the nearest field the form has
 * (`workHistory.0.evidenceFileIds.1` lands on the entry's evidence field), several on one field
 * together. What no field of the form can show is returned, for the page's alert.
 */
function placeErrors(form: FormInstance, error: ApiError, rename: (name: FieldName) => FieldName): { placed: Array<{ name: FieldName; errors: string[] }>; unplaced: string[] } {
  // By the form's own names: a field named ['levels', '4'] is not the one at ['levels', 4].
  const registered = new Map(form.getFieldsError().map((f) => [f.name.join('.'), f.name]));
  const placed = new Map<string, { name: FieldName; errors: string[] }>();
  const unplaced: string[] = [];
  for (const problem of formErrors(error)) {
    let name = rename(problem.name);
    while (name.length > 1 && !registered.has(name.join('.'))) name = name.slice(0, -1);
    const key = name.join('.');
    const field = registered.get(key);
    if (field) placed.set(key, { name: field, errors: [...(placed.get(key)?.errors ?? []), ...problem.errors] });
    else unplaced.push(...problem.errors);
  }
  return { placed: [...placed.values()], unplaced };
}

/**
 * Every write of the app: TanStack Query's mutation, whose `isPending` is the busy state, with the
 * server's per-field errors put under the fields of the form they concern (with `fieldPrefix`, a
 * form holding one key of the body; with `fieldName`, a form whose names differ from the body's),
 * the queries it changes invalidated and the success said. The error stays on the mutation for
 * the page's alert, with `unplaced`: the field messages no field of the form shows.
 */
export function useFormMutation<TVars, TData>(options: {
  mutationFn: (vars: TVars) => Promise<TData>;
  form?: FormInstance;
  fieldPrefix?: string;
  fieldName?: (name: FieldName) => FieldName;
  invalidate?: QueryKey[];
  success?: string | ((data: TData, vars: TVars) => string);
  onSuccess?: (data: TData, vars: TVars) => unknown;
  onError?: (error: unknown, vars: TVars) => unknown;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [unplaced, setUnplaced] = useState<{ error: unknown; messages: string[] }>({ error: null, messages: [] });
  const mutation = useMutation<TData, unknown, TVars>({
    mutationFn: options.mutationFn,
    onMutate: () => {
      const fields = options.form?.getFieldsError().filter((f) => f.errors.length) ?? [];
      if (fields.length) options.form?.setFields(fields.map((f) => ({ name: f.name, errors: [] })));
    },
    onError: async (error, vars) => {
      if (options.form && error instanceof ApiError) {
        const prefix = options.fieldPrefix;
        const rename = options.fieldName ?? ((name: FieldName) => name);
        const { placed, unplaced: messages } = placeErrors(options.form, error, (name) => rename(prefix && name[0] === prefix ? name.slice(1) : name));
        options.form.setFields(placed);
        setUnplaced({ error, messages });
      }
      await options.onError?.(error, vars);
    },
    onSuccess: async (data, vars) => {
      for (const key of options.invalidate ?? []) await client.invalidateQueries({ queryKey: key });
      const text = typeof options.success === 'function' ? options.success(data, vars) : options.success;
      if (text) void message.success(text);
      await options.onSuccess?.(data, vars);
    },
  });
  return { ...mutation, unplaced: unplaced.error === mutation.error ? unplaced.messages : [] };
}
