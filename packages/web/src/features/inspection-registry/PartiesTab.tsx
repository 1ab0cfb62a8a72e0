import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, Select, Space, Table, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LABELS, RISK_CLASSES, RISK_CLASS_LABELS, type Locale } from '@jiping/domain';
import { endpoints, type Party } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { usePaged } from '../../api/paged.ts';
import { districtLabel, useDistricts, useOccupations } from '../../api/reference.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, formatDateTime, Loading, StatusTag } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { RiskClassTag } from './registry-views.tsx';

/**
 * 受检对象: the institutions with a filing in force in the officer's scope, filtered (district,
 * category, occupation, risk class, name) in the URL and paged by keyset; the city sets a party's
 * risk class with the basis of its assessment, and every class it had shows on the party.
 */
export function PartiesTab() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { params, set } = useUrlFilters();
  const districts = useDistricts();
  const occupations = useOccupations();
  const filter = {
    district: params.get('district') ?? undefined,
    category: params.get('category') ?? undefined,
    occupation: params.get('occupation') ?? undefined,
    riskClass: params.get('riskClass') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const list = usePaged(['inspection-parties'], endpoints.inspectionParties, filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [classing, setClassing] = useState<Party | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inspectionRegistry.party.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          id="party-district"
          aria-label={t('inspectionRegistry.party.district')}
          allowClear
          style={{ width: 150 }}
          placeholder={t('inspectionRegistry.party.district')}
          value={filter.district}
          loading={districts.isLoading}
          onChange={(value?: string) => set('district', value)}
          options={(districts.data ?? []).map((d) => ({ value: d.code, label: districtLabel(d, locale) }))}
        />
        <Select
          id="party-category"
          aria-label={t('inspectionRegistry.party.category')}
          allowClear
          style={{ width: 180 }}
          placeholder={t('inspectionRegistry.party.category')}
          value={filter.category}
          onChange={(value?: string) => set('category', value)}
          options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: INSTITUTION_CATEGORY_LABELS[c][locale] }))}
        />
        <Select
          id="party-occupation"
          aria-label={t('inspectionRegistry.party.occupationFilter')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('inspectionRegistry.party.occupationFilter')}
          value={filter.occupation}
          loading={occupations.isLoading}
          onChange={(value?: string) => set('occupation', value)}
          options={(occupations.data ?? []).map((o) => ({ value: o.code, label: `${o.nameZh}（${o.code}）` }))}
        />
        <Select
          id="party-risk"
          aria-label={t('inspectionRegistry.party.riskClass')}
          allowClear
          style={{ width: 170 }}
          placeholder={t('inspectionRegistry.party.riskClass')}
          value={filter.riskClass}
          onChange={(value?: string) => set('riskClass', value)}
          options={RISK_CLASSES.map((c) => ({ value: c, label: RISK_CLASS_LABELS[c][locale] }))}
        />
        <Input.Search
          id="party-search"
          aria-label={t('inspectionRegistry.search')}
          allowClear
          style={{ width: 220 }}
          placeholder={t('inspectionRegistry.party.searchPlaceholder')}
          defaultValue={filter.q}
          onSearch={(value) => set('q', value.trim() || undefined)}
        />
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Party>
        rowKey="institutionId"
        loading={list.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('inspectionRegistry.party.empty') }}
        columns={[
          {
            title: t('inspectionRegistry.party.name'),
            render: (_, p) => (
              <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(p.institutionId)}>
                {p.name}
              </Button>
            ),
          },
          { title: t('inspectionRegistry.party.district'), dataIndex: 'districtName' },
          { title: t('inspectionRegistry.party.category'), render: (_, p) => INSTITUTION_CATEGORY_LABELS[p.category][locale] },
          { title: t('inspectionRegistry.party.occupations'), render: (_, p) => p.occupations.map((o) => o.name).join('、') },
          { title: t('inspectionRegistry.party.sites'), render: (_, p) => p.sites.map((s) => s.name).join('、') || '—' },
          {
            title: t('inspectionRegistry.party.filingNumber'),
            render: (_, p) => (
              <Space size={4} wrap>
                {p.filingNumber ?? '—'}
                {p.filingStatus !== 'approved' && <StatusTag status={p.filingStatus} />}
              </Space>
            ),
          },
          { title: t('inspectionRegistry.party.riskClass'), render: (_, p) => <RiskClassTag riskClass={p.riskClass} assessed={p.riskAssessed} basis={p.riskBasis} /> },
          {
            title: '',
            render: (_, p) =>
              p.canSetRiskClass && (
                <Button size="small" onClick={() => setClassing(p)}>
                  {t('inspectionRegistry.party.setRisk')}
                </Button>
              ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('inspectionRegistry.loadMore')}
        </Button>
      )}
      <PartyDrawer id={open} onClose={() => setOpen(null)} onSetRisk={setClassing} />
      {classing && (
        <RiskClassDialog
          party={classing}
          onClose={() => setClassing(null)}
          onDone={() => {
            setClassing(null);
            void list.refetch();
          }}
        />
      )}
    </>
  );
}

