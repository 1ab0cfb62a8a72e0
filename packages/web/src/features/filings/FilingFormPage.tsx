import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Steps, Switch, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext, useParams } from 'react-router-dom';
import type { FilingContent, Me } from '@jiping/contracts';
import { endpoints, ITEM_BANK_SOURCES } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Loading, PageTitle } from '../../layout/common.tsx';
import { AttachmentList } from './filing-views.tsx';
import { useDistricts } from '../portal/DistrictsPage.tsx';
import { useOccupations } from '../portal/OccupationsPage.tsx';

interface FormValues {
  scope: Array<{ occupationCode: string; workType: string; level: number }>;
  content: FilingContent;
}

const ATTACHMENT_PURPOSES = ['business_license', 'management_rules', 'site_evidence', 'examiner_certificates', 'other'] as const;

const EMPTY: FormValues = {
  scope: [],
  content: { examiners: [], supervisors: [], experts: [], sites: [], itemBankSource: null, itemBankNote: '', managementRules: '', employerCommitment: false },
};

/** The guided filing form: steps, save as draft at any time, server messages on the fields they concern. */
export default function FilingFormPage() {
  const { t } = useTranslation();
  const { workspace, id, kind } = useParams();
  const me = useOutletContext<Me>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [step, setStep] = useState(0);
  const [purpose, setPurpose] = useState('management_rules');
  const occupations = useOccupations();
  const districts = useDistricts();
  const institutionId = me.institution?.id;
  const existing = useQuery({ queryKey: ['filing', id], enabled: Boolean(id), queryFn: () => call(endpoints.filing, { params: { id: id! } }) });
  const editPath = (filingId: string) => `/${workspace}/filings/${filingId}/edit`;

  // Amendments and renewals start from the filing in force: create the draft, then edit it.
  const { mutate: startDraft, ...start } = useFormMutation({
    mutationFn: (from: { kind: 'amendment' | 'renewal'; institutionId: string }) =>
      call(from.kind === 'amendment' ? endpoints.createAmendment : endpoints.createRenewal, { params: { id: from.institutionId } }),
    onSuccess: (created) => navigate(editPath(created.id), { replace: true }),
  });
  const upload = useFormMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('purpose', purpose);
      body.append('file', file, file.name);
      return call(endpoints.addFilingAttachment, { params: { id: id! }, form: body });
    },
    invalidate: [['filing', id]],
  });
  // Saving first, then submitting what was saved: the server's field errors of either land on the form.
  const run = useFormMutation({
    form,
    mutationFn: async ({ submit }: { submit: boolean }) => {
      const values = { ...EMPTY, ...form.getFieldsValue(true) } as FormValues;
      const body = { scope: (values.scope ?? []).map((r) => ({ ...r, workType: r.workType ?? '' })), content: { ...EMPTY.content, ...values.content } };
      const saved = id
        ? await call(endpoints.updateFiling, {
            params: { id },
            body: { ...body, version: (await client.fetchQuery({ queryKey: ['filing', id], queryFn: () => call(endpoints.filing, { params: { id } }), staleTime: 0 })).version },
          })
        : await call(endpoints.createFiling, { params: { id: institutionId! }, body });
      if (!submit) return { saved, submitted: false };
      try {
        await call(endpoints.submitFiling, { params: { id: saved.id }, body: { version: saved.version } });
      } catch (e) {
        // The draft exists now: what is corrected is saved to it, not to a second one.
        if (!id) navigate(editPath(saved.id), { replace: true });
        throw e;
      }
      return { saved, submitted: true };
    },
    invalidate: [['filings'], ['filing']],
    success: ({ submitted }) => (submitted ? t('filings.submitted') : t('filings.saved')),
    onSuccess: ({ saved, submitted }) => {
      if (submitted) navigate(`/${workspace}/filings/${saved.id}`);
      else if (!id) navigate(editPath(saved.id), { replace: true });
    },
  });
  const error = [start.error, run.error, upload.error].find((e) => e != null) ?? null;

  useEffect(() => {
    if (!id && institutionId && (kind === 'amendment' || kind === 'renewal')) startDraft({ kind, institutionId });
  }, [id, kind, institutionId, startDraft]);

  useEffect(() => {
    if (existing.data) form.setFieldsValue({ scope: existing.data.scope.map(({ occupationCode, workType, level }) => ({ occupationCode, workType, level })), content: existing.data.content });
  }, [existing.data, form]);

  if (!id && kind !== 'initial') return error ? <ErrorAlert error={error} /> : <Loading />;
  if (id && existing.isLoading) return <Loading />;

  const occupationOptions = (occupations.data ?? []).map((o) => ({ value: o.code, label: `${o.code} ${o.nameZh}` }));
  const levelOptions = [5, 4, 3, 2, 1].map((l) => ({ value: l, label: t(`level.${l}`) }));
  const steps = ['stepScope', 'stepPeople', 'stepSites', 'stepRules'];
  const show = (index: number) => ({ display: step === index ? 'block' : 'none' });

  return (
    <>
      <PageTitle>
        {t(`filingKind.${existing.data?.kind ?? kind ?? 'initial'}`)} · {t('filings.title')}
      </PageTitle>
      <Steps current={step} onChange={setStep} items={steps.map((s) => ({ title: t(`filings.${s}`) }))} style={{ marginBottom: 24 }} />
      {error !== null && <ErrorAlert error={error} details={run.unplaced} />}
      {existing.data?.renewalExportBlock && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('nationalExport.renewalBlocked', existing.data.renewalExportBlock)} />}
      <Form form={form} layout="vertical" initialValues={EMPTY}>
        <Card style={show(0)} title={t('filings.scope')}>
          <Form.List name="scope">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item label={t('filings.occupation')} name={[field.name, 'occupationCode']} rules={[{ required: true }]}>
                      <Select style={{ width: 240 }} showSearch optionFilterProp="label" options={occupationOptions} aria-label={t('filings.occupation')} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const code = form.getFieldValue(['scope', field.name, 'occupationCode']) as string | undefined;
                        const workTypes = occupations.data?.find((o) => o.code === code)?.workTypes ?? [];
                        return (
                          <Form.Item label={t('filings.workType')} name={[field.name, 'workType']}>
                            <Select
                              style={{ width: 180 }}
                              allowClear
                              aria-label={t('filings.workType')}
                              options={[{ value: '', label: t('filings.wholeOccupation') }, ...workTypes.map((w) => ({ value: w, label: w }))]}
                            />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Form.Item label={t('filings.level')} name={[field.name, 'level']} rules={[{ required: true }]}>
                      <Select style={{ width: 120 }} options={levelOptions} aria-label={t('filings.level')} />
                    </Form.Item>
                    <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                      {t('filings.remove')}
                    </Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ occupationCode: undefined, workType: '', level: undefined })}>
                  {t('filings.addScope')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <div style={show(1)}>
          <Card title={t('filings.examiners')} style={{ marginBottom: 16 }}>
            <Form.List name={['content', 'examiners']}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item label={t('filings.name')} name={[field.name, 'name']} rules={[{ required: true }]}>
                        <Input style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.certificateNo')} name={[field.name, 'certificateNo']} rules={[{ required: true }]}>
                        <Input style={{ width: 160 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.occupation')} name={[field.name, 'occupationCode']} rules={[{ required: true }]}>
                        <Select style={{ width: 220 }} showSearch optionFilterProp="label" options={occupationOptions} aria-label={t('filings.occupation')} />
                      </Form.Item>
                      <Form.Item label={t('filings.levels')} name={[field.name, 'levels']} rules={[{ required: true }]}>
                        <Select mode="multiple" style={{ width: 220 }} options={levelOptions} aria-label={t('filings.levels')} />
                      </Form.Item>
                      <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                        {t('filings.remove')}
                      </Button>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({ name: '', certificateNo: '', occupationCode: undefined, levels: [] })}>
                    {t('filings.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
          <Card title={t('filings.supervisors')} style={{ marginBottom: 16 }}>
            <Form.List name={['content', 'supervisors']}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item label={t('filings.name')} name={[field.name, 'name']} rules={[{ required: true }]}>
                        <Input style={{ width: 160 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.certificateNo')} name={[field.name, 'certificateNo']}>
                        <Input style={{ width: 160 }} />
                      </Form.Item>
                      <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                        {t('filings.remove')}
                      </Button>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({ name: '', certificateNo: '' })}>
                    {t('filings.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
          <Card title={t('filings.experts')}>
            <Form.List name={['content', 'experts']}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item label={t('filings.name')} name={[field.name, 'name']} rules={[{ required: true }]}>
                        <Input style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.jobTitle')} name={[field.name, 'title']}>
                        <Input style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.field')} name={[field.name, 'field']}>
                        <Input style={{ width: 180 }} />
                      </Form.Item>
                      <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                        {t('filings.remove')}
                      </Button>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({ name: '', title: '', field: '' })}>
                    {t('filings.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
        </div>
        <Card style={show(2)} title={t('filings.sites')}>
          <Form.List name={['content', 'sites']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Card key={field.key} size="small" style={{ marginBottom: 12 }} extra={<Button onClick={() => remove(field.name)}>{t('filings.remove')}</Button>}>
                    <Space align="start" wrap>
                      <Form.Item label={t('filings.siteName')} name={[field.name, 'name']} rules={[{ required: true }]}>
                        <Input style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.address')} name={[field.name, 'address']} rules={[{ required: true }]}>
                        <Input style={{ width: 280 }} />
                      </Form.Item>
                      <Form.Item label={t('filings.district')} name={[field.name, 'districtCode']} rules={[{ required: true }]}>
                        <Select style={{ width: 140 }} aria-label={t('filings.district')} options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.nameZh }))} />
                      </Form.Item>
                    </Space>
                    <Form.List name={[field.name, 'rooms']}>
                      {(rooms, roomOps) => (
                        <>
                          {rooms.map((room) => (
                            <Space key={room.key} align="start" wrap>
                              <Form.Item label={t('filings.roomName')} name={[room.name, 'name']} rules={[{ required: true }]}>
                                <Input style={{ width: 160 }} />
                              </Form.Item>
                              <Form.Item label={t('filings.capacity')} name={[room.name, 'capacity']} rules={[{ required: true }]}>
                                <InputNumber min={1} max={1000} />
                              </Form.Item>
                              <Form.Item label={t('filings.video')} name={[room.name, 'videoMonitoring']} valuePropName="checked">
                                <Switch />
                              </Form.Item>
                              <Button style={{ marginTop: 30 }} onClick={() => roomOps.remove(room.name)}>
                                {t('filings.remove')}
                              </Button>
                            </Space>
                          ))}
                          <Button type="dashed" size="small" onClick={() => roomOps.add({ name: '', capacity: 30, videoMonitoring: true })}>
                            {t('filings.add')} {t('filings.rooms')}
                          </Button>
                        </>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <Button type="dashed" onClick={() => add({ name: '', address: '', districtCode: undefined, rooms: [] })}>
                  {t('filings.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card style={show(3)}>
          <Form.Item label={t('filings.itemBank')} name={['content', 'itemBankSource']}>
            <Select style={{ width: 240 }} aria-label={t('filings.itemBank')} options={ITEM_BANK_SOURCES.map((s) => ({ value: s, label: t(`filings.${s}`) }))} />
          </Form.Item>
          <Form.Item label={t('filings.itemBankNote')} name={['content', 'itemBankNote']}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label={t('filings.rules')} name={['content', 'managementRules']}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name={['content', 'employerCommitment']} valuePropName="checked">
            <Checkbox>{t('filings.commitment')}</Checkbox>
          </Form.Item>
        </Card>
        <Card style={show(3)} title={t('filings.attachments')}>
          {id && existing.data ? (
            <>
              <Space wrap style={{ marginBottom: 12 }}>
                <Select
                  aria-label={t('filings.attachmentPurpose')}
                  value={purpose}
                  onChange={setPurpose}
                  style={{ width: 200 }}
                  options={ATTACHMENT_PURPOSES.map((p) => ({ value: p, label: t(`filings.purpose.${p}`) }))}
                />
                <Upload
                  accept=".pdf,.png,.jpg,.jpeg"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    upload.mutate(file);
                    return false;
                  }}
                >
                  <Button loading={upload.isPending}>{t('filings.upload')}</Button>
                </Upload>
              </Space>
              <AttachmentList filingId={id} attachments={existing.data.attachments} />
            </>
          ) : (
            t('filings.saveBeforeUpload')
          )}
        </Card>
      </Form>
      <Space style={{ marginTop: 16 }} wrap>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('filings.prev')}</Button>}
        {step < steps.length - 1 && <Button onClick={() => setStep(step + 1)}>{t('filings.next')}</Button>}
        <Button loading={run.isPending && !run.variables.submit} disabled={run.isPending} onClick={() => run.mutate({ submit: false })}>
          {t('filings.saveDraft')}
        </Button>
        <Button type="primary" loading={run.isPending && run.variables.submit} disabled={run.isPending} onClick={() => run.mutate({ submit: true })}>
          {t('filings.submitForReview')}
        </Button>
      </Space>
    </>
  );
}
