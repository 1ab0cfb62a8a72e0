import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { District } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { districtLabel, useDistricts } from '../../api/reference.ts';
import { ErrorAlert } from '../../layout/common.tsx';

export { useDistricts };

export default function DistrictsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const districts = useDistricts();
  return (
    <>
      <Typography.Title level={3}>{t('portal.districts')}</Typography.Title>
      {districts.error && <ErrorAlert error={districts.error} onRetry={() => void districts.refetch()} />}
      <Table<District>
        rowKey="code"
        loading={districts.isLoading}
        dataSource={districts.data ?? []}
        pagination={false}
        columns={[
          { title: t('portal.districtCode'), dataIndex: 'code', width: 160 },
          { title: t('institutions.district'), key: 'name', render: (_, d) => districtLabel(d, locale) },
        ]}
      />
    </>
  );
}
