import type { Locale } from '@jiping/domain';

/** Messages of scores, sign-off, corrections, score sheet imports and resits (docs/domain.md "Scores and results"). */
export const SCORE_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.scoreCorrection': { 'zh-CN': '成绩更正申请', 'en-US': 'score correction' },
  'entity.scoreImport': { 'zh-CN': '成绩导入记录', 'en-US': 'score import' },
  'correctionStatus.pending': { 'zh-CN': '待审批', 'en-US': 'pending' },
  'correctionStatus.approved': { 'zh-CN': '已批准', 'en-US': 'approved' },
  'correctionStatus.rejected': { 'zh-CN': '未批准', 'en-US': 'rejected' },

  'policy.score.notYours': { 'zh-CN': '您不能查看该场次的成绩。', 'en-US': 'You cannot see the scores of this session.' },
  'policy.score.notAssigned': {
    'zh-CN': '您不是本场次的考评员（评审专家），不能录入该场次的成绩。',
    'en-US': 'You are not an examiner (panel member) of this session, so you cannot score it.',
  },
  'policy.score.theoryByInstitution': {
    'zh-CN': '理论知识考试成绩由评价机构录入或导入，监考人员不评分。',
    'en-US': 'Theory scores are entered or imported by the institution; invigilators do not score.',
  },
  'policy.score.institutionOnly': { 'zh-CN': '只有本机构的管理员可以办理。', 'en-US': "Only the institution's administrator may do this." },
  'policy.score.locked': {
    'zh-CN': '该场次成绩已确认并锁定，不能再修改；如需更正，请提交成绩更正申请。',
    'en-US': 'The scores of this session are signed off and locked; request a correction instead.',
  },
  'policy.score.notStarted': { 'zh-CN': '该场次尚未开考，不能录入成绩。', 'en-US': 'The session has not started; no scores yet.' },
  'policy.score.cancelled': { 'zh-CN': '该场次已取消，没有成绩。', 'en-US': 'The session was cancelled; it has no scores.' },
  'policy.score.alreadySignedOff': { 'zh-CN': '该场次成绩已确认。', 'en-US': 'The session is already signed off.' },
  'policy.score.notEnded': {
    'zh-CN': '该场次当前为“{sessionStatusLabel}”，考试结束后才能确认成绩。',
    'en-US': 'The session is {sessionStatusLabel}; scores are signed off once it has ended.',
  },
  'policy.score.correctionRequester': {
    'zh-CN': '只有本机构管理员或本场次的考评员可以申请更正成绩。',
    'en-US': "Only the institution's administrator or an examiner of the session may request a correction.",
  },
  'policy.score.notLocked': { 'zh-CN': '成绩尚未确认锁定，可直接修改，无需申请更正。', 'en-US': 'The score is not locked yet: change it directly.' },
  'policy.score.approverInstitutionOnly': {
    'zh-CN': '成绩更正由本机构的另一名管理员或机构所在区人社局审批。',
    'en-US': "A correction is approved by another administrator of the institution or by the institution's district.",
  },
  'policy.score.sameApprover': {
    'zh-CN': '成绩更正须由申请人以外的另一人审批，不能审批本人提交的申请。',
    'en-US': 'A correction is approved by someone other than the person who requested it.',
  },
  'policy.score.correctionDecided': { 'zh-CN': '该更正申请已{correctionStatusLabel}，不能再次审批。', 'en-US': 'This correction is already {correctionStatusLabel}.' },

  'notification.scoreSignedOff.title': { 'zh-CN': '{occupation}（{level}）{component}成绩已确认', 'en-US': '{occupation} ({level}) {component}: scores confirmed' },
  'notification.scoreSignedOff.body': {
    'zh-CN': '您参加的{occupation}{workType}{level}{component}（{examDate}）成绩已由评价机构确认并锁定，请在“我的成绩”中查看。对成绩有异议的，可在结果公示期间提出。',
    'en-US':
      'The scores of your {occupation}{workType}, {level} {component} ({examDate}) are confirmed and locked by the institution. Read them under “My scores”; objections may be raised while the results are publicised.',
  },

  'score.notANumber': { 'zh-CN': '成绩应为数字（0–100 分）。', 'en-US': 'A score is a number from 0 to 100.' },
  'score.outOfRange': { 'zh-CN': '成绩应在 0–100 分之间。', 'en-US': 'A score is between 0 and 100.' },
  'score.tooPrecise': { 'zh-CN': '成绩最多保留两位小数。', 'en-US': 'A score has at most two decimals.' },
  'score.notSeated': { 'zh-CN': '该考生未安排在本场次，不能录入本场次的成绩。', 'en-US': 'This candidate has no seat in this session.' },
  'score.absent': { 'zh-CN': '该考生本场次缺考，缺考不计成绩。', 'en-US': 'The candidate was absent from this session; absence takes no score.' },
  'score.signOff.noRecord': {
    'zh-CN': '内部质量督导员尚未提交本场次的督导记录，不能确认成绩。',
    'en-US': "The quality supervisor's record of this session is missing; scores cannot be signed off yet.",
  },
  'score.signOff.unscored': {
    'zh-CN': '还有 {count} 名到考考生没有成绩（{names}），不能确认成绩。',
    'en-US': '{count} present candidates have no score yet ({names}); the session cannot be signed off.',
  },
  'score.correction.noScore': { 'zh-CN': '该考生在本场次没有已锁定的成绩可更正。', 'en-US': 'The candidate has no locked score in this session to correct.' },
  'score.correction.unchanged': { 'zh-CN': '更正后的成绩与原成绩相同。', 'en-US': 'The new score is the same as the recorded one.' },
  'score.correction.pending': {
    'zh-CN': '该成绩已有一项待审批的更正申请，请待其审批后再申请。',
    'en-US': 'A correction of this score is already waiting for approval.',
  },
  'score.correction.reasonRequired': { 'zh-CN': '不予批准须说明理由。', 'en-US': 'Give a reason for rejecting.' },
  'score.correction.scoreChanged': {
    'zh-CN': '该成绩在申请后已被更改，请按当前成绩重新申请更正。',
    'en-US': 'The score changed since the correction was requested; request it again.',
  },

  'scoreImport.headers': { 'zh-CN': '表头与本场次的成绩表不一致，请下载本场次的模板填写。', 'en-US': "The header row does not match this session's score sheet; use its template." },
  'scoreImport.missingColumn': { 'zh-CN': '缺少此列。', 'en-US': 'This column is missing.' },
  'scoreImport.duplicateColumn': { 'zh-CN': '此列出现了两次。', 'en-US': 'This column appears twice.' },
  'scoreImport.unknownColumn': {
    'zh-CN': '本场次没有这一列；评分列应为：{expected}。',
    'en-US': 'This session has no such column; the score columns are: {expected}.',
  },
  'scoreImport.tooManyRows': { 'zh-CN': '成绩表超过 {max} 行，未导入任何成绩。', 'en-US': 'The sheet has more than {max} rows; nothing was imported.' },
  'scoreImport.empty': { 'zh-CN': '成绩表中没有考生。', 'en-US': 'The sheet holds no candidates.' },
  'scoreImport.ticketRequired': { 'zh-CN': '准考证号必须填写。', 'en-US': 'The ticket number is required.' },
  'scoreImport.ticketAsNumber': {
    'zh-CN': '准考证号被 Excel 存成了数字，末几位已丢失。请将该列设为文本格式后重新填写。',
    'en-US': 'Excel stored the ticket number as a number and lost its last digits; format the column as text.',
  },
  'scoreImport.duplicateTicket': { 'zh-CN': '与第 {row} 行准考证号重复。', 'en-US': 'Same ticket number as row {row}.' },
  'scoreImport.unknownTicket': { 'zh-CN': '准考证号“{ticket}”不存在。', 'en-US': 'No admission ticket numbered "{ticket}".' },
  'scoreImport.notSeated': { 'zh-CN': '准考证号“{ticket}”的考生未安排在本场次。', 'en-US': 'The candidate with ticket "{ticket}" has no seat in this session.' },
  'scoreImport.nameMismatch': { 'zh-CN': '姓名与该准考证号的考生不一致，请核对。', 'en-US': 'The name differs from the candidate holding this ticket.' },
  'scoreImport.scoreRequired': {
    'zh-CN': '成绩必须填写（缺考须由考务登记后留空）。',
    'en-US': 'A score is required (an absence is recorded by exam staff, then left blank).',
  },
  'scoreImport.scorersChanged': {
    'zh-CN': '读取期间本场次的考评员有变动，未导入任何成绩，请下载新模板重新填写。',
    'en-US': "The session's examiners changed while the sheet was read; nothing was imported. Use a new template.",
  },
  'scoreImport.changedMeanwhile': {
    'zh-CN': '读取期间该考生被登记为缺考或调出本场次，未导入任何成绩。',
    'en-US': 'The candidate was marked absent or moved while the sheet was read; nothing was imported.',
  },
  'scoreImport.report.fileName': { 'zh-CN': '成绩导入错误明细', 'en-US': 'score-import-errors' },

  'parameter.choices': { 'zh-CN': '该参数只能取以下值之一：{choices}。', 'en-US': 'This parameter takes one of: {choices}.' },
  'parameter.cityOnly': { 'zh-CN': '该参数全市统一，不能按职业单独设定。', 'en-US': 'This parameter is city-wide and cannot be set for one occupation.' },

  'registration.resit.noEarlierAttempt': {
    'zh-CN': '没有该职业同一等级已准予报名的考试记录，不能按补考报名。',
    'en-US': 'No earlier admitted attempt at this occupation and level: a resit is not possible.',
  },
  'registration.resit.resultPending': {
    'zh-CN': '上次考试的成绩尚未全部确认，确认后才能按补考报名。',
    'en-US': 'The results of the earlier attempt are not all signed off yet; apply for a resit once they are.',
  },
  'registration.resit.alreadyPassed': { 'zh-CN': '上次考试各科目均已合格，无需补考。', 'en-US': 'Every component of the earlier attempt was passed: there is nothing to resit.' },
  'registration.resit.onlyOneResit': {
    'zh-CN': '合格科目的成绩只保留一次补考，补考未通过须按正考重新报名。',
    'en-US': 'Passed components are kept for one resit only; after a failed resit, apply for a regular attempt.',
  },
  'registration.resit.alreadyResat': {
    'zh-CN': '上次考试已有一次补考报名，合格科目的成绩只保留一次补考。',
    'en-US': 'The earlier attempt already has a resit: passed components are kept for one resit only.',
  },
  'registration.resit.nothingKept': {
    'zh-CN': '上次考试没有合格的科目可保留，请按正考报名。',
    'en-US': 'The earlier attempt has no passed component to keep; apply for a regular attempt.',
  },
  'registration.resit.keepExpired': {
    'zh-CN': '上次考试合格科目的成绩保留至 {until}，本次考试时已过保留期，请按正考报名。',
    'en-US': 'The passed components of the earlier attempt were kept until {until}, before this exam; apply for a regular attempt.',
  },
};
