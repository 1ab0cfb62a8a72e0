import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_CLASS_LABELS, type Locale, type RiskClass } from '@jiping/domain';
import type { InspectorSummary } from '@jiping/contracts';

const RISK_COLORS: Record<RiskClass, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** A party's risk class: the one set, or the default with "not assessed" said in words. */
export function RiskClassTag({ riskClass, assessed, basis }: { riskClass: RiskClass; assessed: boolean; basis?: string | null }) {
  const { t, i18n } = useTranslation();
  const label = RISK_CLASS_LABELS[riskClass][i18n.language as Locale];
  const tag = (
    <Tag color={assessed ? RISK_COLORS[riskClass] : 'default'}>{assessed ? label : t('inspectionRegistry.party.unassessed', { label: i18n.language === 'en-US' ? riskClass : `${riskClass} 类` })}</Tag>
  );
  return basis ? <Tooltip title={basis}>{tag}</Tooltip> : tag;
}

/** 市人社局 · 浦东新区人社局 · 上海市经济和信息化委员会. */
export function useDepartmentLabel() {
  const { t } = useTranslation();
  return (i: Pick<InspectorSummary, 'departmentKind' | 'districtName' | 'industry'>) => {
    if (i.departmentKind === 'district') return `${i.districtName ?? ''}${t('inspectionRegistry.inspector.departmentKinds.district')}`;
    if (i.departmentKind === 'industry') return i.industry ?? t('inspectionRegistry.inspector.departmentKinds.industry');
    return t('inspectionRegistry.inspector.departmentKinds.city');
  };
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Tag color={active ? 'green' : 'default'}>{t(`inspectionRegistry.active.${active}`)}</Tag>;
}
