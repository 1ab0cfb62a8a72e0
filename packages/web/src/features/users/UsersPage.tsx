import { useState } from 'react';
import { Button, Form, Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type Locale } from '@jiping/domain';
import type { GrantView } from '@jiping/contracts';
import { usePaged } from '../../api/paged.ts';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  lastLoginAt: string | null;
  grants: GrantView[];
}

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [q, setQ] = useState<string | undefined>();
  const list = usePaged<UserRow>(['users'], '/api/v1/users', { q });
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('users.search')} htmlFor="users-q">
          <Input.Search id="users-q" allowClear onSearch={(v) => setQ(v || undefined)} enterButton={t('common.search')} />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} />}
      <Table<UserRow>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.roles'),
            dataIndex: 'grants',
            render: (grants: GrantView[]) =>
              grants.map((g, i) => (
                <Tag key={i} color="blue">
                  {ROLE_LABELS[g.role][locale]}
                  {g.districtName ? ` · ${g.districtName}` : ''}
                  {g.institutionName ? ` · ${g.institutionName}` : ''}
                  {g.occupationCodes.length ? ` · ${g.occupationCodes.join('、')}` : ''}
                </Tag>
              )),
          },
          { title: t('users.status'), dataIndex: 'status', render: (s: UserRow['status']) => <Tag color={s === 'active' ? 'green' : 'red'}>{t(`users.${s}`)}</Tag> },
          { title: t('users.lockedUntil'), dataIndex: 'lockedUntil', render: (v: string | null) => (v ? <Tag color="gold">{formatDateTime(v)}</Tag> : '—') },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
      {list.hasNextPage && <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>}
    </>
  );
}
