import { useState } from 'react';
import { Button, Form, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { endpoints, type GrantView, type UserPage } from '@jiping/contracts';
import type { z } from 'zod';
import { usePaged } from '../../api/paged.ts';
import { GrantTag } from './GrantTag.tsx';
import { ErrorAlert, formatDateTime, PageTitle } from '../../layout/common.tsx';

type UserRow = z.infer<typeof UserPage>['items'][number];

/** Every account with its roles; the city administrator's view. */
export default function UsersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState<string | undefined>();
  const list = usePaged(['users'], endpoints.users, { q });
  const now = Date.now();
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('users.search')} htmlFor="users-q">
          <Input.Search id="users-q" allowClear onSearch={(v) => setQ(v.trim() || undefined)} enterButton={t('common.search')} />
        </Form.Item>
      </Form>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {!list.error && (
        <Table<UserRow>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('users.empty') }}
          columns={[
            { title: t('users.username'), dataIndex: 'username', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            {
              title: t('users.roles'),
              dataIndex: 'grants',
              render: (grants: GrantView[]) => (
                <Space size={[0, 4]} wrap>
                  {grants.map((g, i) => (
                    <GrantTag key={i} grant={g} />
                  ))}
                </Space>
              ),
            },
            {
              title: t('users.status'),
              dataIndex: 'status',
              render: (s: UserRow['status'], row) => (
                <Space size={[0, 4]} wrap>
                  <Tag color={s === 'active' ? 'green' : 'red'}>{t(`users.${s}`)}</Tag>
                  {row.lockedUntil && Date.parse(row.lockedUntil) > now && <Tag color="gold">{t('users.locked')}</Tag>}
                </Space>
              ),
            },
            { title: t('users.lockedUntil'), dataIndex: 'lockedUntil', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
            { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
