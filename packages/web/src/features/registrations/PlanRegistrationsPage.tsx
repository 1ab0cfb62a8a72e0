import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Descriptions, Drawer, Form, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { endpoints, REGISTRATION_STATUSES, type RegistrationImportView, type RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { importRunning, usePlanImports } from '../../api/registrations.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert, formatDateTime, LinkButton, Nowrap, PageTitle, StatusTag } from '../../layout/common.tsx';
import { AdmissionExplanation, PassTag } from './AdmissionExplanation.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { occupationText, RegistrationStatus, useLevelText } from './registration-views.tsx';
import { ReviewModal } from './ReviewModal.tsx';
import { DirectRequestModal } from './DirectRequestModal.tsx';
import { DirectDecisionModal } from './DirectDecisionModal.tsx';
import { DirectRecognitionDetails } from './DirectRecognitionDetails.tsx';
import { useInstitution } from '../../api/institutions.ts';

/**
 * 报名管理 of one plan: the applications with the system's check, review (准予报名 / 不予受理),
 * the full explanation in a drawer, and 团体报名 by spreadsheet. An institution asks its district
 * for 破格 (申请破格) for an outstanding worker the conditions refuse; the district decides (复核).
 */
export default function PlanRegistrationsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace, id } = useParams();
  const [params, setParams] = useSearchParams();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const levelText = useLevelText();
  const status = params.get('status') ?? undefined;
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => call(endpoints.plan, { params: { id: id! } }) });
  const occupations = useOccupations();
  const list = usePaged(['plan-registrations', id], endpoints.planRegistrations, { status }, { params: { id: id! } });
  const imports = usePlanImports(id);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [reviewing, setReviewing] = useState<RegistrationView | null>(null);
  const [requestingDirect, setRequestingDirect] = useState<RegistrationView | null>(null);
  const [decidingDirect, setDecidingDirect] = useState<RegistrationView | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [importing, setImporting] = useState<{ id: string | null } | null>(null);
  const detail = rows.find((r) => r.id === detailId) ?? null;
  const refresh = () => client.invalidateQueries({ queryKey: ['plan-registrations', id] });
  // An import that finishes while nobody watches it still adds registrations: show them.
  const running = imports.data?.filter(importRunning).length ?? 0;
  const wasRunning = useRef(0);
  useEffect(() => {
    if (running < wasRunning.current) void client.invalidateQueries({ queryKey: ['plan-registrations', id] });
    wasRunning.current = running;
  }, [running, client, id]);

  const p = plan.data;
  const occupationName = p ? occupations.data?.find((o) => o.code === p.occupationCode)?.nameZh : undefined;
  const heading = p ? `${occupationText({ occupationCode: p.occupationCode, occupationName, workType: p.workType })} ${levelText(p.level)}` : '';
  const canImport = useInstitution(p?.institutionId).data?.allowedActions.includes('importRegistrations') ?? false;

  const withdrawal = useFormMutation({
    mutationFn: (r: RegistrationView) => call(endpoints.withdrawRegistration, { params: { id: r.id }, body: { version: r.version } }),
    invalidate: [['plan-registrations', id]],
    success: t('registrations.withdrawn'),
  });
  // The confirmation stays busy until the server answers; a refusal is shown in the drawer it came from.
  const withdraw = (r: RegistrationView) =>
    modal.confirm({
      title: t('registrations.withdrawConfirmStaff', { name: r.personName }),
      okText: t('registrations.withdraw'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => withdrawal.mutateAsync(r).catch(() => undefined),
    });

  return (
    <>
      <PageTitle
        extra={
          <>
            {canImport && (
              <Button type="primary" onClick={() => setImporting({ id: null })}>
                {t('imports.title')}
              </Button>
            )}
            <LinkButton to={`/${workspace}/plans`}>{t('registrations.backToPlans')}</LinkButton>
          </>
        }
      >
        {t('registrations.manage')}
        {heading && ` · ${heading}`}
      </PageTitle>
      {plan.error && <ErrorAlert error={plan.error} />}
      {p && (
        <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('plans.examDates')}>{p.examStart === p.examEnd ? p.examStart : `${p.examStart} ~ ${p.examEnd}`}</Descriptions.Item>
          <Descriptions.Item label={t('filings.siteName')}>{p.siteName}</Descriptions.Item>
          <Descriptions.Item label={t('plans.expected')}>{p.expectedCandidates}</Descriptions.Item>
          <Descriptions.Item label={t('filings.status')}>
            <StatusTag status={p.status} namespace="planStatus" />
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('registrations.status')} htmlFor="registrations-status">
          <Select
            id="registrations-status"
            aria-label={t('registrations.status')}
            allowClear
            style={{ width: 160 }}
            value={status}
            onChange={(v?: string) => setParams(v ? { status: v } : {})}
            options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`registrationStatus.${s}`) }))}
          />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<RegistrationView>
        rowKey="id"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: status ? t('registrations.emptyFiltered') : t('registrations.emptyPlan') }}
        columns={[
          { title: t('registrations.name'), dataIndex: 'personName', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('registrations.idNumber'), dataIndex: 'personIdNumberMasked', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('registrations.kind'), dataIndex: 'kind', render: (k: string) => <Nowrap>{t(`applicationKind.${k}`)}</Nowrap> },
          { title: t('registrations.attempt'), dataIndex: 'attempt', render: (a: string) => <Nowrap>{t(`attempt.${a}`)}</Nowrap> },
          { title: t('registrations.channel'), dataIndex: 'channel', render: (c: string) => <Nowrap>{t(`channel.${c}`)}</Nowrap> },
          {
            title: t('registrations.systemCheck'),
            render: (_, r) => (
              <div style={{ maxWidth: 360 }}>
                <PassTag passed={r.admission.admissible} />
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.admission.summary[locale] }} style={{ margin: '4px 0 0' }}>
                  {r.admission.summary[locale]}
                </Typography.Paragraph>
              </div>
            ),
          },
          { title: t('registrations.status'), render: (_, r) => <RegistrationStatus registration={r} /> },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space wrap>
                {r.allowedActions.includes('review') && (
                  <Button size="small" type="primary" onClick={() => setReviewing(r)}>
                    {t('review.action')}
                  </Button>
                )}
                {r.allowedActions.includes('requestDirect') && (
                  <Button size="small" onClick={() => setRequestingDirect(r)}>
                    {t('direct.request')}
                  </Button>
                )}
                {r.allowedActions.includes('decideDirect') && (
                  <Button size="small" type="primary" onClick={() => setDecidingDirect(r)}>
                    {t('direct.review')}
                  </Button>
                )}
                <Button size="small" onClick={() => setDetailId(r.id)}>
                  {t('common.detail')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}

      {canImport && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('imports.history')}</h2>} style={{ marginTop: 24 }}>
          {imports.error && <ErrorAlert error={imports.error} />}
          <Table<RegistrationImportView>
            size="small"
            rowKey="id"
            loading={imports.isLoading}
            dataSource={imports.data ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('imports.noHistory') }}
            columns={[
              { title: t('imports.file'), dataIndex: 'fileName' },
              { title: t('imports.mode'), dataIndex: 'mode', render: (m: string) => (m === 'all_or_nothing' ? t('imports.allOrNothing') : t('imports.validRows')) },
              { title: t('imports.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} namespace="importStatus" /> },
              { title: t('imports.accepted'), dataIndex: 'acceptedRows' },
              { title: t('imports.errorRows'), dataIndex: 'errorRows' },
              { title: t('imports.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              {
                title: t('common.actions'),
                render: (_, v) => (
                  <Button size="small" onClick={() => setImporting({ id: v.id })}>
                    {t('imports.view')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}

      <Drawer
        open={detail !== null}
        title={detail ? t('registrations.detailTitle', { name: detail.personName }) : ''}
        size={720}
        onClose={() => {
          withdrawal.reset();
          setDetailId(null);
        }}
        extra={
          detail && (
            <Space>
              {detail.allowedActions.includes('review') && (
                <Button type="primary" onClick={() => setReviewing(detail)}>
                  {t('review.action')}
                </Button>
              )}
              {detail.allowedActions.includes('requestDirect') && <Button onClick={() => setRequestingDirect(detail)}>{t('direct.request')}</Button>}
              {detail.allowedActions.includes('decideDirect') && (
                <Button type="primary" onClick={() => setDecidingDirect(detail)}>
                  {t('direct.review')}
                </Button>
              )}
              {detail.allowedActions.includes('withdraw') && (
                <Button danger onClick={() => withdraw(detail)}>
                  {t('registrations.withdraw')}
                </Button>
              )}
            </Space>
          )
        }
      >
        {detail && (
          <>
            {withdrawal.error != null && <ErrorAlert error={withdrawal.error} />}
            <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('registrations.name')}>{detail.personName}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.idNumber')}>{detail.personIdNumberMasked}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.occupation')}>
                {occupationText(detail)} {levelText(detail.level)}
              </Descriptions.Item>
              <Descriptions.Item label={t('registrations.examDate')}>{detail.examStart}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.kind')}>{t(`applicationKind.${detail.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.attempt')}>{t(`attempt.${detail.attempt}`)}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.channel')}>{t(`channel.${detail.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.status')}>
                <RegistrationStatus registration={detail} />
              </Descriptions.Item>
              <Descriptions.Item label={t('registrations.reviewReason')}>{detail.reviewReason || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.reviewedAt')}>{formatDateTime(detail.reviewedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('registrations.appliedAt')}>{formatDateTime(detail.createdAt)}</Descriptions.Item>
            </Descriptions>
            {detail.directRecognition && <DirectRecognitionDetails direct={detail.directRecognition} audience="staff" />}
            <AdmissionExplanation admission={detail.admission} />
          </>
        )}
      </Drawer>
      <ReviewModal
        registration={reviewing}
        onClose={() => setReviewing(null)}
        onDone={() => {
          setReviewing(null);
          void refresh();
        }}
      />
      <DirectRequestModal
        registration={requestingDirect}
        onClose={() => setRequestingDirect(null)}
        onDone={() => {
          setRequestingDirect(null);
          void refresh();
          void client.invalidateQueries({ queryKey: ['direct-recognitions'] });
        }}
      />
      <DirectDecisionModal
        registration={decidingDirect}
        onClose={() => setDecidingDirect(null)}
        onDone={() => {
          setDecidingDirect(null);
          void refresh();
          void client.invalidateQueries({ queryKey: ['direct-recognitions'] });
        }}
      />
      {id && <ImportDialog planId={id} open={importing !== null} importId={importing?.id ?? null} onClose={() => setImporting(null)} />}
    </>
  );
}
