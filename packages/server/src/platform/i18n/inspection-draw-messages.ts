import type { Locale } from '@jiping/domain';

/** Messages of random-inspection tasks and their draw (双随机), in both languages. */
export const INSPECTION_DRAW_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.inspectionTask': { 'zh-CN': '抽查任务', 'en-US': 'inspection task' },
  'entity.inspectionDraw': { 'zh-CN': '抽取记录（该任务尚未抽取）', 'en-US': 'draw record (the task has not been drawn yet)' },
  'taskStatus.draft': { 'zh-CN': '草稿', 'en-US': 'draft' },
  'taskStatus.committed': { 'zh-CN': '已公示承诺', 'en-US': 'published' },
  'taskStatus.drawn': { 'zh-CN': '已抽取', 'en-US': 'drawn' },
  'taskStatus.cancelled': { 'zh-CN': '已取消', 'en-US': 'cancelled' },
  'policy.inspectionTask.otherDepartment': {
    'zh-CN': '该抽查任务属于{department}，只能由该部门办理。',
    'en-US': 'This inspection task belongs to {department}; only that department can act on it.',
  },
  'policy.inspectionTask.wrongStatus': { 'zh-CN': '抽查任务当前状态为“{taskStatusLabel}”，不能进行此操作。', 'en-US': 'The task is {taskStatusLabel}; this cannot be done now.' },
  'policy.inspectionTask.districtOutOfScope': {
    'zh-CN': '区级抽查任务只能覆盖本区（{own}），不能包括{district}。',
    'en-US': 'A district task covers its own district ({own}) only, not {district}.',
  },
  'policy.inspectionTask.occupationOutOfScope': {
    'zh-CN': '行业主管部门的抽查任务只能覆盖其主管的职业，{occupation} 不在其中。',
    'en-US': 'An industry authority’s task covers its own occupations only; {occupation} is not one of them.',
  },
  'inspectionTask.unknownItem': { 'zh-CN': '请选择检查事项清单中现行有效的检查事项。', 'en-US': 'Choose an inspectable item in force from the list.' },
  'inspectionTask.ratioOutOfRange': {
    'zh-CN': '{riskClass} 类的抽查比例须在 {min}% 至 {max}% 之间（填写的是 {value}%）。',
    'en-US': 'The sampling ratio of class {riskClass} must be between {min}% and {max}% (given: {value}%).',
  },
  'inspectionTask.repeatedWitness': { 'zh-CN': '见证人“{name}”重复，每位见证人只能列一次。', 'en-US': 'Witness “{name}” is named twice; name each witness once.' },
  'inspectionTask.noParties': {
    'zh-CN': '抽查范围内没有备案有效的评价机构，无法公示：请放宽范围（区、机构类别、职业、风险等级）。',
    'en-US': 'No institution with a filing in force is in scope, so there is nothing to publish: widen the scope.',
  },
  'inspectionTask.emptyPool': {
    'zh-CN': '执法检查人员名录中没有符合条件的在岗人员，无法公示：请调整检查人员范围或先在名录中登记人员。',
    'en-US': 'No active inspector of the registry matches the pool filter: change the filter or register inspectors first.',
  },
  'inspectionTask.poolTooSmall': {
    'zh-CN': '检查人员库只有 {eligible} 人，少于每个检查对象所需的 {required} 人，无法公示。',
    'en-US': 'The inspector pool has {eligible}, fewer than the {required} each target needs.',
  },
  'inspectionDraw.tooFewInspectors': {
    'zh-CN': '检查对象 {party} 可抽取的检查人员只有 {eligible} 人（已排除申报回避及本区人员），少于所需的 {required} 人，本次未抽取、未写入任何记录。',
    'en-US': 'Target {party} has only {eligible} eligible inspectors (after conflicts and exclusions), fewer than the {required} required; nothing was drawn or written.',
  },
  'inspectionDraw.badValue': { 'zh-CN': '随机数“{value}”不是不超过 30 位的非负整数。', 'en-US': 'The random value “{value}” is not a non-negative integer of at most 30 digits.' },
  'inspectionDraw.tooManyPicks': {
    'zh-CN': '第 {stage} 阶段需抽取的对象超过 65 536 个，请降低比例或缩小范围。',
    'en-US': 'Stage {stage} would pick more than 65 536; lower the ratio or narrow the scope.',
  },
  'inspectionDraw.duplicateCode': { 'zh-CN': '候选名单中编号 {value} 重复，抽取无法进行。', 'en-US': 'Code {value} appears twice in the candidate lists; the draw cannot run.' },
  'inspectionDraw.tooFewInspectorsPerTarget': {
    'zh-CN': '每个检查对象至少须有 2 名检查人员（任务设为 {required} 名）。',
    'en-US': 'Each target needs at least 2 inspectors (the task sets {required}).',
  },
  'inspectionDraw.emptyPool': { 'zh-CN': '检查人员库为空，无法抽取。', 'en-US': 'The inspector pool is empty; nothing can be drawn.' },
  'inspectionDraw.noParties': { 'zh-CN': '候选检查对象为空，无法抽取。', 'en-US': 'There are no candidate targets; nothing can be drawn.' },
  'inspectionDraw.commitmentMismatch': {
    'zh-CN': '任务 {number} 揭示的密钥与公示的承诺值不一致，抽取已拒绝且不会重抽。请保留现场记录并报告系统管理员核查。',
    'en-US': 'The secret revealed for task {number} does not match the published commitment; the draw is refused and will not be redone. Keep the record and report it for investigation.',
  },
  'inspectionDraw.alreadyDrawn': { 'zh-CN': '任务 {number} 已经抽取过，每个任务只能抽取一次。', 'en-US': 'Task {number} has already been drawn; a task is drawn once.' },
  'inspectionDraw.witnessesAsNamed': {
    'zh-CN': '须按事先公示的见证人及顺序录入数值：{names}。',
    'en-US': 'Enter values for the witnesses named in advance, in their order: {names}.',
  },
  'inspectionDraw.badWitnessValue': {
    'zh-CN': '见证人{name}的数值“{value}”不是不超过 30 位的非负整数。',
    'en-US': 'Witness {name}’s value “{value}” is not a non-negative integer of at most 30 digits.',
  },
  'inspectionDraw.publicSourceValue': {
    'zh-CN': '请录入事先公示的公开随机源（{source}）的数值：不超过 30 位的非负整数。',
    'en-US': 'Enter the value of the public source named in advance ({source}): a non-negative integer of at most 30 digits.',
  },
  'inspectionDraw.noPublicSource': { 'zh-CN': '该任务事先未公示公开随机源，不能录入其数值。', 'en-US': 'This task named no public source in advance; no value may be entered for one.' },
  'inspectionDraw.tooManyReads': { 'zh-CN': '查询过于频繁（每分钟最多 {limit} 次），请稍后再试。', 'en-US': 'Too many requests (at most {limit} a minute); try again shortly.' },
  'notification.inspectionDrawn.title': { 'zh-CN': '您被抽中参加双随机抽查：{number}', 'en-US': 'You were drawn for random inspections: {number}' },
  'notification.inspectionDrawn.body': {
    'zh-CN': '在抽查任务“{title}”（{number}）中，您被随机抽中参加 {count} 个检查对象的检查。请在“监督检查”中查看检查任务。',
    'en-US': 'In the task “{title}” ({number}) you were drawn to inspect {count} target(s). See them under Inspections.',
  },
};
