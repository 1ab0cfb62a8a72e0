import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type IdentityClaimView } from '@jiping/contracts';
import { ApiError, call, formErrors } from '../../api/client.ts';
import { useOwnClaim } from '../../api/identity.ts';
import { ErrorAlert, formatDateTime, Loading } from '../../layout/common.tsx';
import { PersonFields, personBody } from '../people/PersonFields.tsx';

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
  const { message } = App.useApp();
  const refresh = useRefresh();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    setBusy(true);
    try {
      const result = await call(endpoints.claimIdentity, { body: personBody(values) });
      void message.success(result.status === 'verified' ? t('identity.done') : t('identity.claimed'));
      await refresh();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(formErrors(e) as never);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('identity.intro')}</Typography.Paragraph>
      {claim.status === 'rejected' && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t('identity.rejected')} description={claim.decisionReason} />}
      {error !== null && <ErrorAlert error={error} />}
      <Form form={form} name="identity" layout="vertical" initialValues={{ idType: 'resident_id' }} onFinish={() => void submit()}>
        <PersonFields withPhone />
        <Button type="primary" htmlType="submit" loading={busy}>
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

function CodeStep({ claim }: { claim: IdentityClaimView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const wait = useSecondsUntil(claim.resendAvailableAt);
  const act = async (name: string, send: () => Promise<unknown>, done?: string) => {
    setError(null);
    setBusy(name);
    try {
      await send();
      if (done) void message.success(done);
      form.resetFields();
      await refresh();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(formErrors(e) as never);
      setError(e);
      await refresh();
    } finally {
      setBusy(null);
    }
  };
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
      {error !== null && <ErrorAlert error={error} />}
      <Form form={form} name="identity-code" layout="inline" onFinish={(values) => void act('verify', () => call(endpoints.verifyIdentityCode, { body: { code: values.code } }), t('identity.done'))}>
        <Form.Item label={t('identity.code')} name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: t('identity.codeFormat') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy === 'verify'} disabled={busy !== null}>
          {t('identity.verify')}
        </Button>
      </Form>
      <Space wrap style={{ marginTop: 16 }}>
        <Button
          disabled={wait > 0 || busy !== null || claim.sendsLeft === 0}
          loading={busy === 'resend'}
          onClick={() => void act('resend', () => call(endpoints.resendIdentityCode), t('identity.resent'))}
        >
          {wait > 0 ? t('identity.resendIn', { seconds: wait }) : t('identity.resend')}
        </Button>
        <Button disabled={busy !== null} loading={busy === 'in-person'} onClick={() => void act('in-person', () => call(endpoints.requestInPerson))}>
          {t('identity.switchInPerson')}
        </Button>
        <Button danger disabled={busy !== null} loading={busy === 'cancel'} onClick={() => void act('cancel', () => call(endpoints.cancelOwnClaim), t('identity.cancelled'))}>
          {t('identity.cancel')}
        </Button>
      </Space>
    </>
  );
}

function InPersonStep({ claim }: { claim: IdentityClaimView }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    setError(null);
    setBusy(true);
    try {
      await call(endpoints.cancelOwnClaim);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
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
      {error !== null && <ErrorAlert error={error} />}
      <Button danger loading={busy} onClick={() => void cancel()}>
        {t('identity.cancel')}
      </Button>
    </>
  );
}
