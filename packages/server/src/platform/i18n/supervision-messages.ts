import type { Locale } from '@jiping/domain';

/** Messages shared by the supervision modules (registries, draws, inspections, rectification, document requests), in both languages. */
export const SUPERVISION_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.inspectionItem': { 'zh-CN': '检查事项', 'en-US': 'inspection item' },
  'departmentKind.city': { 'zh-CN': '市人社局', 'en-US': 'city bureau' },
  'departmentKind.district': { 'zh-CN': '区人社局', 'en-US': 'district bureau' },
  'departmentKind.industry': { 'zh-CN': '行业主管部门', 'en-US': 'industry authority' },
  'entity.documentRequest': { 'zh-CN': '调取资料通知', 'en-US': 'document request' },
  'entity.inspection': { 'zh-CN': '督导检查', 'en-US': 'inspection' },
  'inspectionStatus.assigned': { 'zh-CN': '待检查', 'en-US': 'assigned' },
  'inspectionStatus.in_progress': { 'zh-CN': '检查中', 'en-US': 'in progress' },
  'inspectionStatus.submitted': { 'zh-CN': '待确认', 'en-US': 'submitted' },
  'inspectionStatus.completed': { 'zh-CN': '已完成', 'en-US': 'completed' },
  'inspectionStatus.published': { 'zh-CN': '已公开', 'en-US': 'published' },
  'inspectionStatus.cancelled': { 'zh-CN': '已取消', 'en-US': 'cancelled' },
  'policy.supervision.officersOnly': {
    'zh-CN': '监督检查由市、区人社部门和行业主管部门办理，您的账号不能办理。',
    'en-US': 'Supervision is run by the city and district bureaus and the industry authorities; your account cannot do this.',
  },
};
