import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router-dom';
import { endpoints, type AgreementView, type Me, type RelationView } from '@jiping/contracts';
import { AGREEMENT_KIND_LABELS, EMPLOYMENT_TYPE_LABELS, RELATION_KIND_LABELS, shanghaiDate, type Locale } from '@jiping/domain';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading, Nowrap, PageTitle } from '../../layout/common.tsx';
import { AgreementFormModal } from './AgreementFormModal.tsx';
import { EvidenceLinks } from './EvidenceField.tsx';
import { RelationFormModal } from './RelationFormModal.tsx';
import { useInstitution } from '../../api/institutions.ts';

function relationState(r: Pick<RelationView, 'validFrom' | 'validUntil'>, today: string): 'active' | 'ended' | 'future' {
  if (r.validFrom > today) return 'future';
  if (r.validUntil && r.validUntil < today) return 'ended';
  return 'active';
}
const STATE_COLORS = { active: 'green', ended: 'default', future: 'processing' } as const;

/**
 * 人员与关系: who this institution may evaluate and why — each person's relation (employee,
 * partner-school student, resident…) with its period and proof, and for employers the
 * cooperation and entrustment agreements those relations rest on.
 */
export default function PeoplePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const me = useOutletContext<Me>();
  const { workspace } = useParams();
  const client = useQueryClient();
  const institutionId = me.institution?.id ?? null;
  const today = shanghaiDate(new Date());
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [addingAgreement, setAddingAgreement] = useState(false);
  const [ending, setEnding] = useState<RelationView | null>(null);
  const [endForm] = Form.useForm<{ validUntil: string }>();
  const end = useFormMutation({
    form: endForm,
    mutationFn: ({ relation, validUntil }: { relation: RelationView; validUntil: string }) =>
      call(endpoints.endRelation, { params: { id: relation.id }, body: { version: relation.version, validUntil } }),
    invalidate: [['relations', institutionId]],
    success: t('relations.endDone'),
    onSuccess: () => setEnding(null),
  });

  const institution = useInstitution(institutionId);
  const canRecord = institution.data?.allowedActions.includes('recordRelation') ?? false;
  const employer = institution.data?.category === 'employer';
  const relations = useQuery({
    queryKey: ['relations', institutionId, query],
    enabled: institutionId !== null,
    queryFn: () => call(endpoints.relations, { params: { id: institutionId! }, query: { q: query || undefined } }).then((r) => r.items),
  });
  const agreements = useQuery({
    queryKey: ['agreements', institutionId],
    enabled: institutionId !== null && employer,
    queryFn: () => call(endpoints.agreements, { params: { id: institutionId! } }).then((r) => r.items),
  });
  const agreementById = new Map((agreements.data ?? []).map((a) => [a.id, a]));

  if (!institutionId) return <Alert type="info" showIcon title={t('relations.noInstitution')} />;
  if (institution.isLoading) return <Loading />;
  if (institution.error || !institution.data) return <ErrorAlert error={institution.error} onRetry={() => void institution.refetch()} />;
  const category = institution.data.category;

  const endRelation = async () => {
    if (!ending) return;
    const values = await endForm.validateFields();
    end.mutate({ relation: ending, validUntil: values.validUntil });
  };

  return (
    <>
      <PageTitle
        extra={
          canRecord && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('relations.new')}
            </Button>
          )
        }
      >
        {t('menu.people')}
      </PageTitle>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('relations.title')}</h2>} style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ marginBottom: 16 }} onFinish={() => setQuery(search.trim())}>
          <Form.Item label={t('relations.search')} htmlFor="relations-search">
            <Input
              id="relations-search"
              allowClear
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                if (!e.target.value) setQuery('');
              }}
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit">{t('common.search')}</Button>
          </Form.Item>
        </Form>
        {relations.error && <ErrorAlert error={relations.error} onRetry={() => void relations.refetch()} />}
        <Table<RelationView>
          rowKey="id"
          loading={relations.isLoading}
          dataSource={relations.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: query ? t('relations.emptyFiltered') : t('relations.empty') }}
          columns={[
            {
              title: t('person.name'),
              render: (_, r) => (
                <Link to={`/${workspace}/people/${r.personId}`}>
                  <Nowrap>{r.personName}</Nowrap>
                </Link>
              ),
            },
            { title: t('person.idNumber'), dataIndex: 'personIdNumberMasked', render: (v: string) => <Nowrap>{v}</Nowrap> },
            {
              title: t('relations.kind'),
              render: (_, r) => `${RELATION_KIND_LABELS[r.kind][locale]}${r.employmentType ? `（${EMPLOYMENT_TYPE_LABELS[r.employmentType][locale]}）` : ''}`,
            },
            {
              title: t('relations.basis'),
              render: (_, r) => {
                const agreement = r.agreementId ? agreementById.get(r.agreementId) : undefined;
                const parts = [r.employerName, agreement && `${AGREEMENT_KIND_LABELS[agreement.kind][locale]}：${agreement.counterpartName}`].filter(Boolean);
                return parts.length ? parts.join(' · ') : '—';
              },
            },
            { title: t('relations.graduationDate'), dataIndex: 'graduationDate', render: (v: string | null) => v ?? '—' },
            { title: t('relations.period'), render: (_, r) => <Nowrap>{`${r.validFrom} ~ ${r.validUntil ?? t('relations.openEnded')}`}</Nowrap> },
            { title: t('evidence.label'), render: (_, r) => <EvidenceLinks files={r.evidenceFiles} /> },
            {
              title: t('relations.state'),
              render: (_, r) => {
                const state = relationState(r, today);
                return <Tag color={STATE_COLORS[state]}>{t(`relations.states.${state}`)}</Tag>;
              },
            },
            {
              title: t('common.actions'),
              render: (_, r) =>
                relationState(r, today) !== 'ended' && (
                  <Button
                    size="small"
                    onClick={() => {
                      end.reset();
                      setEnding(r);
                    }}
                  >
                    {t('relations.end')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>

      {employer && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('agreements.title')}</h2>} extra={canRecord && <Button onClick={() => setAddingAgreement(true)}>{t('agreements.new')}</Button>}>
          <Typography.Paragraph type="secondary">{t('agreements.intro')}</Typography.Paragraph>
          {agreements.error && <ErrorAlert error={agreements.error} onRetry={() => void agreements.refetch()} />}
          <Table<AgreementView>
            rowKey="id"
            loading={agreements.isLoading}
            dataSource={agreements.data ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('agreements.empty') }}
            columns={[
              { title: t('agreements.kind'), dataIndex: 'kind', render: (k: AgreementView['kind']) => AGREEMENT_KIND_LABELS[k][locale] },
              { title: t('agreements.counterpartName'), dataIndex: 'counterpartName' },
              { title: t('agreements.counterpartCreditCode'), dataIndex: 'counterpartCreditCode' },
              {
                title: t('agreements.validity'),
                render: (_, a) => (
                  <Space size={4} wrap>
                    {`${a.validFrom} ~ ${a.validUntil}`}
                    {a.validUntil < today && <Tag>{t('agreements.expired')}</Tag>}
                  </Space>
                ),
              },
              { title: t('evidence.label'), render: (_, a) => <EvidenceLinks files={a.evidenceFiles} /> },
            ]}
          />
        </Card>
      )}

      <RelationFormModal
        open={adding}
        institutionId={institutionId}
        category={category}
        agreements={agreements.data ?? []}
        onClose={() => setAdding(false)}
        onCreated={() => {
          setAdding(false);
          void client.invalidateQueries({ queryKey: ['relations', institutionId] });
        }}
      />
      <AgreementFormModal
        open={addingAgreement}
        institutionId={institutionId}
        onClose={() => setAddingAgreement(false)}
        onCreated={() => {
          setAddingAgreement(false);
          void client.invalidateQueries({ queryKey: ['agreements', institutionId] });
        }}
      />
      <Modal
        open={ending !== null}
        title={ending ? t('relations.endTitle', { name: ending.personName }) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={end.isPending}
        onOk={() => void endRelation().catch(() => undefined)}
        onCancel={() => setEnding(null)}
        destroyOnHidden
      >
        {end.error != null && <ErrorAlert error={end.error} details={end.unplaced} />}
        <Form form={endForm} name="end-relation" layout="vertical" preserve={false} initialValues={{ validUntil: today }}>
          <Form.Item label={t('relations.endDate')} name="validUntil" rules={[{ required: true, message: t('form.required', { field: t('relations.endDate') }) }]}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
