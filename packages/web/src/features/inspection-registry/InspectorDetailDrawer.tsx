import { useState } from 'react';
import { Button, Descriptions, Drawer, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type InspectorDetail } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert, Loading } from '../../layout/common.tsx';
import { ActiveTag, useDepartmentLabel } from './registry-views.tsx';
import { ConflictsSection } from './ConflictsSection.tsx';

/** One inspector: the record, deactivation or reactivation with a reason, and the declared conflicts. */
export function InspectorDetailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: ['inspector', id], enabled: id !== null, queryFn: () => call(endpoints.inspector, { params: { id: id! } }) });
  return (
    <Drawer open={id !== null} title={t('inspectionRegistry.inspector.detail')} onClose={onClose} size="large" destroyOnHidden>
      {detail.isLoading && <Loading />}
      {detail.error != null && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <InspectorRecord inspector={detail.data} onChanged={() => void detail.refetch()} />}
    </Drawer>
  );
}

/** The record as read by an officer or by the inspector themself (My record). */
export function InspectorRecord({ inspector, onChanged }: { inspector: InspectorDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const department = useDepartmentLabel();
  const [toggling, setToggling] = useState(false);
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('inspectionRegistry.inspector.name')}>{inspector.name}</Descriptions.Item>
        <Descriptions.Item label={t('inspectionRegistry.inspector.certificateNumber')}>{inspector.certificateNumber}</Descriptions.Item>
        <Descriptions.Item label={t('inspectionRegistry.inspector.field')}>{inspector.field}</Descriptions.Item>
        <Descriptions.Item label={t('inspectionRegistry.inspector.department')}>{department(inspector)}</Descriptions.Item>
        <Descriptions.Item label={t('inspectionRegistry.inspector.account')}>
          {inspector.account ? `${inspector.account.displayName}（${inspector.account.username}）` : t('inspectionRegistry.inspector.noAccount')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspectionRegistry.activeFilter')}>
          <Space>
            <ActiveTag active={inspector.active} />
            {inspector.canWrite && (
              <Button size="small" danger={inspector.active} onClick={() => setToggling(true)}>
                {t(inspector.active ? 'inspectionRegistry.deactivate' : 'inspectionRegistry.reactivate')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <ConflictsSection inspector={inspector} onChanged={onChanged} />
      {toggling && (
        <DecisionDialog
          open
          name="inspector-active"
          title={t(inspector.active ? 'inspectionRegistry.deactivateTitle' : 'inspectionRegistry.reactivateTitle', { name: inspector.name })}
          reasonLabel={t('inspectionRegistry.reasonLabel')}
          reasonMaxLength={500}
          choices={[
            {
              key: 'confirm',
              label: t(inspector.active ? 'inspectionRegistry.deactivate' : 'inspectionRegistry.reactivate'),
              primary: true,
              danger: inspector.active,
              reasonRequired: t('inspectionRegistry.reasonRequired'),
              done: t(inspector.active ? 'inspectionRegistry.deactivated' : 'inspectionRegistry.reactivated'),
            },
          ]}
          send={(_, { reason }) =>
            call(inspector.active ? endpoints.deactivateInspector : endpoints.reactivateInspector, { params: { id: inspector.id }, body: { version: inspector.version, reason } })
          }
          onClose={() => setToggling(false)}
          onDone={() => {
            setToggling(false);
            onChanged();
          }}
        />
      )}
    </>
  );
}
