import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me.ts';
import { Loading, PageTitle } from '../../layout/common.tsx';
import { useSearchParams } from 'react-router-dom';
import { ItemsTab } from './ItemsTab.tsx';
import { InspectorsTab } from './InspectorsTab.tsx';
import { PartiesTab } from './PartiesTab.tsx';
import { MyRecordTab } from './MyRecordTab.tsx';

const OFFICER_ROLES = new Set(['municipal_admin', 'district_officer', 'industry_officer']);

/**
 * 检查名录库: the inspectable items, the inspector registry and the party registry, one tab each
 * (the tab and each tab's filters kept in the URL). Officers see all three; an inspector reads the
 * items and their own record with the conflicts they declared. What each may change comes from the
 * server (`canWrite`, `canCreate`, `canSetRiskClass`), never from the role here.
 */
export default function InspectionRegistryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  if (me.isLoading) return <Loading />;
  const roles = new Set((me.data?.grants ?? []).map((g) => g.role));
  const officer = [...roles].some((r) => OFFICER_ROLES.has(r));
  const tabs = [
    { key: 'items', label: t('inspectionRegistry.tabs.items'), children: <ItemsTab /> },
    ...(officer
      ? [
          { key: 'inspectors', label: t('inspectionRegistry.tabs.inspectors'), children: <InspectorsTab /> },
          { key: 'parties', label: t('inspectionRegistry.tabs.parties'), children: <PartiesTab /> },
        ]
      : []),
    ...(roles.has('inspector') ? [{ key: 'mine', label: t('inspectionRegistry.tabs.mine'), children: <MyRecordTab /> }] : []),
  ];
  const active = tabs.some((tab) => tab.key === params.get('tab')) ? params.get('tab')! : 'items';
  return (
    <>
      <PageTitle>{t('menu.inspection-registry')}</PageTitle>
      <Tabs
        activeKey={active}
        destroyOnHidden
        // Each tab has its own filters: switching starts the new tab unfiltered.
        onChange={(key) => setParams({ tab: key })}
        items={tabs}
      />
    </>
  );
}
