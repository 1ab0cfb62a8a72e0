import type { Locale } from '@jiping/domain';

/** Messages of the supervision registries (检查名录库): inspectable items, inspectors and their conflicts, parties and their risk classes. */
export const INSPECTION_REGISTRY_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.inspector': { 'zh-CN': '督导员', 'en-US': 'inspector' },
  'entity.inspectorRecord': {
    'zh-CN': '督导员名录信息（您的账号尚未关联到执法检查人员名录，请联系名录维护部门）',
    'en-US': 'inspector record (your account is not linked to the registry yet; ask the department keeping it)',
  },
  'entity.inspectorConflict': { 'zh-CN': '回避申报', 'en-US': 'declared conflict' },
  'entity.party': { 'zh-CN': '受检对象（该机构没有有效备案，不在受检对象名录中）', 'en-US': 'party (the institution has no filing in force, so it is not in the party registry)' },
  'policy.inspectionRegistry.readersOnly': {
    'zh-CN': '检查事项清单供市、区人社部门、行业主管部门和督导员查阅，您的账号不能查看。',
    'en-US': 'The list of inspectable items is for the bureaus, the industry authorities and inspectors; your account cannot read it.',
  },
  'policy.inspectionRegistry.cityKeepsItems': {
    'zh-CN': '检查事项清单由市人社局统一制定，只有市级管理员可以新增、修改或停用检查事项。',
    'en-US': 'The city bureau sets the list of inspectable items: only the municipal administrator adds, edits or deactivates them.',
  },
  'policy.inspectionRegistry.inspectorKeepers': {
    'zh-CN': '执法检查人员名录由市人社局和各区人社局维护，您的账号不能修改名录。',
    'en-US': 'The inspector registry is kept by the city and district bureaus; your account cannot change it.',
  },
  'policy.inspectionRegistry.cityOrIndustryInspector': {
    'zh-CN': '该督导员属于{departmentKindLabel}，区人社局只能维护本区人社局的督导员，请由市人社局办理。',
    'en-US': 'This inspector belongs to {departmentKindLabel}; a district bureau keeps only its own inspectors. Ask the city bureau.',
  },
  'policy.inspectionRegistry.otherDistrictInspector': {
    'zh-CN': '该督导员属于{districtName}人社局，您只能维护本区人社局的督导员。',
    'en-US': 'This inspector belongs to the {districtName} bureau; you keep only your own district’s inspectors.',
  },
  'policy.inspectionRegistry.ownConflictsOnly': {
    'zh-CN': '督导员只能申报或撤回本人的回避事项。',
    'en-US': 'An inspector declares or withdraws only their own conflicts.',
  },
  'policy.inspectionRegistry.cityClassesRisk': {
    'zh-CN': '受检对象的风险分类由市人社局统一评定，只有市级管理员可以设定。',
    'en-US': 'The city bureau classes the parties’ risk: only the municipal administrator sets a class.',
  },
  'policy.inspectionRegistry.inspectorsOnly': {
    'zh-CN': '只有督导员账号有本人的名录信息。',
    'en-US': 'Only an inspector account has an inspector record.',
  },
  'inspectionItem.checklistEmpty': { 'zh-CN': '检查表至少需要 1 个检查要点。', 'en-US': 'The checklist needs at least one line.' },
  'inspectionItem.checklistTooLong': { 'zh-CN': '检查表最多 {max} 个检查要点。', 'en-US': 'The checklist holds at most {max} lines.' },
  'inspectionItem.duplicateKey': {
    'zh-CN': '检查要点编号“{key}”与第 {line} 个要点重复，编号须唯一（检查记录按编号对应要点）。',
    'en-US': 'Line key "{key}" repeats line {line}; keys must be unique (inspection answers refer to lines by key).',
  },
  'inspectionItem.codeTaken': { 'zh-CN': '事项编码 {code} 已被“{name}”使用。', 'en-US': 'Item code {code} is already used by "{name}".' },
  'inspector.districtRequired': { 'zh-CN': '区人社局的督导员须选择所属区。', 'en-US': 'A district bureau’s inspector needs their district.' },
  'inspector.industryRequired': { 'zh-CN': '行业主管部门的督导员须填写所属行业主管部门。', 'en-US': 'An industry authority’s inspector needs the authority’s name.' },
  'inspector.accountNotInspector': {
    'zh-CN': '账号 {username} 不存在或不是督导员账号，只能关联具有督导员角色的账号。',
    'en-US': 'Account {username} does not exist or is not an inspector account; only accounts with the inspector role can be linked.',
  },
  'inspector.accountTaken': {
    'zh-CN': '账号 {username} 已关联督导员 {name}，一个账号只能对应名录中的一名督导员。',
    'en-US': 'Account {username} is already linked to inspector {name}; one account, one inspector.',
  },
  'inspector.certificateTaken': {
    'zh-CN': '执法证号 {certificateNumber} 已登记在督导员 {name} 名下，同一执法证号不能重复登记。',
    'en-US': 'Enforcement certificate {certificateNumber} is already registered to inspector {name}; a certificate number is registered once.',
  },
  'inspector.conflictNotParty': {
    'zh-CN': '所选机构没有有效备案，不在受检对象名录中，无需申报回避。',
    'en-US': 'The institution has no filing in force, so it is not a party and cannot be drawn: no conflict needs declaring.',
  },
  'inspector.conflictExists': { 'zh-CN': '{name} 已申报与“{institution}”回避，无需重复申报。', 'en-US': '{name} has already declared a conflict with "{institution}".' },
  'registry.alreadyActive': { 'zh-CN': '“{name}”已是启用状态。', 'en-US': '"{name}" is already active.' },
  'registry.alreadyInactive': { 'zh-CN': '“{name}”已停用。', 'en-US': '"{name}" is already inactive.' },
  'error.db.inspectorCertificateTaken': { 'zh-CN': '该执法证号已登记在名录中，同一执法证号不能重复登记。', 'en-US': 'This enforcement certificate number is already in the registry.' },
  'error.db.inspectorAccountTaken': { 'zh-CN': '该账号已关联名录中的另一名督导员。', 'en-US': 'This account is already linked to another inspector.' },
  'error.db.inspectionItemCodeTaken': { 'zh-CN': '该事项编码已被使用。', 'en-US': 'This item code is already used.' },
  'error.db.inspectorConflictExists': { 'zh-CN': '该督导员已申报与该机构回避，无需重复申报。', 'en-US': 'This inspector has already declared a conflict with this institution.' },
};
