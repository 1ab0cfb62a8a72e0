import type { ReactNode } from 'react';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occupation } from '@jiping/contracts';
import { useOccupations } from '../../api/reference.ts';
import { ErrorAlert } from '../../layout/common.tsx';

export function LevelTags({ levels }: { levels: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <>
      {[...levels]
        .sort((a, b) => b - a)
        .map((level) => (
          <Tag key={level}>{t(`level.${level}`)}</Tag>
        ))}
    </>
  );
}

export { useOccupations };

/**
 * The catalogue as a table: the public page and the city's catalogue screen show the same thing;
 * `action` adds a last column there (the city's settings of each occupation).
 */
export function OccupationTable({ occupations, loading, action }: { occupations: Occupation[]; loading: boolean; action?: { title: string; render: (occupation: Occupation) => ReactNode } }) {
  const { t } = useTranslation();
  return (
    <Table<Occupation>
      rowKey="code"
      loading={loading}
      dataSource={occupations}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('catalogue.code'), dataIndex: 'code', render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span> },
        {
          title: t('catalogue.name'),
          dataIndex: 'nameZh',
          render: (name: string, o) => (
            <>
              {name}
              {!o.verified && (
                <Tag color="gold" style={{ marginLeft: 8 }}>
                  {t('portal.unverified')}
                </Tag>
              )}
            </>
          ),
        },
        { title: t('catalogue.workTypes'), dataIndex: 'workTypes', render: (w: string[]) => (w.length ? w.join('、') : '—') },
        { title: t('catalogue.levels'), dataIndex: 'levels', render: (levels: number[]) => <LevelTags levels={levels} /> },
        { title: t('catalogue.standard'), dataIndex: 'standardVersion', responsive: ['md'] },
        ...(action ? [{ title: action.title, key: 'action', render: (_: unknown, o: Occupation) => action.render(o) }] : []),
      ]}
    />
  );
}

export default function OccupationsPage() {
  const { t } = useTranslation();
  const occupations = useOccupations();
  return (
    <>
      <Typography.Title level={3}>{t('portal.occupations')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.occupationsIntro')}</Typography.Paragraph>
      {occupations.error && <ErrorAlert error={occupations.error} onRetry={() => void occupations.refetch()} />}
      <OccupationTable loading={occupations.isLoading} occupations={occupations.data ?? []} />
    </>
  );
}
