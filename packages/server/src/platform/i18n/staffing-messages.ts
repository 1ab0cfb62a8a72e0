import type { Locale } from '@jiping/domain';

/** Server messages of staffing (考评人员、人员安排、回避), in both languages. */
export const STAFFING_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.staff': { 'zh-CN': '考评人员', 'en-US': 'member of staff' },
  'entity.session': { 'zh-CN': '考试场次', 'en-US': 'exam session' },
  'entity.assignment': { 'zh-CN': '人员安排', 'en-US': 'assignment' },
  'sessionStatus.scheduled': { 'zh-CN': '未开考', 'en-US': 'scheduled' },
  'sessionStatus.in_progress': { 'zh-CN': '考试中', 'en-US': 'in progress' },
  'sessionStatus.ended': { 'zh-CN': '已结束', 'en-US': 'ended' },
  'sessionStatus.signed_off': { 'zh-CN': '已签署', 'en-US': 'signed off' },
  'sessionStatus.cancelled': { 'zh-CN': '已取消', 'en-US': 'cancelled' },
  'policy.staff.institutionOnly': { 'zh-CN': '只有本机构的管理员可以管理其考评人员。', 'en-US': "Only the institution's administrator manages its staff." },
  'policy.staff.staffOnly': { 'zh-CN': '只有考评人员账号可以使用考评工作台。', 'en-US': 'Only staff accounts use the examiner workspace.' },
  'policy.staffing.institutionOnly': { 'zh-CN': '只有本机构的管理员可以安排考务人员。', 'en-US': "Only the institution's administrator assigns staff to its sessions." },
  'policy.staffing.districtOnly': { 'zh-CN': '外部督导员由计划所在区的人社局（或市局）派出。', 'en-US': "The external supervisor is dispatched by the plan's district bureau (or the city)." },
  'policy.staffing.sessionNotScheduled': {
    'zh-CN': '该场考试{sessionStatusLabel}，人员安排不能再改动。',
    'en-US': 'The session is {sessionStatusLabel}; its staffing can no longer change.',
  },
  'policy.conflict.ownOnly': { 'zh-CN': '只能申报本人的回避关系。', 'en-US': 'You can only declare your own conflicts of interest.' },
  'staffing.staffInactive': {
    'zh-CN': '{name} 已不在现行备案的考评人员名单中，不能再关联或安排。',
    'en-US': '{name} is no longer named in the filing in force and can no longer be linked or assigned.',
  },
  'staffing.personNotFiledName': {
    'zh-CN': '证件上的姓名须与备案的姓名“{name}”一致。',
    'en-US': 'The name on the document must be the name filed, "{name}".',
  },
  'staffing.accountLinked': { 'zh-CN': '{name} 已关联账号，不能再开设新账号。', 'en-US': '{name} already has an account.' },
  'staffing.accountNotStaff': {
    'zh-CN': '未找到本机构的考评员账号“{username}”：请核对用户名，或为其开设新账号。',
    'en-US': 'No examiner account "{username}" of this institution: check the username, or create an account.',
  },
  'staffing.accountTaken': { 'zh-CN': '账号“{username}”已关联到 {name}。', 'en-US': 'Account "{username}" is already linked to {name}.' },
  'staffing.externalByDistrict': { 'zh-CN': '外部督导员由区人社局派出，机构不能安排。', 'en-US': "The external supervisor is the district's to dispatch, not the institution's." },
  'staffing.planNotAcknowledged': {
    'zh-CN': '评价计划{planStatusLabel}，只有已确认备案的计划可以安排人员。',
    'en-US': 'The plan is {planStatusLabel}; only acknowledged plans are staffed.',
  },
  'staffing.staffUnknown': { 'zh-CN': '请选择本机构现行备案的考评人员。', 'en-US': "Choose a member of staff named in the institution's filing." },
  'staffing.alreadyAssigned': { 'zh-CN': '{name} 已在本场考试中。', 'en-US': '{name} already serves in this session.' },
  'staffing.doubleBooked': {
    'zh-CN': '{name} 在同一时段已安排在 {room}（{startsAt} 开考），不能同时参加两场考试。',
    'en-US': '{name} already serves in {room} at the same time (from {startsAt}) and cannot be in two sessions at once.',
  },
  'staffing.assignRefused': { 'zh-CN': '不能安排：{reasons}', 'en-US': 'Cannot assign: {reasons}' },
  'staffing.notDispatchable': {
    'zh-CN': '外部督导员须为督导员账号或本区人社局经办人账号。',
    'en-US': "The external supervisor must be an inspector's account or an officer of the plan's district.",
  },
  'staffing.noScheduledSessions': { 'zh-CN': '该计划没有未开考的场次，无处派出督导员。', 'en-US': 'The plan has no session still to start.' },
  'staffing.registrationUnknown': { 'zh-CN': '请选择本机构的报名考生。', 'en-US': "Choose a candidate of the institution's plans." },
  'staffing.noStaffRecord': {
    'zh-CN': '您的账号尚未关联到该机构备案的考评人员，请联系机构管理员关联后再申报。',
    'en-US': 'Your account is not linked to a member of staff of that institution; ask its administrator to link it first.',
  },
  'staffing.notPlanStaff': { 'zh-CN': '请从本计划的考评人员中选择。', 'en-US': "Choose one of the plan's staff." },
};
