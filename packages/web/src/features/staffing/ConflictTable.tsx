import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '@jiping/contracts';
import { CONFLICT_KIND_LABELS, type Locale } from '@jiping/domain';
import { formatDateTime, Nowrap } from '../../layout/common.tsx';

/** Declared ties (回避): who, with whom, which tie, declared by whom and when. */
export function ConflictTable({ items, loading }: { items: ConflictView[]; loading?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <Table<ConflictView>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: t('staffing.noConflicts') }}
      columns={[
        { title: t('staffing.staffMember'), dataIndex: 'staffName', render: (v: string) => <Nowrap>{v}</Nowrap> },
        { title: t('staffing.candidate'), dataIndex: 'personName', render: (v: string) => <Nowrap>{v}</Nowrap> },
        { title: t('staffing.conflictKind'), dataIndex: 'kind', render: (k: ConflictView['kind']) => CONFLICT_KIND_LABELS[k][locale] },
        { title: t('staffing.declaredAs'), dataIndex: 'declaredAs', render: (d: ConflictView['declaredAs']) => t(`staffing.declarants.${d}`) },
        { title: t('staffing.note'), dataIndex: 'note', render: (v: string) => v || '—' },
        { title: t('staffing.declaredAt'), dataIndex: 'createdAt', render: (v: string) => <Nowrap>{formatDateTime(v)}</Nowrap> },
      ]}
    />
  );
}
