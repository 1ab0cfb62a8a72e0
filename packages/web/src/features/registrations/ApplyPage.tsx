import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Grid, Input, List, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { endpoints, type RegistrationView } from '@jiping/contracts';
import { INSTITUTION_CATEGORY_LABELS, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import type { OpenPlan } from '../../api/plans.ts';
import { useMyPerson } from '../../api/people.ts';
import { useMyRegistrations, useOpenPlans } from '../../api/registrations.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, LinkButton, PageTitle } from '../../layout/common.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

const ACTIVE: ReadonlyArray<RegistrationView['status']> = ['pending', 'ineligible', 'admitted'];

/** 报名: every open plan, with 申请报名 for the ones the candidate has not applied to yet. */
export default function ApplyPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { workspace } = useParams();
  const navigate = useNavigate();
  const levelText = useLevelText();
  const person = useMyPerson();
  const plans = useOpenPlans();
  const mine = useMyRegistrations(Boolean(person.data));
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<OpenPlan | null>(null);
  const [attempt, setAttempt] = useState<'regular' | 'resit'>('regular');
  const apply = useFormMutation({
    mutationFn: ({ plan, attempt }: { plan: OpenPlan; attempt: 'regular' | 'resit' }) => call(endpoints.apply, { params: { id: plan.id }, body: { attempt } }),
    invalidate: [['registrations']],
    success: (created) => t('apply.done', { status: t(`registrationStatus.${created.status}`) }),
    onSuccess: () => {
      setChosen(null);
      navigate(`/${workspace}/my-registrations`);
    },
  });
  const applied = useMemo(() => new Set((mine.data ?? []).filter((r) => ACTIVE.includes(r.status)).map((r) => r.planId)), [mine.data]);
  const needle = search.trim().toLowerCase();
  const rows = (plans.data ?? []).filter((p) => !needle || [p.institutionName, p.occupationName, p.occupationCode, p.workType, p.siteName].some((v) => v.toLowerCase().includes(needle)));
  const registered = Boolean(person.data);
  // On a phone the six columns do not fit: each open plan is a card instead.
  const narrow = Grid.useBreakpoint().md === false;
  const examDates = (p: OpenPlan) => (p.examStart === p.examEnd ? p.examStart : `${p.examStart} ~ ${p.examEnd}`);
  const action = (p: OpenPlan) =>
    applied.has(p.id) ? (
      <Button size="small" disabled>
        {t('apply.applied')}
      </Button>
    ) : (
      <Button
        size="small"
        type="primary"
        disabled={!registered}
        onClick={() => {
          setAttempt('regular');
          apply.reset();
          setChosen(p);
        }}
      >
        {t('apply.apply')}
      </Button>
    );

  return (
    <>
      <PageTitle>{t('apply.title')}</PageTitle>
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
      {person.error && <ErrorAlert error={person.error} />}
      {plans.error && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('apply.search')} htmlFor="apply-search">
          <Input id="apply-search" allowClear value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('apply.searchPlaceholder')} style={{ width: 260, maxWidth: '100%' }} />
        </Form.Item>
      </Form>
      {narrow ? (
        <List<OpenPlan>
          loading={plans.isLoading}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
          locale={{ emptyText: needle ? t('apply.emptyFiltered') : t('apply.empty') }}
          renderItem={(p) => (
            <Card size="small" style={{ marginBottom: 12, width: '100%' }} aria-label={`${p.institutionName} ${occupationText(p)} ${levelText(p.level)}`}>
              <Typography.Text strong>
                {occupationText(p)} {levelText(p.level)}
              </Typography.Text>
              <Descriptions column={1} size="small" style={{ margin: '8px 0' }}>
                <Descriptions.Item label={t('apply.institution')}>
                  {p.institutionName} <Tag>{INSTITUTION_CATEGORY_LABELS[p.institutionCategory][locale]}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('plans.examDates')}>{examDates(p)}</Descriptions.Item>
                <Descriptions.Item label={t('filings.siteName')}>{p.siteName}</Descriptions.Item>
              </Descriptions>
              {action(p)}
            </Card>
          )}
        />
      ) : (
        <Table<OpenPlan>
          rowKey="id"
          loading={plans.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: needle ? t('apply.emptyFiltered') : t('apply.empty') }}
          columns={[
            {
              title: t('apply.institution'),
              render: (_, p) => (
                <>
                  {p.institutionName} <Tag>{INSTITUTION_CATEGORY_LABELS[p.institutionCategory][locale]}</Tag>
                </>
              ),
            },
            { title: t('registrations.occupation'), render: (_, p) => occupationText(p) },
            { title: t('registrations.level'), dataIndex: 'level', render: (l: number) => levelText(l) },
            { title: t('plans.examDates'), render: (_, p) => examDates(p) },
            { title: t('filings.siteName'), dataIndex: 'siteName' },
            { title: t('common.actions'), render: (_, p) => action(p) },
          ]}
        />
      )}
      <Modal
        open={chosen !== null}
        title={t('apply.apply')}
        okText={t('apply.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={apply.isPending}
        onOk={() => chosen && apply.mutate({ plan: chosen, attempt })}
        onCancel={() => setChosen(null)}
        destroyOnHidden
      >
        {apply.error != null && <ErrorAlert error={apply.error} />}
        {chosen && (
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('apply.institution')}>{chosen.institutionName}</Descriptions.Item>
            <Descriptions.Item label={t('registrations.occupation')}>{occupationText(chosen)}</Descriptions.Item>
            <Descriptions.Item label={t('registrations.level')}>{levelText(chosen.level)}</Descriptions.Item>
            <Descriptions.Item label={t('plans.examDates')}>{examDates(chosen)}</Descriptions.Item>
          </Descriptions>
        )}
        <Form layout="vertical">
          {/* Whether a resit is open comes from the server, in the words the application would be refused with. */}
          <Form.Item label={<span id="apply-attempt">{t('registrations.attempt')}</span>} extra={chosen?.resit && !chosen.resit.allowed ? chosen.resit.reason : undefined}>
            <Radio.Group
              aria-labelledby="apply-attempt"
              value={attempt}
              onChange={(e) => setAttempt(e.target.value as 'regular' | 'resit')}
              options={(['regular', 'resit'] as const).map((a) => ({ value: a, label: t(`attempt.${a}`), disabled: a === 'resit' && chosen?.resit?.allowed === false }))}
            />
          </Form.Item>
        </Form>
        <Alert type="info" showIcon title={t('apply.hint')} />
      </Modal>
    </>
  );
}
