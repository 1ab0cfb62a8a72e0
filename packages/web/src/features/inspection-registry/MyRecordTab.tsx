import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@jiping/contracts';
import { ApiError, call } from '../../api/client.ts';
import { ErrorAlert, Loading } from '../../layout/common.tsx';
import { InspectorRecord } from './InspectorDetailDrawer.tsx';

/** 我的名录信息: a signed-in inspector's own registry entry, where they declare and withdraw their conflicts. */
export function MyRecordTab() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['inspector', 'mine'], queryFn: () => call(endpoints.myInspectorRecord, {}) });
  if (mine.isLoading) return <Loading />;
  if (mine.error instanceof ApiError && mine.error.status === 404) return <Alert type="info" showIcon title={t('inspectionRegistry.inspector.notLinked')} />;
  if (mine.error || !mine.data) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  return <InspectorRecord inspector={mine.data} onChanged={() => void mine.refetch()} />;
}
