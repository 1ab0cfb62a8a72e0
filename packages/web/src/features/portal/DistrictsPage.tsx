import { Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { District } from '@jiping/contracts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../layout/common.tsx';

export function useDistricts() {
  return useQuery({ queryKey: ['districts'], queryFn: () => api<District[]>('/api/v1/districts'), staleTime: Infinity });
}

export default function DistrictsPage() {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  return (
    <>
      <Typography.Title level={3}>{t('portal.districts')}</Typography.Title>
      {districts.error && <ErrorAlert error={districts.error} />}
      <Table<District>
        rowKey="code"
        loading={districts.isLoading}
        dataSource={districts.data ?? []}
        pagination={false}
        columns={[
          { title: 'GB/T 2260', dataIndex: 'code' },
          { title: t('institutions.district'), render: (_, d) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh) },
        ]}
      />
    </>
  );
}
