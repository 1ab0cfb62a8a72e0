import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Grid, List, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useMyPerson } from '../../api/people.ts';
import { useMyRegistrations } from '../../api/registrations.ts';
import { ticketHref, useMyTickets } from '../../api/exam-sessions.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, LinkButton, Nowrap, PageTitle } from '../../layout/common.tsx';
import { AdmissionExplanation } from './AdmissionExplanation.tsx';
import { DirectRecognitionDetails } from './DirectRecognitionDetails.tsx';
import { occupationText, RegistrationStatus, useLevelText } from './registration-views.tsx';
import { CandidateConflictModal } from '../staffing/CandidateConflictModal.tsx';

/** Applications still going to an exam: their candidate may declare a tie with the plan's staff (回避). */
const DECLARABLE: ReadonlyArray<RegistrationView['status']> = ['pending', 'direct_pending', 'admitted'];

/** 我的报名: each application with its status, the reason in one line, and the full judgement on demand. */
export default function MyRegistrationsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace } = useParams();
  const { modal } = App.useApp();
  const levelText = useLevelText();
  const person = useMyPerson();
  const list = useMyRegistrations(Boolean(person.data));
  const tickets = useMyTickets(Boolean(person.data));
  const [expanded, setExpanded] = useState<string[]>([]);
  const [declaring, setDeclaring] = useState<RegistrationView | null>(null);
  const toggle = (id: string) => setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));
  // A phone is narrower than the table's seven columns: there each application is a card.
  const narrow = Grid.useBreakpoint().md === false;

  const withdrawal = useFormMutation({
    mutationFn: (r: RegistrationView) => call(endpoints.withdrawRegistration, { params: { id: r.id }, body: { version: r.version } }),
    invalidate: [['registrations']],
    success: t('registrations.withdrawn'),
  });
  // The confirmation stays busy until the server answers; a refusal is shown above the list.
  const withdraw = (r: RegistrationView) =>
    modal.confirm({
      title: t('registrations.withdrawConfirm'),
      content: `${occupationText(r)} ${levelText(r.level)} · ${r.examStart}`,
      okText: t('registrations.withdraw'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => withdrawal.mutateAsync(r).catch(() => undefined),
    });

  const reason = (r: RegistrationView) => (
    <>
      <div>{r.admission.summary[locale]}</div>
      {r.reviewReason && (
        <div>
          <Typography.Text type="secondary">{t('registrations.reviewReason')}：</Typography.Text>
          {r.reviewReason}
        </div>
      )}
    </>
  );
  const actions = (r: RegistrationView) => (
    <Space wrap>
      <Button size="small" aria-expanded={expanded.includes(r.id)} onClick={() => toggle(r.id)}>
        {expanded.includes(r.id) ? t('registrations.hideExplanation') : t('registrations.showExplanation')}
      </Button>
      {tickets.data?.has(r.id) && (
        <Button size="small" type="primary" href={ticketHref(r.id)}>
          {t('tickets.download')}
        </Button>
      )}
      {r.allowedActions.includes('withdraw') && (
        <Button size="small" danger onClick={() => withdraw(r)}>
          {t('registrations.withdraw')}
        </Button>
      )}
      {DECLARABLE.includes(r.status) && (
        <Button size="small" onClick={() => setDeclaring(r)}>
          {t('staffing.candidateDeclare')}
        </Button>
      )}
    </Space>
  );
  const explanation = (r: RegistrationView) => (
    <>
      {r.directRecognition && <DirectRecognitionDetails direct={r.directRecognition} audience="candidate" />}
      <AdmissionExplanation admission={r.admission} />
    </>
  );

  return (
    <>
      <PageTitle extra={<LinkButton to={`/${workspace}/apply`}>{t('menu.apply')}</LinkButton>}>{t('menu.my-registrations')}</PageTitle>
      {person.data === null && (
        <Alert
          type="info"
          showIcon
          title={t('apply.registerFirst')}
          action={
            <LinkButton size="small" type="primary" to={`/${workspace}/my-profile`}>
              {t('menu.my-profile')}
            </LinkButton>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {(person.error || list.error) && <ErrorAlert error={person.error ?? list.error} onRetry={() => void list.refetch()} />}
      {withdrawal.error != null && <ErrorAlert error={withdrawal.error} />}
      {narrow ? (
        <List<RegistrationView>
          loading={person.isLoading || list.isLoading}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('registrations.emptyMine') }}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 12, width: '100%' }} aria-label={`${occupationText(r)} ${levelText(r.level)}`}>
              <Typography.Text strong>
                {occupationText(r)} {levelText(r.level)}
              </Typography.Text>
              <div style={{ margin: '8px 0' }}>
                <RegistrationStatus registration={r} />
              </div>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('apply.institution')}>{r.institutionName}</Descriptions.Item>
                <Descriptions.Item label={t('filings.siteName')}>{r.siteName}</Descriptions.Item>
                <Descriptions.Item label={t('registrations.examDate')}>{r.examStart}</Descriptions.Item>
                <Descriptions.Item label={t('registrations.kind')}>
                  {t(`applicationKind.${r.kind}`)} · {t(`attempt.${r.attempt}`)}
                </Descriptions.Item>
              </Descriptions>
              <div style={{ margin: '8px 0' }}>{reason(r)}</div>
              {actions(r)}
              {expanded.includes(r.id) && <div style={{ marginTop: 12 }}>{explanation(r)}</div>}
            </Card>
          )}
        />
      ) : (
        <Table<RegistrationView>
          rowKey="id"
          loading={person.isLoading || list.isLoading}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('registrations.emptyMine') }}
          expandable={{ showExpandColumn: false, expandedRowKeys: expanded, expandedRowRender: explanation }}
          columns={[
            {
              title: t('registrations.registration'),
              render: (_, r) => (
                <div style={{ minWidth: 160 }}>
                  <div>
                    {occupationText(r)} {levelText(r.level)}
                  </div>
                  <Typography.Text type="secondary">
                    {r.institutionName} · {r.siteName}
                  </Typography.Text>
                </div>
              ),
            },
            { title: t('registrations.examDate'), dataIndex: 'examStart', render: (v: string) => <Nowrap>{v}</Nowrap> },
            { title: t('registrations.kind'), dataIndex: 'kind', render: (k: string) => <Nowrap>{t(`applicationKind.${k}`)}</Nowrap> },
            { title: t('registrations.attempt'), dataIndex: 'attempt', render: (a: string) => <Nowrap>{t(`attempt.${a}`)}</Nowrap> },
            { title: t('registrations.status'), render: (_, r) => <RegistrationStatus registration={r} /> },
            { title: t('registrations.reason'), render: (_, r) => <div style={{ minWidth: 240, maxWidth: 420 }}>{reason(r)}</div> },
            { title: t('common.actions'), render: (_, r) => actions(r) },
          ]}
        />
      )}
      {declaring && <CandidateConflictModal registrationId={declaring.id} title={`${occupationText(declaring)} ${levelText(declaring.level)}`} onClose={() => setDeclaring(null)} />}
    </>
  );
}
