import { EXAM_COMPONENT_LABELS, type Locale, type LocalizedText } from '@jiping/domain';

const labels = (prefix: string, texts: Record<string, LocalizedText>) => Object.fromEntries(Object.entries(texts).map(([code, text]) => [`${prefix}.${code}`, text]));

/** Messages of exam sessions, seats, tickets and the day (docs/domain.md "Exam sessions"). */
export const EXAM_SESSION_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.examSession': { 'zh-CN': '考场场次', 'en-US': 'exam session' },
  'entity.examIncident': { 'zh-CN': '考场情况记录', 'en-US': 'incident' },
  'entity.examIncidentPhoto': { 'zh-CN': '考场情况照片', 'en-US': 'incident photo' },
  'entity.examTicket': { 'zh-CN': '准考证', 'en-US': 'admission ticket' },
  'entity.sessionStaff': { 'zh-CN': '场次考务人员', 'en-US': 'member of session staff' },
  ...labels('component', EXAM_COMPONENT_LABELS),
  'sessionStatus.scheduled': { 'zh-CN': '已安排', 'en-US': 'scheduled' },
  'sessionStatus.in_progress': { 'zh-CN': '考试中', 'en-US': 'in progress' },
  'sessionStatus.ended': { 'zh-CN': '已结束', 'en-US': 'ended' },
  'sessionStatus.signed_off': { 'zh-CN': '已签核', 'en-US': 'signed off' },
  'sessionStatus.cancelled': { 'zh-CN': '已取消', 'en-US': 'cancelled' },
  'sessionAction.edit': { 'zh-CN': '调整', 'en-US': 'edit' },
  'sessionAction.cancel': { 'zh-CN': '取消', 'en-US': 'cancel' },
  'sessionAction.start': { 'zh-CN': '开考', 'en-US': 'start' },
  'sessionAction.end': { 'zh-CN': '结束', 'en-US': 'end' },
  'sessionAction.checkIn': { 'zh-CN': '签到', 'en-US': 'check in' },
  'sessionAction.checkInStaff': { 'zh-CN': '考务人员签到', 'en-US': 'check staff in' },
  'sessionAction.recordIncident': { 'zh-CN': '记录考场情况', 'en-US': 'record an incident' },
  'sessionAction.writeRecord': { 'zh-CN': '填写考场记录', 'en-US': 'write the record' },

  'policy.examSession.notYours': { 'zh-CN': '您不是该场次所属评价机构的管理员，也未被安排在该场次。', 'en-US': 'You neither administer the institution of this session nor serve in it.' },
  'policy.examSession.notYourDuty': { 'zh-CN': '您在该场次的职责不包括此项操作。', 'en-US': 'Your duty in this session does not include this.' },
  'policy.examSession.institutionOnly': {
    'zh-CN': '仅该评价计划所属机构的管理员可以安排场次、编排座位和下载准考证。',
    'en-US': "Only the plan's institution administrator schedules sessions, draws seats and prints tickets.",
  },
  'policy.examSession.wrongStatus': { 'zh-CN': '场次当前为“{sessionStatusLabel}”，不能{sessionActionLabel}。', 'en-US': 'The session is {sessionStatusLabel}; it cannot {sessionActionLabel} now.' },
  'policy.examSession.notInProgress': {
    'zh-CN': '场次当前为“{sessionStatusLabel}”，不在考试中，不能签到：请先开考。',
    'en-US': 'The session is {sessionStatusLabel}, not in progress: start it before checking candidates in.',
  },
  'policy.examTicket.ownOnly': { 'zh-CN': '只能下载本人的准考证。', 'en-US': 'You can download only your own admission ticket.' },

  'examSession.planNotAcknowledged': {
    'zh-CN': '评价计划当前为“{planStatusLabel}”，须经区人社局确认后才能安排场次和座位。',
    'en-US': 'The plan is {planStatusLabel}; sessions and seats need a plan the district has acknowledged.',
  },
  'examSession.componentNotExamined': {
    'zh-CN': '该等级不考“{componentLabel}”（二级、一级另有综合评审）。',
    'en-US': 'This level does not examine {componentLabel} (levels 2 and 1 add the comprehensive review).',
  },
  'examSession.endBeforeStart': { 'zh-CN': '结束时间须晚于开始时间。', 'en-US': 'The end must come after the start.' },
  'examSession.outsideExamDates': {
    'zh-CN': '场次时间须在评价计划的考试日期内（{examStart} 至 {examEnd}）。',
    'en-US': "The session must fall within the plan's exam dates ({examStart} to {examEnd}).",
  },
  'examSession.startPassed': { 'zh-CN': '开始时间已过，不能安排或调整到过去的时间。', 'en-US': 'The start time has passed; a session cannot be set in the past.' },
  'examSession.unknownRoom': { 'zh-CN': '考场须是评价计划所列、且在备案考点登记的考场：{rooms}。', 'en-US': 'The room must be one the plan names and the filed site records: {rooms}.' },
  'examSession.overCapacity': { 'zh-CN': '容纳人数超过考场“{room}”备案的 {capacity} 人。', 'en-US': 'More seats than the {capacity} filed for room {room}.' },
  'examSession.capacityBelowSeated': {
    'zh-CN': '该场次已编排 {seated} 个座位，容纳人数不能少于此数；请先减少后重新编排座位。',
    'en-US': '{seated} seats are drawn in this session; the capacity cannot go below that.',
  },
  'examSession.noSessions': { 'zh-CN': '尚未安排“{componentLabel}”的场次，请先安排场次再编排座位。', 'en-US': 'No {componentLabel} session is scheduled yet; schedule one before drawing seats.' },
  'examSession.seatsLocked': {
    'zh-CN': '“{componentLabel}”已有场次开考或开始时间已到，座位不能再重新编排。',
    'en-US': 'A {componentLabel} session has started (or is due); its seats can no longer be redrawn.',
  },
  'examSession.noCandidates': { 'zh-CN': '该计划还没有需要参加此科目的准予报名考生。', 'en-US': 'No admitted candidate of this plan sits this component yet.' },
  'examSession.notEnoughSeats': {
    'zh-CN': '准予报名且须参加“{componentLabel}”的考生 {candidates} 人，已安排场次共 {capacity} 个座位，座位不足：请增加场次或扩大容量后再编排。',
    'en-US': '{candidates} admitted candidates sit {componentLabel} but its sessions hold {capacity}: add a session or seats, then draw again.',
  },
  'examSession.tooEarly': { 'zh-CN': '场次于 {startsAt} 开始，开考前 1 小时内才能开考。', 'en-US': 'The session starts at {startsAt}; it can be started from an hour before.' },
  'examSession.tooLate': { 'zh-CN': '场次已于 {endsAt} 结束，不能再开考。', 'en-US': 'The session ended at {endsAt}; it can no longer be started.' },
  'examSession.noSeats': { 'zh-CN': '该场次尚未编排座位，不能开考。', 'en-US': 'Seats have not been drawn for this session; it cannot start.' },
  'examSession.staffingRefused': { 'zh-CN': '人员配置不符合要求，不能开考：{problems}', 'en-US': 'The staffing breaks the rules; the session cannot start: {problems}' },

  'examTicket.noInstitutionCode': { 'zh-CN': '备案尚无机构代码，无法生成准考证号。', 'en-US': 'The filing has no institution code, so ticket numbers cannot be made.' },
  'examTicket.serialsExhausted': { 'zh-CN': '本机构 {year} 年的准考证流水号已用完。', 'en-US': "The institution's ticket serials for {year} are used up." },

  'examCheckIn.ticketNotSeated': {
    'zh-CN': '该准考证不在本场次的座位名单中（未准予报名或不在本场次），请核对场次。',
    'en-US': 'This ticket is not seated in this session (not admitted, or another session).',
  },
  'examCheckIn.idNotSeated': {
    'zh-CN': '本场次座位名单中没有该证件号码的考生，请核对证件号码与场次。',
    'en-US': 'No candidate seated in this session has that ID number; check the number and the session.',
  },
  'examCheckIn.already': { 'zh-CN': '{name}（座位 {seat}）已于 {at} 签到，不能重复签到。', 'en-US': '{name} (seat {seat}) checked in at {at} already.' },
  'examCheckIn.staffAlready': { 'zh-CN': '{name} 已于 {at} 签到。', 'en-US': '{name} checked in at {at} already.' },

  'examIncident.timeOutside': { 'zh-CN': '发生时间须在场次当天前后且不晚于现在。', 'en-US': 'The time must be around the session and not in the future.' },
  'examIncident.photoExists': { 'zh-CN': '该记录已有照片。', 'en-US': 'This incident has a photo already.' },
  'examIncident.photoType': { 'zh-CN': '照片须为 PNG 或 JPEG 图片（按文件内容识别）。', 'en-US': 'The photo must be a PNG or JPEG image (recognised by its content).' },
};
