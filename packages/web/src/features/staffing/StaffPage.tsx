import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { endpoints, type Me, type StaffMemberView } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, Nowrap, PageTitle } from '../../layout/common.tsx';
import { PersonFields, personBody, type PersonFormValues } from '../people/PersonFields.tsx';
import { ConflictFormModal } from './ConflictFormModal.tsx';
import { ConflictTable } from './ConflictTable.tsx';
import { FormModal } from './FormModal.tsx';

type Dialog = { kind: 'person' | 'account' | 'link'; staff: StaffMemberView } | null;

/**
 * 考评人员: the examiners and supervisors the institution's filing names, each linked to the person
 * behind the name (for the automatic conflict rules) and to the account they sign in with; and
 * the conflicts of interest declared between them and candidates.
 */
export default function StaffPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const institutionId = me.institution?.id ?? null;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [declaring, setDeclaring] = useState(false);
  const [password, setPassword] = useState<{ name: string; username: string; password: string } | null>(null);
  const staff = useQuery({
    queryKey: ['staff', institutionId],
    enabled: institutionId !== null,
    queryFn: () => call(endpoints.staffMembers, { params: { id: institutionId! } }).then((r) => r.items),
  });
  const conflicts = useQuery({
    queryKey: ['conflicts', institutionId],
    enabled: institutionId !== null,
    queryFn: () => call(endpoints.institutionConflicts, { params: { id: institutionId! } }).then((r) => r.items),
  });
  if (!institutionId) return <Alert type="info" showIcon title={t('relations.noInstitution')} />;
  const close = () => setDialog(null);

  return (
    <>
      <PageTitle>{t('menu.staff')}</PageTitle>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.staffTitle')}</h2>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('staffing.staffIntro')}</Typography.Paragraph>
        {staff.error && <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
        <Table<StaffMemberView>
          rowKey="id"
          loading={staff.isLoading}
          dataSource={staff.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('person.name'), dataIndex: 'name', render: (v: string) => <Nowrap>{v}</Nowrap> },
            { title: t('staffing.staffMember'), dataIndex: 'kind', render: (k: StaffMemberView['kind']) => <Nowrap>{t(`staffing.kind.${k}`)}</Nowrap> },
            { title: t('staffing.certificateNo'), dataIndex: 'certificateNo', render: (v: string) => <Nowrap>{v || '—'}</Nowrap> },
            {
              title: t('staffing.qualification'),
              render: (_, s) => (s.occupationCode ? `${s.occupationCode} ${s.levels.map((l) => t(`level.${l}`)).join('、')}` : '—'),
            },
            { title: t('staffing.state'), dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? t('staffing.active') : t('staffing.inactive')}</Tag> },
            { title: t('staffing.person'), render: (_, s) => <Nowrap>{s.person ? `${s.person.name} ${s.person.idNumberMasked}` : t('staffing.notLinked')}</Nowrap> },
            { title: t('staffing.account'), render: (_, s) => <Nowrap>{s.account?.username ?? t('staffing.noAccount')}</Nowrap> },
            {
              title: t('common.actions'),
              render: (_, s) =>
                s.active && (
                  <Space wrap>
                    <Button size="small" onClick={() => setDialog({ kind: 'person', staff: s })}>
                      {t('staffing.linkPerson')}
                    </Button>
                    {!s.account && (
                      <Button size="small" onClick={() => setDialog({ kind: 'account', staff: s })}>
                        {t('staffing.createAccount')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => setDialog({ kind: 'link', staff: s })}>
                      {t('staffing.linkAccount')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('staffing.conflictsTitle')}</h2>}
        extra={
          <Button type="primary" onClick={() => setDeclaring(true)}>
            {t('staffing.declare')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('staffing.conflictsIntro')}</Typography.Paragraph>
        {conflicts.error && <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} />}
        <ConflictTable items={conflicts.data ?? []} loading={conflicts.isLoading} />
      </Card>
      {dialog?.kind === 'person' && <LinkPersonModal staff={dialog.staff} onClose={close} />}
      {dialog?.kind === 'account' && (
        <CreateAccountModal
          staff={dialog.staff}
          onClose={close}
          onCreated={(created) => {
            close();
            setPassword(created);
          }}
        />
      )}
      {dialog?.kind === 'link' && <LinkAccountModal staff={dialog.staff} onClose={close} />}
      <ConflictFormModal
        open={declaring}
        staff={(staff.data ?? []).filter((s) => s.active)}
        onClose={() => setDeclaring(false)}
        send={({ staffId, registrationId, kind, note }) => call(endpoints.declareInstitutionConflict, { params: { id: institutionId }, body: { staffId: staffId!, registrationId, kind, note } })}
      />
      <Modal
        open={password !== null}
        title={t('staffing.passwordTitle')}
        closable={false}
        maskClosable={false}
        footer={
          <Button type="primary" onClick={() => setPassword(null)}>
            {t('staffing.passwordClose')}
          </Button>
        }
      >
        {password && (
          <>
            <Typography.Paragraph>{t('staffing.passwordIntro', { name: password.name })}</Typography.Paragraph>
            <Typography.Paragraph>
              {t('staffing.username')}：<Typography.Text code>{password.username}</Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph>
              {t('staffing.initialPassword')}：
              <Typography.Text code copyable aria-label={t('staffing.initialPassword')}>
                {password.password}
              </Typography.Text>
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </>
  );
}

const STAFF_KEYS = [['staff'], ['plan-staffing']];

function LinkPersonModal({ staff, onClose }: { staff: StaffMemberView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ person: PersonFormValues }>();
  const mutation = useFormMutation({
    form,
    mutationFn: ({ person }: { person: PersonFormValues }) => call(endpoints.linkStaffPerson, { params: { id: staff.id }, body: { version: staff.version, person: personBody(person) } }),
    invalidate: STAFF_KEYS,
    success: (view) => t('staffing.personLinked', { name: view.person?.name ?? '' }),
    onSuccess: onClose,
  });
  return (
    <FormModal title={t('staffing.linkPersonTitle', { name: staff.name })} form={form} mutation={mutation} onClose={onClose} width={640}>
      <Typography.Paragraph type="secondary">{t('staffing.linkPersonHint')}</Typography.Paragraph>
      <Form form={form} name="staff-person" layout="vertical" initialValues={{ person: { idType: 'resident_id', name: staff.name } }}>
        <PersonFields prefix={['person']} />
      </Form>
    </FormModal>
  );
}

function CreateAccountModal({ staff, onClose, onCreated }: { staff: StaffMemberView; onClose: () => void; onCreated: (created: { name: string; username: string; password: string }) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ username: string; displayName?: string }>();
  const mutation = useFormMutation({
    form,
    mutationFn: (values: { username: string; displayName?: string }) =>
      call(endpoints.createStaffAccount, { params: { id: staff.id }, body: { version: staff.version, username: values.username, ...(values.displayName ? { displayName: values.displayName } : {}) } }),
    invalidate: STAFF_KEYS,
    onSuccess: (created) => onCreated({ name: staff.name, username: created.username, password: created.initialPassword }),
  });
  return (
    <FormModal title={t('staffing.createAccountTitle', { name: staff.name })} form={form} mutation={mutation} onClose={onClose}>
      <Form form={form} name="staff-account" layout="vertical">
        <Form.Item
          label={t('staffing.username')}
          name="username"
          extra={t('staffing.usernameHint')}
          rules={[
            { required: true, message: t('form.required', { field: t('staffing.username') }) },
            { pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/, message: t('staffing.usernameHint') },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label={t('staffing.displayName')} name="displayName">
          <Input maxLength={50} placeholder={staff.name} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function LinkAccountModal({ staff, onClose }: { staff: StaffMemberView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ username: string }>();
  const mutation = useFormMutation({
    form,
    mutationFn: (values: { username: string }) => call(endpoints.linkStaffAccount, { params: { id: staff.id }, body: { version: staff.version, username: values.username } }),
    invalidate: STAFF_KEYS,
    success: (_, values) => t('staffing.accountLinked', { username: values.username }),
    onSuccess: onClose,
  });
  return (
    <FormModal title={t('staffing.linkAccountTitle', { name: staff.name })} form={form} mutation={mutation} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('staffing.linkAccountHint')}</Typography.Paragraph>
      <Form form={form} name="staff-account-link" layout="vertical">
        <Form.Item label={t('staffing.username')} name="username" rules={[{ required: true, message: t('form.required', { field: t('staffing.username') }) }]}>
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
