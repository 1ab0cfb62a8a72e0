import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type IdentityClaimView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useOwnClaim } from '../../api/identity.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDateTime, Loading } from '../../layout/common.tsx';
import { PersonFields, personBody, type PersonFormValues } from '../people/PersonFields.tsx';

/**
 * 实名核验, a candidate's first step. A new ID number links at once; one the city already knows
 * links only after the code sent to the phone on its record is entered, or after a visit in
 * person. Until then the account sees nothing of the person, and this card says what to do next.
 */
export function IdentityClaim() {
  const { t } = useTranslation();
  const claim = useOwnClaim();
  if (claim.isLoading) return <Loading />;
  if (claim.error) return <ErrorAlert error={claim.error} onRetry={() => void claim.refetch()} />;
  const view = claim.data!;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('identity.title')}</h2>} style={{ maxWidth: 820 }}>
      {view.status === 'code_sent' ? <CodeStep claim={view} /> : view.status === 'pending_in_person' ? <InPersonStep claim={view} /> : <ClaimForm claim={view} />}
    </Card>
  );
}

/** After any change the whole candidate area follows: the claim, the record, the applications. */
function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all([['identity-claim'], ['me'], ['people', 'me'], ['registrations']].map((queryKey) => client.invalidateQueries({ queryKey })));
}

function ClaimForm({ claim }: { claim: IdentityClaimView }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [form] = Form.useForm<PersonFormValues>();
  const submit = useFormMutation({
    form,
    mutationFn: (values: PersonFormValues) => call(endpoints.claimIdentity, { body: personBody(values) }),
    success: (result) => (result.status === 'verified' ? t('identity.done') : t('identity.claimed')),
    onSuccess: refresh,
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('identity.intro')}</Typography.Paragraph>
      {claim.status === 'rejected' && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t('identity.rejected')} description={claim.decisionReason} />}
      {submit.error != null && <ErrorAlert error={submit.error} details={submit.unplaced} />}
      <Form form={form} name="identity" layout="vertical" initialValues={{ idType: 'resident_id' }} onFinish={(values) => submit.mutate(values)}>
        <PersonFields withPhone />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('identity.submit')}
        </Button>
      </Form>
    </>
  );
}

/** Seconds until `iso`, ticking, so the resend button opens by itself. */
function useSecondsUntil(iso: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return iso ? Math.max(0, Math.ceil((new Date(iso).getTime() - now) / 1000)) : 0;
}

type CodeStepAction = { name: 'verify'; code: string } | { name: 'resend' | 'in-person' | 'cancel' };

function CodeStep({ claim }: { claim: IdentityClaimView }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [form] = Form.useForm<{ code: string }>();
  const wait = useSecondsUntil(claim.resendAvailableAt);
  const done = { verify: t('identity.done'), resend: t('identity.resent'), 'in-person': '', cancel: t('identity.cancelled') };
  // A wrong code uses up a try and an expired one ends the step: the claim is read again either way.
  const act = useFormMutation({
    form,
    mutationFn: (action: CodeStepAction) =>
      action.name === 'verify'
        ? call(endpoints.verifyIdentityCode, { body: { code: action.code } })
        : action.name === 'resend'
          ? call(endpoints.resendIdentityCode)
          : action.name === 'in-person'
            ? call(endpoints.requestInPerson)
            : call(endpoints.cancelOwnClaim),
    success: (_, action) => done[action.name],
    onSuccess: () => {
      form.resetFields();
      return refresh();
    },
    onError: refresh,
  });
  const busy = act.isPending ? act.variables.name : null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('identity.codeSent', { name: claim.claimedName, id: claim.idNumberMasked })}
        description={
          <>
            <div>{t('identity.codeHint', { time: formatDateTime(claim.codeExpiresAt), left: claim.attemptsLeft })}</div>
            {claim.smsChannel === 'outbox' && <div>{t('identity.outboxHint')}</div>}
          </>
        }
      />
      {act.error != null && <ErrorAlert error={act.error} details={act.unplaced} />}
      <Form form={form} name="identity-code" layout="inline" onFinish={(values) => act.mutate({ name: 'verify', code: values.code })}>
        <Form.Item label={t('identity.code')} name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: t('identity.codeFormat') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy === 'verify'} disabled={busy !== null}>
          {t('identity.verify')}
        </Button>
      </Form>
      <Space wrap style={{ marginTop: 16 }}>
        <Button disabled={wait > 0 || busy !== null || claim.sendsLeft === 0} loading={busy === 'resend'} onClick={() => act.mutate({ name: 'resend' })}>
          {wait > 0 ? t('identity.resendIn', { seconds: wait }) : t('identity.resend')}
        </Button>
        <Button disabled={busy !== null} loading={busy === 'in-person'} onClick={() => act.mutate({ name: 'in-person' })}>
          {t('identity.switchInPerson')}
        </Button>
        <Button danger disabled={busy !== null} loading={busy === 'cancel'} onClick={() => act.mutate({ name: 'cancel' })}>
          {t('identity.cancel')}
        </Button>
      </Space>
    </>
  );
}

function InPersonStep({ claim }: { claim: IdentityClaimView }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const cancel = useFormMutation({ mutationFn: () => call(endpoints.cancelOwnClaim), onSuccess: refresh });
  return (
    <>
      <Alert
        type="warning"
        showIcon
        role="status"
        style={{ marginBottom: 12 }}
        title={t('identity.pendingInPerson', { name: claim.claimedName, id: claim.idNumberMasked })}
        description={t('identity.inPersonHint', { time: formatDateTime(claim.createdAt) })}
      />
      {cancel.error != null && <ErrorAlert error={cancel.error} />}
      <Button danger loading={cancel.isPending} onClick={() => cancel.mutate()}>
        {t('identity.cancel')}
      </Button>
    </>
  );
}
