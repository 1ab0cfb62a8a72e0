import type { Locale } from '@jiping/domain';

/** Messages of 新八级工 appointments (特级技师, 首席技师) and apprentices, in both languages. */
export const APPOINTMENTS_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.appointment': { 'zh-CN': '聘任记录', 'en-US': 'appointment' },
  'entity.apprenticeship': { 'zh-CN': '学徒记录', 'en-US': 'apprenticeship' },
  'appointmentStatus.active': { 'zh-CN': '在聘', 'en-US': 'active' },
  'appointmentStatus.renewed': { 'zh-CN': '已续聘', 'en-US': 'renewed' },
  'appointmentStatus.expired': { 'zh-CN': '聘期届满', 'en-US': 'expired' },
  'appointmentStatus.terminated': { 'zh-CN': '已解聘', 'en-US': 'ended early' },
  'policy.appointment.enterpriseOnly': {
    'zh-CN': '只有本单位的管理员可以聘任、续聘、解聘或登记学徒工。',
    'en-US': "Only the enterprise's own administrator appoints, renews, ends posts or marks apprentices.",
  },
  'policy.appointment.employerOnly': {
    'zh-CN': '特级技师、首席技师由用人单位自主评聘，本机构不是用人单位（Y类），不能聘任。',
    'en-US': 'Special-grade and chief technicians are appointed by employers (category Y); this institution is not one.',
  },
  'appointment.refused': { 'zh-CN': '不能聘任：有 {count} 项条件不符合，逐项见下。', 'en-US': 'The appointment cannot be made: {count} condition(s) are not met, listed below.' },
  'appointment.problem.occupationWithoutLevel1': {
    'zh-CN': '职业 {occupation} 没有一级/高级技师等级，不设特级技师、首席技师。',
    'en-US': 'Occupation {occupation} has no level 1 (高级技师), so it has no special-grade or chief technicians.',
  },
  'appointment.problem.notEmployed': {
    'zh-CN': '此人在 {date} 不是本单位职工（没有覆盖该日的本单位职工人员关系）。',
    'en-US': 'This person is not an employee of the enterprise on {date} (no employee relation covers that day).',
  },
  'appointment.problem.noLevel1': {
    'zh-CN': '此人没有平台核发的本职业（{occupation}）有效一级/高级技师证书。',
    'en-US': 'This person holds no valid level 1 (高级技师) certificate issued on the platform in occupation {occupation}.',
  },
  'appointment.problem.heldTooShort': {
    'zh-CN': '高级技师证书自 {since} 起仅持有 {years} 年，须满 {required} 年（{until} 起可聘）。',
    'en-US': 'The 高级技师 certificate has been held only {years} year(s) since {since}; {required} are required (eligible from {until}).',
  },
  'appointment.problem.noMerit': {
    'zh-CN': '须至少填写一项技能业绩条件（竞赛获奖、荣誉、技术革新、带徒传技或参与标准制定）。',
    'en-US': 'At least one merit (competition prize, honour, innovation, mentoring or standard) is required.',
  },
  'appointment.problem.meritWithoutEvidence': { 'zh-CN': '技能业绩须附证明材料（上传后在业绩中引用）。', 'en-US': 'A merit needs its evidence: upload the proof and cite it in the merit.' },
  'appointment.problem.notSpecial': {
    'zh-CN': '首席技师须从本单位在聘的本职业（{occupation}）特级技师中聘任，此人不是。',
    'en-US': "A chief technician is appointed from the enterprise's current special-grade technicians in occupation {occupation}; this person is not one.",
  },
  'appointment.problem.alreadyHolds': { 'zh-CN': '此人已在本单位在聘该岗位。', 'en-US': 'This person already holds this post at the enterprise.' },
  'appointment.problem.quotaFull': {
    'zh-CN': '岗位数已满：已聘 {used} 人，上限 {limit} 人（本单位持有效高级技师证书职工 {qualified} 人）。',
    'en-US': 'No post left: {used} held of {limit} allowed ({qualified} employees hold a valid 高级技师 certificate).',
  },
  'appointment.unknownOccupation': { 'zh-CN': '职业目录中没有职业 {occupation}。', 'en-US': 'Occupation {occupation} is not in the catalogue.' },
  'appointment.startInPast': { 'zh-CN': '聘期不能从过去的日期开始（今天是 {today}）。', 'en-US': 'A term cannot start in the past (today is {today}).' },
  'appointment.foreignEvidence': { 'zh-CN': '引用的证明材料须是本单位上传的文件。', 'en-US': 'Cited evidence must be files the enterprise uploaded.' },
  'appointment.notActive': { 'zh-CN': '该聘任当前为“{appointmentStatusLabel}”，不能再续聘或解聘。', 'en-US': 'This appointment is {appointmentStatusLabel}; it cannot be renewed or ended.' },
  'appointment.termOver': { 'zh-CN': '聘期已于 {termEnd} 届满，请重新聘任。', 'en-US': 'The term ended on {termEnd}; make a new appointment instead.' },
  'appointment.endOutsideTerm': { 'zh-CN': '解聘日期须在聘期（{from} 至 {to}）之内。', 'en-US': 'The end date must fall within the term ({from} to {to}).' },
  'apprenticeship.alreadyCompleted': { 'zh-CN': '该学徒已于 {date} 期满。', 'en-US': 'This apprenticeship was completed on {date}.' },
  'apprenticeship.completedBeforeStart': { 'zh-CN': '期满日期不能早于学徒开始日期 {from}。', 'en-US': 'Completion cannot be before the start, {from}.' },
  'apprenticeship.completedInFuture': { 'zh-CN': '期满日期不能晚于今天。', 'en-US': 'Completion cannot be after today.' },
  'error.db.apprenticeOpen': { 'zh-CN': '此人已是本单位在学的学徒工。', 'en-US': 'This person is already an apprentice of the enterprise.' },
  'error.db.appointmentHeld': { 'zh-CN': '此人已在本单位在聘该岗位。', 'en-US': 'This person already holds this post at the enterprise.' },
};
