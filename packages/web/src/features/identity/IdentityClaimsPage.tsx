import { useState } from 'react';
import { Alert, Button, Descriptions, Table, Tabs } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { endpoints, type PendingIdentityClaim } from '@jiping/contracts';
import { districtName, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useIdentityClaims, useSmsOutboxAvailable, type ClaimTab } from '../../api/identity.ts';
import { ErrorAlert, formatDateTime, LinkButton, Nowrap, PageTitle } from '../../layout/common.tsx';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';

const TABS: ClaimTab[] = ['pending_in_person', 'verified', 'rejected'];

/**
 * 实名核验: candidates whose record has no phone (or who cannot receive the code) come to the
 * counter with their identity card. The officer or institution compares card, holder and claim,
 * then confirms or refuses with a note; the account is linked only on confirmation.
 */
export default function IdentityClaimsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as ClaimTab) : 'pending_in_person';
  const list = useIdentityClaims(tab);
  const [open, setOpen] = useState<PendingIdentityClaim | null>(null);
  const outbox = useSmsOutboxAvailable();
  const { workspace } = useParams();

  const table = (
    <>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<PendingIdentityClaim>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t(`identityClaims.empty.${tab}`) }}
        columns={[
          { title: t('person.name'), dataIndex: 'claimedName', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('person.idNumber'), dataIndex: 'idNumberMasked', render: (v: string) => <Nowrap>{v}</Nowrap> },
          {
            title: t('identityClaims.account'),
            render: (_, r) => (
              <Nowrap>
                {r.username}（{r.accountName}）
              </Nowrap>
            ),
          },
          { title: t('identityClaims.createdAt'), dataIndex: 'createdAt', render: (v: string) => <Nowrap>{formatDateTime(v)}</Nowrap> },
          ...(tab === 'pending_in_person'
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, r: PendingIdentityClaim) => (
                    <Button size="small" type="primary" onClick={() => setOpen(r)}>
                      {t('identityClaims.check')}
                    </Button>
                  ),
                },
              ]
            : [{ title: t('identityClaims.note'), dataIndex: 'decisionReason', render: (v: string) => <div style={{ minWidth: 200 }}>{v}</div> }]),
        ]}
      />
    </>
  );

  return (
    <>
      <PageTitle extra={outbox.data ? <LinkButton to={`/${workspace}/identity-claims/sms-outbox`}>{t('smsOutbox.title')}</LinkButton> : null}>{t('identityClaims.title')}</PageTitle>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('identityClaims.intro')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'pending_in_person' ? {} : { tab: key })}
        items={TABS.map((key) => ({ key, label: t(`identityClaims.tab.${key}`), children: key === tab ? table : null }))}
      />
      <DecisionModal
        claim={open}
        onClose={() => setOpen(null)}
        onDone={() => {
          setOpen(null);
          void client.invalidateQueries({ queryKey: ['identity-claims'] });
        }}
      />
    </>
  );
}

function DecisionModal({ claim, onClose, onDone }: { claim: PendingIdentityClaim | null; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <DecisionDialog
      open={claim !== null}
      title={claim ? t('identityClaims.modalTitle', { name: claim.claimedName }) : ''}
      name="identity-decision"
      reasonLabel={t('identityClaims.note')}
      reasonExtra={t('identityClaims.noteHint')}
      reasonMaxLength={500}
      choices={[
        { key: 'reject', label: t('identityClaims.reject'), danger: true, reasonRequired: t('identityClaims.reasonRequired'), done: t('identityClaims.rejected') },
        { key: 'confirm', label: t('identityClaims.confirm'), primary: true, reasonRequired: t('identityClaims.reasonRequired'), done: t('identityClaims.confirmed') },
      ]}
      send={(decision, { reason }) => call(endpoints.decideIdentityClaim, { params: { id: claim!.id }, body: { decision, reason, version: claim!.version } })}
      onClose={onClose}
      onDone={onDone}
    >
      {claim && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('person.name')}>{claim.claimedName}</Descriptions.Item>
            <Descriptions.Item label={t('person.idNumber')}>{claim.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label={t('identityClaims.account')}>
              {claim.username}（{claim.accountName}）
            </Descriptions.Item>
            <Descriptions.Item label={t('identityClaims.districts')}>{claim.districtCodes.map((code) => districtName(code, locale)).join('、') || '—'}</Descriptions.Item>
          </Descriptions>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('identityClaims.checkHint')} />
        </>
      )}
    </DecisionDialog>
  );
}
