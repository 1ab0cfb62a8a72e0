import { useEffect, useState } from 'react';
import { Button, Form, Input, Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type ConflictView } from '@jiping/contracts';
import { CONFLICT_KINDS, CONFLICT_KIND_LABELS, type ConflictKind, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { FormModal } from './FormModal.tsx';

export interface ConflictFormValues {
  staffId?: string;
  planId: string;
  registrationId: string;
  kind: ConflictKind;
  note?: string;
}

/**
 * 登记回避: a tie between a member of staff and a candidate of one of the institution's plans,
 * chosen from the plan's admitted candidates. The institution names the member (`staff`); a
 * member of staff declares for themself and is not asked. A plan may admit thousands: the
 * candidate is looked up by name or ticket number on the server, a page at a time, so every one
 * of them can be reached.
 */
export function ConflictFormModal({
  open,
  staff,
  send,
  onClose,
}: {
  open: boolean;
  /** The members to choose from; absent when the member declares for themself. */
  staff?: Array<{ id: string; name: string }>;
  send: (values: ConflictFormValues) => Promise<ConflictView>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConflictFormValues>();
  const planId = Form.useWatch('planId', form);
  const plans = useQuery({ queryKey: ['plans'], enabled: open, queryFn: () => call(endpoints.plans) });
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  /** The chosen candidate keeps its label while another search shows other names. */
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const candidates = usePaged(
    ['plan-registrations', planId, 'admitted'],
    endpoints.planRegistrations,
    { status: 'admitted', q: search },
    { params: { id: planId ?? '' }, enabled: open && Boolean(planId) },
  );
  const candidateOptions = (candidates.data?.pages.flatMap((p) => p.items) ?? []).map((r) => ({ value: r.id, label: `${r.personName} ${r.personIdNumberMasked}` }));
  if (chosen && !candidateOptions.some((o) => o.value === chosen.value)) candidateOptions.unshift(chosen);
  const more = () => {
    if (candidates.hasNextPage && !candidates.isFetchingNextPage) void candidates.fetchNextPage();
  };
  const clearCandidate = () => {
    setTyped('');
    setSearch(undefined);
    setChosen(null);
  };
  const mutation = useFormMutation({
    form,
    mutationFn: send,
    invalidate: [['conflicts'], ['my-staffing']],
    success: t('staffing.declared'),
    onSuccess: () => {
      form.resetFields();
      clearCandidate();
      onClose();
    },
  });
  const required = (field: string) => [{ required: true, message: t('form.required', { field }) }];
  return (
    <FormModal open={open} title={t('staffing.declareTitle')} form={form} mutation={mutation} onClose={onClose}>
      <Form form={form} name="conflict" layout="vertical" preserve={false} initialValues={{ kind: 'relative' }}>
        {staff && (
          <Form.Item label={t('staffing.staffMember')} name="staffId" rules={required(t('staffing.staffMember'))}>
            <Select aria-label={t('staffing.staffMember')} showSearch optionFilterProp="label" options={staff.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
        <Form.Item label={t('staffing.plan')} name="planId" rules={required(t('staffing.plan'))}>
          <Select
            aria-label={t('staffing.plan')}
            loading={plans.isLoading}
            onChange={() => {
              form.resetFields(['registrationId']);
              clearCandidate();
            }}
            options={(plans.data ?? [])
              .filter((p) => p.status === 'acknowledged')
              .map((p) => ({ value: p.id, label: `${p.occupationCode}${p.workType ? `（${p.workType}）` : ''} ${t(`level.${p.level}`)} · ${p.examStart}` }))}
          />
        </Form.Item>
        <Form.Item label={t('staffing.candidate')} name="registrationId" rules={required(t('staffing.candidate'))}>
          <Select
            aria-label={t('staffing.candidate')}
            placeholder={t('staffing.candidateSearch')}
            showSearch={{ filterOption: false, onSearch: setTyped }}
            loading={candidates.isFetching}
            disabled={!planId}
            options={candidateOptions}
            onChange={(value: string) => setChosen(candidateOptions.find((o) => o.value === value) ?? null)}
            onOpenChange={(opened) => {
              if (!opened) setTyped('');
            }}
            notFoundContent={candidates.isFetching ? <Spin size="small" /> : t('staffing.candidateNone')}
            onPopupScroll={(event) => {
              const list = event.currentTarget;
              if (list.scrollTop + list.clientHeight >= list.scrollHeight - 32) more();
            }}
            popupRender={(menu) => (
              <>
                {menu}
                {candidates.hasNextPage && (
                  <Button type="link" block onMouseDown={(event) => event.preventDefault()} onClick={more} loading={candidates.isFetchingNextPage}>
                    {t('common.loadMore')}
                  </Button>
                )}
              </>
            )}
          />
        </Form.Item>
        <TieFields />
      </Form>
    </FormModal>
  );
}

/** Which tie, and a note: the fields every declaration of a conflict has. */
export function TieFields() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <>
      <Form.Item label={t('staffing.conflictKind')} name="kind" rules={[{ required: true, message: t('form.required', { field: t('staffing.conflictKind') }) }]}>
        <Select aria-label={t('staffing.conflictKind')} options={CONFLICT_KINDS.map((k) => ({ value: k, label: CONFLICT_KIND_LABELS[k][locale] }))} />
      </Form.Item>
      <Form.Item label={t('staffing.note')} name="note">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}