/** The class and the basis of the assessment; the basis is required (it is what the class is defended by). */
function RiskClassDialog({ party, onClose, onDone }: { party: Party; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <DecisionDialog
      open
      name="risk-class"
      title={t('inspectionRegistry.party.setRiskTitle', { name: party.name })}
      reasonLabel={t('inspectionRegistry.party.riskBasisLabel')}
      choices={[
        { key: 'save', label: t('inspectionRegistry.party.save'), primary: true, reasonRequired: t('inspectionRegistry.party.riskBasisRequired'), done: t('inspectionRegistry.party.riskSaved') },
      ]}
      fields={
        <Form.Item label={t('inspectionRegistry.party.riskClass')} name="riskClass" initialValue={party.riskClass} rules={[{ required: true }]}>
          <Select options={RISK_CLASSES.map((c) => ({ value: c, label: RISK_CLASS_LABELS[c][locale] }))} />
        </Form.Item>
      }
      send={(_, values) =>
        call(endpoints.setPartyRiskClass, { params: { id: party.institutionId }, body: { riskClass: values.riskClass as Party['riskClass'], basis: values.reason, version: party.riskVersion } })
      }
      onClose={onClose}
      onDone={onDone}
    >
      <Typography.Paragraph>
        <RiskClassTag riskClass={party.riskClass} assessed={party.riskAssessed} />
      </Typography.Paragraph>
    </DecisionDialog>
  );
}

/** One party: its filing, occupations and sites, and the history of its risk class (who set which class when, and why). */
function PartyDrawer({ id, onClose, onSetRisk }: { id: string | null; onClose: () => void; onSetRisk: (party: Party) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const detail = useQuery({ queryKey: ['inspection-party', id], enabled: id !== null, queryFn: () => call(endpoints.inspectionParty, { params: { id: id! } }) });
  const p = detail.data;
  return (
    <Drawer open={id !== null} title={p?.name ?? ''} onClose={onClose} size="large" destroyOnHidden>
      {detail.isLoading && <Loading />}
      {detail.error != null && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {p && (
        <>
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('inspectionRegistry.party.category')}>{INSTITUTION_CATEGORY_LABELS[p.category][locale]}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.district')}>{p.districtName}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.filingNumber')}>
              <Space size={4} wrap>
                {p.filingNumber ?? '—'}
                <StatusTag status={p.filingStatus} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.validUntil')}>{p.validUntil ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.occupations')}>{p.occupations.map((o) => `${o.name}（${o.code}）`).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.sites')}>{p.sites.map((s) => `${s.name}：${s.address}`).join('；') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inspectionRegistry.party.riskClass')}>
              <Space wrap>
                <RiskClassTag riskClass={p.riskClass} assessed={p.riskAssessed} />
                {p.canSetRiskClass && (
                  <Button size="small" onClick={() => onSetRisk(p)}>
                    {t('inspectionRegistry.party.setRisk')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('inspectionRegistry.party.history')}</Typography.Title>
          {p.riskHistory.length ? (
            <Timeline
              items={[...p.riskHistory].reverse().map((h) => ({
                content: (
                  <>
                    <RiskClassTag riskClass={h.riskClass} assessed />
                    <Typography.Text type="secondary">
                      {formatDateTime(h.at)} · {h.by}
                    </Typography.Text>
                    <div>{h.basis}</div>
                  </>
                ),
              }))}
            />
          ) : (
            <Typography.Text type="secondary">{t('inspectionRegistry.party.noHistory')}</Typography.Text>
          )}
        </>
      )}
    </Drawer>
  );
}
