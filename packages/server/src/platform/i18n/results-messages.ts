import type { Locale } from '@jiping/domain';

/** Messages of results publicity, objections, submission to the district and archives, in both languages. */
export const RESULTS_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.publication': { 'zh-CN': '结果公示', 'en-US': 'publication' },
  'entity.objection': { 'zh-CN': '异议', 'en-US': 'objection' },
  'policy.results.institutionOnly': { 'zh-CN': '只有本机构的管理员可以公示、报送评价结果或答复异议。', 'en-US': "Only the institution's administrator may publish, submit or answer objections." },
  'policy.results.districtOnly': { 'zh-CN': '只有机构注册地的区人社局或市人社局可以核验评价结果。', 'en-US': 'Only the district of registration or the city checks submitted results.' },
  'policy.results.archiveReaders': {
    'zh-CN': '评价档案只能由计划所在区的区人社局、市人社局或督导员调阅。',
    'en-US': "A plan's file is opened only by its district, the city or an inspector.",
  },
  'policy.results.notForRole': { 'zh-CN': '您的账号不办理评价结果业务。', 'en-US': 'Your account does not handle evaluation results.' },
  'policy.results.wrongStage': { 'zh-CN': '评价结果当前处于“{stageLabel}”阶段，不能执行该操作。', 'en-US': 'The results are at the stage "{stageLabel}"; this cannot be done now.' },
  'stage.awaiting_scores': { 'zh-CN': '待成绩签发', 'en-US': 'awaiting signed-off scores' },
  'stage.ready': { 'zh-CN': '待公示', 'en-US': 'ready to publish' },
  'stage.publicity': { 'zh-CN': '公示中', 'en-US': 'in publicity' },
  'stage.objections_open': { 'zh-CN': '异议待答复', 'en-US': 'objections to answer' },
  'stage.final': { 'zh-CN': '结果已确定', 'en-US': 'final' },
  'stage.submitted': { 'zh-CN': '已报送待核验', 'en-US': 'submitted' },
  'stage.returned': { 'zh-CN': '已退回待补正', 'en-US': 'returned' },
  'stage.accepted': { 'zh-CN': '区人社局已核验', 'en-US': 'accepted' },
  'results.publicityTooShort': {
    'zh-CN': '公示期不得少于 {minimum} 个工作日（可以更长）。',
    'en-US': 'Publicity lasts at least {minimum} working days (it may be longer).',
  },
  'results.noCandidates': { 'zh-CN': '该评价计划没有准予报名的考生，无结果可公示。', 'en-US': 'The plan has no admitted candidates: there are no results to publish.' },
  'results.contactInvalid': { 'zh-CN': '请填写 11 位手机号码或电子邮箱地址。', 'en-US': 'Enter an 11-digit mobile number or an e-mail address.' },
  'results.entryUnknown': { 'zh-CN': '所选的公示条目不属于本公示。', 'en-US': 'The chosen entry is not part of this publication.' },
  'results.objectionAfterPublicity': {
    'zh-CN': '公示期已于 {endsOn} 结束，不再受理异议。如有问题，请向评价机构所在区人社局反映。',
    'en-US': 'Publicity ended on {endsOn}; objections are no longer taken. Contact the district bureau of the institution instead.',
  },
  'results.objectionBeforePublicity': { 'zh-CN': '公示自 {startsOn} 开始，届时方可提出异议。', 'en-US': 'Publicity starts on {startsOn}; objections are taken from then.' },
  'results.objectionsPerHour': {
    'zh-CN': '同一网络地址每小时对同一公示最多提出 {limit} 条异议，请一小时后再试；如有更多情况，可在一条异议中一并说明。',
    'en-US': 'At most {limit} objections an hour to one publication from one network address; try again in an hour, or put everything in one objection.',
  },
  'results.objectionsPerDay': {
    'zh-CN': '同一网络地址每天最多提出 {limit} 条异议，请明天再试。',
    'en-US': 'At most {limit} objections a day from one network address; try again tomorrow.',
  },
  'results.objectionAnswered': { 'zh-CN': '该异议已经答复。', 'en-US': 'This objection has already been answered.' },
  'results.tooManyReads': { 'zh-CN': '访问过于频繁，请稍后再试。', 'en-US': 'Too many requests; try again shortly.' },
  'results.notPublic': { 'zh-CN': '该公示不存在或已结束公开。', 'en-US': 'This publication does not exist or is no longer shown.' },
  'results.archiveTooLarge': {
    'zh-CN': '该计划的档案超过单次下载上限（{limit} MB），请联系市人社局导出。',
    'en-US': "The plan's file is over the download limit ({limit} MB); ask the city to export it.",
  },
  'notification.objection.title': { 'zh-CN': '收到结果公示异议：{occupation}{level}', 'en-US': 'Objection to published results: {occupation} {level}' },
  'notification.objection.body': {
    'zh-CN':
      '{institution}：\n您公示的{occupation}{workType}{level}评价结果（公示期至 {endsOn}）收到一条异议，请登录平台在“结果公示与报送”中查看并答复。异议全部答复且公示期满后，结果方可确定并报送。',
    'en-US':
      '{institution}:\nAn objection was made to your published results for {occupation}{workType}, {level} (publicity until {endsOn}). Sign in and answer it under Results. Results become final once publicity has ended and every objection is answered.',
  },
  'notification.submission.accepted.title': { 'zh-CN': '评价结果已通过区人社局核验：{occupation}{level}', 'en-US': 'Results accepted by the district: {occupation} {level}' },
  'notification.submission.returned.title': { 'zh-CN': '评价结果被退回：{occupation}{level}', 'en-US': 'Results returned by the district: {occupation} {level}' },
  'notification.submission.accepted.body': {
    'zh-CN': '{institution}：\n您报送的{occupation}{workType}{level}评价结果已通过核验，评价档案已归档（电子档案保存至 {retainUntil}）。',
    'en-US': '{institution}:\nYour results for {occupation}{workType}, {level} were accepted; the file is archived (kept electronically until {retainUntil}).',
  },
  'notification.submission.returned.body': {
    'zh-CN': '{institution}：\n您报送的{occupation}{workType}{level}评价结果被退回，请于 {dueOn} 前补正后重新报送。\n退回理由：{reason}',
    'en-US': '{institution}:\nYour results for {occupation}{workType}, {level} were returned; correct and submit them again by {dueOn}.\nReason: {reason}',
  },
  'mail.objectionAnswer.subject': { 'zh-CN': '您对评价结果公示所提异议的答复', 'en-US': 'The answer to your objection to published results' },
  'mail.objectionAnswer.body': {
    'zh-CN': '{name}，您好：\n您于 {date} 对{institution}公示的{occupation}{workType}{level}评价结果提出的异议，评价机构答复如下：\n\n{answer}\n\n如对答复仍有疑问，可向该机构所在区人社局反映。',
    'en-US':
      'Dear {name},\nOn {date} you objected to the results published by {institution} for {occupation}{workType}, {level}. The institution answers:\n\n{answer}\n\nIf questions remain, contact the district bureau of the institution.',
  },
  'archive.index.title': { 'zh-CN': '评价档案目录', 'en-US': 'Contents of the file' },
  'archive.index.file': { 'zh-CN': '文件', 'en-US': 'File' },
  'archive.index.part': { 'zh-CN': '内容', 'en-US': 'Part' },
  'archive.index.rows': { 'zh-CN': '条数', 'en-US': 'Records' },
  'archive.index.note': { 'zh-CN': '说明', 'en-US': 'Note' },
  'archive.part.plan': { 'zh-CN': '评价计划', 'en-US': 'Evaluation plan' },
  'archive.part.filing': { 'zh-CN': '计划所依据的备案', 'en-US': 'The filing the plan rests on' },
  'archive.part.eligibility': { 'zh-CN': '报名与资格审核（含申报条件判定）', 'en-US': 'Applications and eligibility decisions' },
  'archive.part.sessions': { 'zh-CN': '考试场次', 'en-US': 'Exam sessions' },
  'archive.part.staffing': { 'zh-CN': '考务人员安排', 'en-US': 'Session staffing' },
  'archive.part.checkIns': { 'zh-CN': '考生签到与缺考', 'en-US': 'Check-ins and absences' },
  'archive.part.incidents': { 'zh-CN': '考场异常情况记录', 'en-US': 'Incidents in sessions' },
  'archive.part.componentScores': { 'zh-CN': '成绩（各科目，签发锁定）', 'en-US': 'Component scores (signed off)' },
  'archive.part.examinerScores': { 'zh-CN': '考评员评分记录', 'en-US': "Examiners' marks" },
  'archive.part.publicity': { 'zh-CN': '结果公示', 'en-US': 'Publicity of results' },
  'archive.part.objections': { 'zh-CN': '异议及答复（联系方式已脱敏）', 'en-US': 'Objections and answers (contacts masked)' },
  'archive.part.submissions': { 'zh-CN': '结果报送与核验', 'en-US': 'Submissions and checks' },
  'archive.part.archive': { 'zh-CN': '归档与保存期限', 'en-US': 'Archiving and retention' },
  'archive.notRecorded': { 'zh-CN': '平台尚未记录该项内容', 'en-US': 'Not recorded by the platform' },
  'archive.idMasked': { 'zh-CN': '证件号码已脱敏', 'en-US': 'ID numbers masked' },
  'archive.idFull': { 'zh-CN': '含完整证件号码，本次下载已记入审计日志', 'en-US': 'Full ID numbers; this download is in the audit trail' },
};
