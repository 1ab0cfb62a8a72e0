import { EXAM_SESSION_MESSAGES } from './exam-session-messages.ts';
import { STAFFING_MESSAGES } from './staffing-messages.ts';
import { RESULTS_MESSAGES } from './results-messages.ts';
import { CERTIFICATE_DOCUMENT_MESSAGES } from './certificate-document-messages.ts';
import { VERIFICATION_MESSAGES } from './verification-messages.ts';
import { NATIONAL_EXPORT_MESSAGES } from './national-export-messages.ts';
import { INSPECTION_REGISTRY_MESSAGES } from './inspection-registry-messages.ts';
import { SUPERVISION_MESSAGES } from './supervision-messages.ts';
import { RECTIFICATION_MESSAGES } from './rectification-messages.ts';
import { APPOINTMENTS_MESSAGES } from './appointments-messages.ts';
import { CREDENTIAL_MESSAGES } from './credential-messages.ts';
import { SCORE_MESSAGES } from './scores.ts';
import { CERTIFICATE_MESSAGES } from './certificate-messages.ts';
import { INSPECTION_DRAW_MESSAGES } from './inspection-draw-messages.ts';
import { INSPECTION_MESSAGES } from './inspection-messages.ts';
import { AGREEMENT_KIND_LABELS, districtName, EMPLOYMENT_TYPE_LABELS, RELATION_KIND_LABELS, type LocalizedText, type Locale, type RegistrationStatus } from '@jiping/domain';

/** Vocabulary labels kept in the domain, offered here so a code parameter reads as a word (`{relationKindLabel}`). */
function labelMessages(prefix: string, labels: Record<string, LocalizedText>): Record<string, Record<Locale, string>> {
  return Object.fromEntries(Object.entries(labels).map(([code, text]) => [`${prefix}.${code}`, text]));
}

/** What an applicant is told of each status: typed by the vocabulary, so a new status cannot go unworded. */
const REGISTRATION_NOTICES: Record<RegistrationStatus, LocalizedText> = {
  pending: { 'zh-CN': '已提交，系统初审符合申报条件，等待评价机构审核', 'en-US': 'submitted; the automatic check found you eligible, and the institution will review it' },
  ineligible: { 'zh-CN': '系统初审不符合申报条件', 'en-US': 'the automatic check found you not eligible' },
  direct_pending: { 'zh-CN': '评价机构已申请破格，等待区人社局复核', 'en-US': 'the institution asked for direct recognition; the district bureau will decide' },
  admitted: { 'zh-CN': '准予报名', 'en-US': 'admitted' },
  rejected: { 'zh-CN': '不予受理', 'en-US': 'refused' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'withdrawn' },
};

/**
 * User-facing server messages, by key, in both languages. Keys are stable: clients may match on
 * the problem `code`, never on this text.
 */
const MESSAGES: Record<string, Record<Locale, string>> = {
  'error.validation': { 'zh-CN': '提交的数据有误，请按提示修改后重试。', 'en-US': 'The submitted data is invalid; correct the fields shown and retry.' },
  'error.malformedJson': { 'zh-CN': '请求体不是合法的 JSON。', 'en-US': 'The request body is not valid JSON.' },
  'error.emptyBody': { 'zh-CN': '请求体为空，但该接口需要 JSON 数据。', 'en-US': 'The request body is empty but JSON is required.' },
  'error.payloadTooLarge': { 'zh-CN': '请求体过大（上限 {limit} 字节）。', 'en-US': 'The request body is too large (limit {limit} bytes).' },
  'error.unsupportedMediaType': { 'zh-CN': '不支持的内容类型，请使用 application/json。', 'en-US': 'Unsupported content type; use application/json.' },
  'error.notFound': { 'zh-CN': '未找到请求的{entity}。', 'en-US': 'The requested {entity} was not found.' },
  'error.routeNotFound': { 'zh-CN': '接口不存在：{method} {url}', 'en-US': 'No such endpoint: {method} {url}' },
  'error.staleVersion': {
    'zh-CN': '数据已被他人修改，请刷新后重试。',
    'en-US': 'Someone else changed this record; reload and try again.',
  },
  'error.internal': { 'zh-CN': '服务器内部错误，请联系管理员并提供请求编号 {requestId}。', 'en-US': 'Internal server error; report request id {requestId}.' },
  'error.invalidCursor': { 'zh-CN': '分页游标无效，请从第一页重新查询。', 'en-US': 'Invalid page cursor; start again from the first page.' },
  'error.crossOrigin': { 'zh-CN': '拒绝来自其他站点的修改请求。', 'en-US': 'Cross-site modification requests are refused.' },
  'error.controlCharacter': { 'zh-CN': '不能包含控制字符（如 NUL 等不可见字符）。', 'en-US': 'Must not contain control characters (such as NUL).' },
  'error.headersTooLarge': {
    'zh-CN': '请求头过大（例如 Cookie 过多或过长），请清除本站 Cookie 后重试。',
    'en-US': "The request headers are too large (for example too many or too long cookies); clear this site's cookies and retry.",
  },
  'error.badRequest': { 'zh-CN': '请求格式不正确，无法处理。', 'en-US': 'The request is malformed and cannot be processed.' },
  'error.requestTimeout': { 'zh-CN': '请求发送超时，请重试。', 'en-US': 'The request took too long to arrive; try again.' },
  'error.badUrl': { 'zh-CN': '网址格式不正确：含有无效的百分号编码。', 'en-US': 'The URL is malformed: it holds invalid percent-encoding.' },
  'error.urlParamTooLong': { 'zh-CN': '网址中的参数过长。', 'en-US': 'A parameter in the URL is too long.' },
  'error.webNotBuilt': { 'zh-CN': 'Web 应用尚未构建：请运行 npm run build。', 'en-US': 'The web app is not built; run npm run build.' },
  'error.db.unique': { 'zh-CN': '该记录与已有数据重复，未保存。', 'en-US': 'This record duplicates existing data and was not saved.' },
  'error.db.foreignKey': { 'zh-CN': '引用的数据不存在或已被删除，未保存。', 'en-US': 'A record referred to does not exist or was removed; nothing was saved.' },
  'error.db.check': { 'zh-CN': '数据不符合业务规则，未保存。', 'en-US': 'The data breaks a business rule and was not saved.' },
  'error.db.notNull': { 'zh-CN': '缺少必填数据，未保存。', 'en-US': 'Required data is missing; nothing was saved.' },
  'error.db.invalidValue': { 'zh-CN': '提交的值格式不正确或超出允许范围。', 'en-US': 'A submitted value is malformed or out of range.' },
  'error.db.retry': { 'zh-CN': '他人正在同时修改相关数据，请稍后重试。', 'en-US': 'Someone else is changing related data at the same time; try again shortly.' },
  'error.db.usernameTaken': { 'zh-CN': '该用户名已被使用，请换一个。', 'en-US': 'This username is taken; choose another.' },
  'error.db.filingNumberTaken': {
    'zh-CN': '备案编号已被占用，备案未通过，请重试或联系市局管理员。',
    'en-US': 'The filing number is already taken; the filing was not approved. Retry or contact the municipal administrator.',
  },
  'error.db.segmentsTaken': {
    'zh-CN': '该机构代码与考点序列号已分配给其他机构，证书编号将重复。',
    'en-US': 'This institution code and site sequence are already assigned; certificate numbers would collide.',
  },
  'error.db.alreadyApplied': { 'zh-CN': '此人已有该评价计划的有效报名。', 'en-US': 'This person already has a live application to this plan.' },
  'error.db.idempotencyKeyTaken': {
    'zh-CN': '这次上传被识别为另一次导入的重复提交，但文件不同。请刷新页面，重新选择文件后上传。',
    'en-US': 'This upload was taken for a repeat of another import, but the file differs. Reload the page and choose the file again.',
  },
  'error.db.personExists': { 'zh-CN': '该证件号码的人员已登记。', 'en-US': 'A person with this ID number is already registered.' },
  'error.db.personLinked': { 'zh-CN': '该人员已关联其他考生账号。', 'en-US': 'This person is already linked to another candidate account.' },
  'error.db.claimOpen': { 'zh-CN': '已有一项进行中的身份核验申请。', 'en-US': 'An identity verification request is already open.' },
  'error.tooManyRequests': { 'zh-CN': '请求过于频繁，请稍后再试。', 'en-US': 'Too many requests; try again later.' },
  'auth.required': { 'zh-CN': '请先登录。', 'en-US': 'Please sign in first.' },
  'auth.sessionExpired': { 'zh-CN': '登录已过期或无效，请重新登录。', 'en-US': 'Your session has expired or is invalid; sign in again.' },
  'auth.invalidCredentials': { 'zh-CN': '用户名或密码错误。', 'en-US': 'Incorrect username or password.' },
  'auth.locked': {
    'zh-CN': '连续输错密码次数过多，账号已锁定，请于 {until} 后再试。',
    'en-US': 'Too many wrong passwords; the account is locked until {until}.',
  },
  'auth.disabled': { 'zh-CN': '用户名或密码错误。', 'en-US': 'Incorrect username or password.' },
  'policy.district.outOfScope': {
    'zh-CN': '超出管辖范围：您无权访问{districtName}（{district}）的数据，只能访问本辖区的数据。',
    'en-US': 'Out of your jurisdiction: you may not access data of {districtName} ({district}), only of your own district.',
  },
  'policy.institution.noScope': { 'zh-CN': '您的角色无权查看评价机构。', 'en-US': 'Your role may not view evaluation institutions.' },
  'policy.institution.notYours': { 'zh-CN': '您无权访问该评价机构的数据。', 'en-US': 'You may not access this institution.' },
  'policy.audit.cityOnly': { 'zh-CN': '只有市级管理员可以查看和核验审计日志。', 'en-US': 'Only municipal administrators may read or verify the audit trail.' },
  'policy.user.cityOnly': { 'zh-CN': '只有市级管理员可以管理账号。', 'en-US': 'Only municipal administrators may manage accounts.' },
  'catalogue.fileType': { 'zh-CN': '只接受 .csv 或 .xlsx 文件。', 'en-US': 'Only .csv or .xlsx files are accepted.' },
  'catalogue.file.unreadable': { 'zh-CN': '无法读取文件：请上传 UTF-8 编码的 CSV 或 Excel（.xlsx）文件。', 'en-US': 'The file cannot be read: upload UTF-8 CSV or Excel (.xlsx).' },
  'catalogue.file.headers': { 'zh-CN': '表头不符合模板，缺少列：{missing}。请下载模板对照填写。', 'en-US': 'The header row does not match the template; missing: {missing}. Download the template.' },
  'catalogue.file.empty': { 'zh-CN': '文件中没有数据行。', 'en-US': 'The file has no data rows.' },
  'catalogue.file.tooManyRows': { 'zh-CN': '文件行数超过上限 {max} 行，请分批导入。', 'en-US': 'More than {max} rows; import in parts.' },
  'catalogue.row.required': { 'zh-CN': '必填项为空', 'en-US': 'Required' },
  'catalogue.row.codeFormat': { 'zh-CN': '职业编码“{value}”格式应为 6-18-01-01', 'en-US': 'Occupation code "{value}" must look like 6-18-01-01' },
  'catalogue.row.duplicateCode': { 'zh-CN': '职业编码“{value}”与第 {other} 行重复', 'en-US': 'Occupation code "{value}" repeats row {other}' },
  'catalogue.row.tooLong': { 'zh-CN': '长度超过 {max} 个字符', 'en-US': 'Longer than {max} characters' },
  'catalogue.row.duplicateWorkType': { 'zh-CN': '工种重复', 'en-US': 'Duplicate work type' },
  'catalogue.row.levelRange': { 'zh-CN': '等级“{value}”无效：只能是 1–5，以 | 分隔', 'en-US': 'Levels "{value}" invalid: 1–5 separated by |' },
  'catalogue.row.duplicateLevel': { 'zh-CN': '等级重复', 'en-US': 'Duplicate level' },
  'catalogue.row.standardVersion': { 'zh-CN': '标准版本“{value}”无效：应为 2018 或 2023', 'en-US': 'Standard version "{value}" must be 2018 or 2023' },
  'policy.catalogue.cityOnly': { 'zh-CN': '只有市级管理员可以维护职业目录和规则参数。', 'en-US': 'Only municipal administrators maintain the catalogue and rule parameters.' },
  'organization.creditCode.format': {
    'zh-CN': '统一社会信用代码格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。',
    'en-US': 'The unified social credit code must be 18 digits or capital letters (no I, O, S, V, Z).',
  },
  'organization.creditCode.checksum': { 'zh-CN': '统一社会信用代码校验位不正确，请核对后重新输入。', 'en-US': 'The unified social credit code fails its check character; check it.' },
  'organization.creditCode.notShanghai': {
    'zh-CN': '社会培训评价组织须在上海市登记注册（统一社会信用代码第 3–4 位应为 31）。',
    'en-US': 'A social training evaluation organisation must be registered in Shanghai (characters 3–4 of the code are 31).',
  },
  'organization.kindMismatch': { 'zh-CN': '法人类型与机构类别不符：用人单位须为企业，院校须为院校。', 'en-US': 'The legal-person kind does not fit the institution category.' },
  'organization.creditCodeTaken': { 'zh-CN': '该统一社会信用代码已注册，请联系本单位已有的管理员。', 'en-US': 'This credit code is already registered; contact your existing administrator.' },
  'organization.usernameTaken': { 'zh-CN': '用户名“{username}”已被使用，请换一个。', 'en-US': 'Username "{username}" is taken.' },
  'catalogue.multipartRequired': { 'zh-CN': '请以 multipart/form-data 上传文件（字段名 file）。', 'en-US': 'Upload the file as multipart/form-data (field "file").' },
  'catalogue.fileMissing': { 'zh-CN': '未收到文件，请选择要导入的文件。', 'en-US': 'No file received; choose a file to import.' },
  'filing.reasonRequired': { 'zh-CN': '请填写理由。', 'en-US': 'A reason is required.' },
  'filing.alreadyFiled': {
    'zh-CN': '本机构已有在有效期内或正在办理的备案，请改为申请变更或延续。',
    'en-US': 'This institution already has a filing in force or in progress; apply for an amendment or renewal instead.',
  },
  'filing.noFilingInForce': { 'zh-CN': '本机构没有有效的备案。', 'en-US': 'This institution has no filing in force.' },
  'filing.amendmentOpen': { 'zh-CN': '已有一份变更申请正在办理，请先完成或撤回。', 'en-US': 'An amendment is already in progress.' },
  'filing.renewalOpen': { 'zh-CN': '已有一份延续申请正在办理。', 'en-US': 'A renewal is already in progress.' },
  'filing.renewalTooEarly': { 'zh-CN': '延续备案须在有效期届满前 {days} 天内申请，最早可于 {opens} 申请。', 'en-US': 'Renewal opens {days} days before expiry, on {opens}.' },
  'filing.approve.institutionCodeRequired': { 'zh-CN': '请填写市局分配的 4 位机构代码。', 'en-US': 'Enter the 4-digit institution code assigned by the bureau.' },
  'filing.approve.siteSequenceRequired': { 'zh-CN': '请填写市局分配的 6 位考点序列号。', 'en-US': 'Enter the 6-digit site sequence assigned by the bureau.' },
  'filing.approve.segmentsTaken': {
    'zh-CN': '机构代码 {institutionCode} 与考点序列号 {siteSequence} 已分配给其他机构，证书编号将重复。',
    'en-US': 'Institution code {institutionCode} with site sequence {siteSequence} is already assigned; certificate numbers would collide.',
  },
  'filing.demonstration.socialOnly': { 'zh-CN': '只有社会培训评价组织可以认定为示范性组织。', 'en-US': 'Only social training evaluation organisations can be designated.' },
  'filing.submit.scopeRequired': { 'zh-CN': '请至少填写一项备案范围（职业、工种、等级）。', 'en-US': 'Add at least one scope row.' },
  'filing.submit.examinersRequired': { 'zh-CN': '请至少登记一名考评员。', 'en-US': 'Register at least one examiner.' },
  'filing.submit.examinerOutsideScope': { 'zh-CN': '考评员 {name} 的考评等级 {levels} 不在备案范围内。', 'en-US': 'Examiner {name} assesses levels {levels} outside the scope.' },
  'filing.submit.supervisorRequired': { 'zh-CN': '请至少登记一名内部质量督导员。', 'en-US': 'Register at least one internal quality supervisor.' },
  'filing.submit.siteRequired': { 'zh-CN': '请至少登记一个考点。', 'en-US': 'Register at least one site.' },
  'filing.submit.roomRequired': { 'zh-CN': '考点“{site}”至少需要一个考场。', 'en-US': 'Site "{site}" needs at least one room.' },
  'filing.submit.videoRequired': { 'zh-CN': '考点“{site}”的考场“{room}”须配备视频监控。', 'en-US': 'Room "{room}" at "{site}" must have video monitoring.' },
  'filing.submit.itemBankRequired': { 'zh-CN': '请选择题库来源。', 'en-US': 'Choose the item bank source.' },
  'filing.submit.rulesRequired': { 'zh-CN': '请填写管理制度。', 'en-US': 'Describe the management rules.' },
  'filing.submit.commitmentRequired': { 'zh-CN': '用人单位须承诺将评价结果与岗位使用、薪酬待遇挂钩。', 'en-US': 'Employers must commit to link certificates to posts and pay.' },
  'scope.unknownOccupation': { 'zh-CN': '第 {row} 行：职业 {code} 不在可备案目录中。', 'en-US': 'Row {row}: occupation {code} is not in the registrable catalogue.' },
  'scope.unknownWorkType': { 'zh-CN': '第 {row} 行：工种“{workType}”不属于职业 {code} 或已撤销。', 'en-US': 'Row {row}: work type "{workType}" is not registrable under {code}.' },
  'scope.workTypeRequired': { 'zh-CN': '第 {row} 行：职业 {code} 须指定工种。', 'en-US': 'Row {row}: occupation {code} needs a work type.' },
  'scope.levelNotRegistrable': { 'zh-CN': '第 {row} 行：职业 {code} 不可认定 {level} 级（目录未开放或已撤销）。', 'en-US': 'Row {row}: level {level} is not registrable for {code}.' },
  'scope.duplicate': { 'zh-CN': '第 {row} 行与第 {other} 行重复。', 'en-US': 'Row {row} repeats row {other}.' },
  'scope.overlap': {
    'zh-CN': '第 {row} 行与第 {other} 行重叠（整个职业与其中工种在同一等级重复备案）。',
    'en-US': 'Row {row} overlaps row {other} (whole occupation and one of its work types at the same level).',
  },
  'policy.filing.wrongStatus': { 'zh-CN': '当前状态（{statusLabel}）下不能执行“{actionLabel}”。', 'en-US': 'Cannot {actionLabel} a filing that is {statusLabel}.' },
  'policy.filing.notEditable': { 'zh-CN': '只有草稿或被退回的申请可以修改，当前状态：{statusLabel}。', 'en-US': 'Only drafts or returned applications can be edited; this one is {statusLabel}.' },
  'policy.filing.applicantOnly': { 'zh-CN': '只有本机构的管理员可以办理本机构的备案申请。', 'en-US': "Only the institution's own administrator may apply." },
  'policy.filing.notReviewer': { 'zh-CN': '只有机构注册地的区人社局或市鉴定中心可以审核该备案。', 'en-US': 'Only the district of registration or the city centre decides this filing.' },
  'policy.filing.jobOnly': { 'zh-CN': '备案到期由系统每日自动处理。', 'en-US': 'Expiry is applied by the daily job.' },
  'policy.filing.cityOnly': { 'zh-CN': '只有市级管理员可以认定示范性组织。', 'en-US': 'Only the city designates demonstration organisations.' },
  'entity.filing': { 'zh-CN': '备案', 'en-US': 'filing' },
  'status.draft': { 'zh-CN': '草稿', 'en-US': 'draft' },
  'status.submitted': { 'zh-CN': '待审核', 'en-US': 'submitted' },
  'status.returned': { 'zh-CN': '已退回', 'en-US': 'returned' },
  'status.approved': { 'zh-CN': '已备案', 'en-US': 'approved' },
  'status.rejected': { 'zh-CN': '不予备案', 'en-US': 'rejected' },
  'status.suspended': { 'zh-CN': '已暂停', 'en-US': 'suspended' },
  'status.expired': { 'zh-CN': '已到期', 'en-US': 'expired' },
  'status.terminated': { 'zh-CN': '已终止', 'en-US': 'terminated' },
  'status.superseded': { 'zh-CN': '已撤回', 'en-US': 'withdrawn' },
  'action.submit': { 'zh-CN': '提交', 'en-US': 'submit' },
  'action.resubmit': { 'zh-CN': '重新提交', 'en-US': 'resubmit' },
  'action.return': { 'zh-CN': '退回', 'en-US': 'return' },
  'action.approve': { 'zh-CN': '通过', 'en-US': 'approve' },
  'action.reject': { 'zh-CN': '不予备案', 'en-US': 'reject' },
  'action.suspend': { 'zh-CN': '暂停', 'en-US': 'suspend' },
  'action.restore': { 'zh-CN': '恢复', 'en-US': 'restore' },
  'action.expire': { 'zh-CN': '到期', 'en-US': 'expire' },
  'action.terminate': { 'zh-CN': '终止', 'en-US': 'terminate' },
  'action.withdraw': { 'zh-CN': '撤回', 'en-US': 'withdraw' },
  'parameter.shape': { 'zh-CN': '参数值的形式不对：请按默认值的形式填写（单个数字或数字列表）。', 'en-US': 'Wrong value shape for this parameter.' },
  'parameter.pastDate': { 'zh-CN': '生效日期不能早于今天：已作出的决定沿用当时的规则。', 'en-US': 'The effective date cannot be in the past.' },
  'parameter.exists': { 'zh-CN': '该参数在 {date} 已有生效值，请选择其他日期。', 'en-US': 'A value already takes effect on {date}.' },
  'attachment.purpose': { 'zh-CN': '附件用途无效。', 'en-US': 'Invalid attachment purpose.' },
  'attachment.empty': { 'zh-CN': '文件为空。', 'en-US': 'The file is empty.' },
  'attachment.tooLarge': { 'zh-CN': '附件不能超过 {max}。', 'en-US': 'Attachments may not exceed {max}.' },
  'attachment.type': { 'zh-CN': '只接受 PDF、PNG 或 JPEG 文件。', 'en-US': 'Only PDF, PNG or JPEG files are accepted.' },
  'entity.attachment': { 'zh-CN': '附件', 'en-US': 'attachment' },
  'person.id.format': { 'zh-CN': '证件号码格式不正确。', 'en-US': 'The ID number is not in a valid format.' },
  'person.id.checksum': { 'zh-CN': '身份证号码校验位不正确，请核对后重新输入。', 'en-US': 'The resident ID check digit is wrong; check the number.' },
  'person.id.birthDate': { 'zh-CN': '身份证号码中的出生日期无效。', 'en-US': 'The birth date inside the resident ID is invalid.' },
  'person.id.futureBirthDate': { 'zh-CN': '出生日期不能晚于今天。', 'en-US': 'The birth date cannot be in the future.' },
  'person.birthDateRequired': { 'zh-CN': '该证件不含出生日期，请填写出生日期。', 'en-US': 'This document does not carry a birth date; enter it.' },
  'policy.person.cannotCreate': { 'zh-CN': '您的角色不能登记人员信息。', 'en-US': 'Your role may not register people.' },
  'policy.person.notYours': { 'zh-CN': '您无权查看该人员的信息。', 'en-US': 'You may not view this person.' },
  'entity.person': { 'zh-CN': '人员', 'en-US': 'person' },
  'entity.relation': { 'zh-CN': '人员关系', 'en-US': 'relation' },
  'entity.evidenceFile': { 'zh-CN': '证明材料', 'en-US': 'evidence file' },
  'policy.person.cannotEdit': {
    'zh-CN': '只有本人或与其有登记关系的评价机构可以修改其申报材料。',
    'en-US': 'Only the person, or an institution with a recorded relation to them, may change their profile.',
  },
  'policy.person.candidateOnly': { 'zh-CN': '只有考生账号有本人信息。', 'en-US': 'Only candidate accounts have a personal record.' },
  'policy.relation.institutionOnly': {
    'zh-CN': '只有本机构的管理员可以登记本机构的协议、人员关系和证明材料。',
    'en-US': "Only the institution's own administrator records its agreements, relations and evidence.",
  },
  'policy.draft.institutionOnly': { 'zh-CN': '草稿只有编制它的机构可以查看，报送后主管部门方可查看。', 'en-US': 'A draft is seen only by its institution until it is filed.' },
  'policy.person.claimInstead': {
    'zh-CN': '考生请在“我的档案”中进行实名核验，不能直接登记人员。',
    'en-US': 'Candidates verify their identity under “My record”; they cannot register people directly.',
  },
  'policy.identityClaim.notConfirmer': {
    'zh-CN': '只有区人社部门经办人、评价机构管理员或市级管理员可以现场核验考生身份。',
    'en-US': 'Only district officers, institution administrators or the city confirm identities in person.',
  },
  'policy.identityClaim.notYours': {
    'zh-CN': '该考生的身份应由其证件签发地或关系所在区的人社部门，或与其有登记关系的评价机构现场核验。',
    'en-US': 'This identity is confirmed by the district where the ID was issued or where the person is related, or by an institution related to them.',
  },
  'policy.accountLink.officersOnly': {
    'zh-CN': '解除或更改账号的实名绑定须由市级管理员或该人员所在区的人社部门经办人办理。',
    'en-US': "Only the city or an officer of the person's district may unlink or relink an account.",
  },
  'entity.identityClaim': { 'zh-CN': '实名核验申请', 'en-US': 'identity claim' },
  'identity.nameMismatch': { 'zh-CN': '该证件号码已登记的姓名与填写的姓名不一致，请核对证件号码和姓名。', 'en-US': 'The name does not match the one registered with this ID number; check both.' },
  'identity.alreadyLinked': {
    'zh-CN': '您的账号已完成实名绑定，不能再绑定其他身份；如绑定有误，请联系所在区人社部门办理解除。',
    'en-US': 'Your account is already linked to an identity; to correct a wrong link, ask your district bureau.',
  },
  'identity.personTaken': {
    'zh-CN': '该证件已绑定其他账号，不能重复绑定。如非本人操作，请携带本人有效身份证件到所在区人社部门办理。',
    'en-US': 'This ID is already linked to another account. If that was not you, bring your identity card to your district bureau.',
  },
  'identity.tooManyLookups': { 'zh-CN': '证件核验尝试次数过多，请 {minutes} 分钟后再试。', 'en-US': 'Too many identity checks; try again in {minutes} minutes.' },
  'identity.noOpenClaim': { 'zh-CN': '没有待核验的实名绑定申请，请重新填写证件信息。', 'en-US': 'There is no identity claim waiting for verification; enter your ID again.' },
  'identity.noCodePending': { 'zh-CN': '当前申请不是短信验证码核验，不能输入或重发验证码。', 'en-US': 'This claim is not verified by a text-message code.' },
  'identity.codeWrong': { 'zh-CN': '验证码不正确，还可尝试 {left} 次。', 'en-US': 'Wrong code; {left} tries left.' },
  'identity.codeExhausted': { 'zh-CN': '验证码输错次数过多，已失效，请重新获取验证码。', 'en-US': 'Too many wrong codes; this code no longer works. Ask for a new one.' },
  'identity.codeExpired': { 'zh-CN': '验证码已过期（有效期 {minutes} 分钟），请重新获取。', 'en-US': 'The code has expired (valid {minutes} minutes); ask for a new one.' },
  'identity.resendTooSoon': { 'zh-CN': '验证码发送过于频繁，请 {seconds} 秒后再试。', 'en-US': 'Codes are sent at most once a minute; try again in {seconds} seconds.' },
  'identity.resendLimit': {
    'zh-CN': '本次申请的验证码发送次数已达上限，请改为现场核验或稍后重新申请。',
    'en-US': 'No more codes can be sent for this claim; choose verification in person or claim again later.',
  },
  'identity.smsFailed': { 'zh-CN': '短信发送失败，请稍后点击“重新发送”。', 'en-US': 'The text message could not be sent; use “Send again” in a moment.' },
  'identity.smsText': {
    'zh-CN': '【技评】您正在进行技评账号实名绑定，验证码 {code}，{minutes} 分钟内有效。如非本人操作，请忽略本短信，切勿告知他人。',
    'en-US': '[Jiping] Your code to link your Jiping account is {code}, valid for {minutes} minutes. If this was not you, ignore this message and tell no one.',
  },
  'identity.notOpen': { 'zh-CN': '该实名核验申请已办结（{status}），不能再处理。', 'en-US': 'This identity claim is already closed ({status}).' },
  'identity.notLinked': { 'zh-CN': '该账号未绑定任何人员。', 'en-US': 'This account is not linked to any person.' },
  'identityClaim.status.code_sent': { 'zh-CN': '待输入验证码', 'en-US': 'waiting for the code' },
  'identityClaim.status.pending_in_person': { 'zh-CN': '待现场核验', 'en-US': 'waiting for confirmation in person' },
  'identityClaim.status.verified': { 'zh-CN': '已核验', 'en-US': 'verified' },
  'identityClaim.status.rejected': { 'zh-CN': '未通过', 'en-US': 'not confirmed' },
  'identityClaim.status.cancelled': { 'zh-CN': '已撤销', 'en-US': 'cancelled' },
  'person.notRegistered': {
    'zh-CN': '您尚未完成实名登记，请先在“我的档案”中填写证件信息并完成实名核验。',
    'en-US': 'You have not registered your identity yet; enter your ID document under “My record” and verify it first.',
  },
  'upload.fileMissing': { 'zh-CN': '未收到文件，请选择要上传的文件（字段名 file）。', 'en-US': 'No file received; choose a file to upload (field "file").' },
  'evidence.purpose': { 'zh-CN': '材料用途无效，可选：{purposes}。', 'en-US': 'Invalid evidence purpose; choose one of: {purposes}.' },
  'evidence.notInstitutions': { 'zh-CN': '所选证明材料不是本机构上传的文件，请重新上传。', 'en-US': 'This evidence file was not uploaded by this institution; upload it again.' },
  'agreement.employerOnly': {
    'zh-CN': '只有用人单位（Y类）登记校企合作协议或委托评价协议；院校和社会培训评价组织无需登记协议。',
    'en-US': 'Only employers (category Y) record cooperation or entrustment agreements; schools and social organisations do not need them.',
  },
  'agreement.period': { 'zh-CN': '协议有效期的结束日期不能早于开始日期。', 'en-US': 'The agreement cannot end before it starts.' },
  'relation.kindCategory': {
    'zh-CN': '“{relationKindLabel}”关系只适用于{expected}，本机构为{category}，不能登记该关系。',
    'en-US': '"{relationKindLabel}" applies to {expected} only; this institution is {category}.',
  },
  'relation.employmentTypeRequired': { 'zh-CN': '本单位职工须选择用工形式（在岗职工、劳务派遣或劳务外包）。', 'en-US': 'Choose the employment type (direct, dispatched or outsourced).' },
  'relation.employmentTypeOnlyEmployee': { 'zh-CN': '只有“本单位职工”关系需要填写用工形式。', 'en-US': 'Only an employee relation has an employment type.' },
  'relation.agreementRequired': { 'zh-CN': '该关系须关联本机构登记的{agreementKindLabel}，请先登记协议。', 'en-US': 'This relation rests on a {agreementKindLabel}; record the agreement first.' },
  'relation.agreementNotApplicable': { 'zh-CN': '“{relationKindLabel}”关系无需关联协议。', 'en-US': '"{relationKindLabel}" does not rest on an agreement.' },
  'relation.agreementNotFound': { 'zh-CN': '所选协议不是本机构登记的协议。', 'en-US': "The chosen agreement is not one of this institution's." },
  'relation.agreementKind': {
    'zh-CN': '“{relationKindLabel}”关系须关联{agreementKindLabel}，所选协议类型不符。',
    'en-US': '"{relationKindLabel}" rests on a {agreementKindLabel}; the chosen agreement is of another kind.',
  },
  'relation.employerNameRequired': {
    'zh-CN': '须填写用人单位名称：劳务派遣、劳务外包人员填写派遣或外包公司，委托评价单位职工填写其所在单位。',
    'en-US': 'Enter the employer: the dispatching or outsourcing company, or the company an entrusted employee works for.',
  },
  'relation.employerNameNotApplicable': { 'zh-CN': '“{relationKindLabel}”关系不填写用人单位。', 'en-US': '"{relationKindLabel}" has no employer.' },
  'relation.graduationDateRequired': { 'zh-CN': '学生须填写预计毕业日期（用于判断考试时是否处于毕业学年）。', 'en-US': 'Enter the expected graduation date (it decides the graduating year).' },
  'relation.graduationDateNotApplicable': { 'zh-CN': '只有学生类关系需要填写预计毕业日期。', 'en-US': 'Only student relations have a graduation date.' },
  'relation.period': { 'zh-CN': '关系终止日期不能早于开始日期。', 'en-US': 'The relation cannot end before it starts.' },
  'relation.endBeforeStart': { 'zh-CN': '终止日期不能早于关系开始日期（{from}）。', 'en-US': 'The end date cannot be before the relation started ({from}).' },
  'relation.duplicate': {
    'zh-CN': '该人员已有一条与此期间重叠的“{relationKindLabel}”关系（{from} 起），请先终止原关系或调整日期。',
    'en-US': 'This person already has an overlapping "{relationKindLabel}" relation (from {from}); end it first or change the dates.',
  },
  'relation.alreadyEnded': { 'zh-CN': '该关系已于 {date} 终止，不能再次终止。', 'en-US': 'This relation already ended on {date}.' },
  'profile.item.workHistory': { 'zh-CN': '第 {row} 条工作经历', 'en-US': 'Work history row {row}' },
  'profile.item.certificates': { 'zh-CN': '第 {row} 个证书', 'en-US': 'Certificate {row}' },
  'profile.item.diplomas': { 'zh-CN': '第 {row} 条学历', 'en-US': 'Diploma {row}' },
  'profile.item.titles': { 'zh-CN': '第 {row} 个职称', 'en-US': 'Title {row}' },
  'profile.item.apprenticeshipCompletedOn': { 'zh-CN': '学徒期满日期', 'en-US': 'Apprenticeship completion date' },
  'profile.work.order': { 'zh-CN': '{item}：结束日期早于开始日期。', 'en-US': '{item}: it ends before it starts.' },
  'profile.future': { 'zh-CN': '{item}：日期不能晚于今天。', 'en-US': '{item}: the date cannot be later than today.' },
  'profile.work.underage': {
    'zh-CN': '{item}：开始日期早于年满 16 周岁之日（{date}），未满 16 周岁不能合法就业。',
    'en-US': '{item}: it starts before the 16th birthday ({date}); work before 16 is not lawful employment.',
  },
  'profile.work.overlap': {
    'zh-CN': '{item}：与第 {other} 条工作经历的时间重叠，同一时期只能有一份全职工作。',
    'en-US': '{item}: it overlaps work history row {other}; only one full-time job is held at a time.',
  },
  'profile.certificate.underage': { 'zh-CN': '{item}：发证日期早于年满 16 周岁之日（{date}），请核对。', 'en-US': '{item}: issued before the 16th birthday ({date}); check it.' },
  'profile.beforeBirth': { 'zh-CN': '{item}：毕业日期早于出生日期，请核对。', 'en-US': '{item}: the graduation date is before the birth date; check it.' },
  'profile.unknownOccupation': { 'zh-CN': '{item}：职业编码 {code} 不在职业目录中。', 'en-US': '{item}: occupation {code} is not in the catalogue.' },
  'profile.evidenceNotOwned': { 'zh-CN': '{item}：所附证明材料不是该人员上传的文件。', 'en-US': "{item}: the evidence file is not one of this person's uploads." },
  'plan.noFilingInForce': { 'zh-CN': '本机构没有有效的备案，不能制定或报送评价计划。', 'en-US': 'No filing in force: plans cannot be drafted or filed.' },
  'plan.outsideScope': { 'zh-CN': '职业 {code} 的 {level} 级不在本机构的备案范围内。', 'en-US': 'Level {level} of {code} is outside the filed scope.' },
  'plan.levelWithdrawn': { 'zh-CN': '职业 {code} 的 {level} 级已从目录撤销，不能新开评价计划。', 'en-US': 'Level {level} of {code} was withdrawn from the catalogue.' },
  'plan.windowOrder': { 'zh-CN': '考试结束日期不能早于开始日期。', 'en-US': 'The exam cannot end before it starts.' },
  'plan.inThePast': { 'zh-CN': '考试开始日期不能早于今天。', 'en-US': 'The exam cannot start in the past.' },
  'plan.outsideValidity': { 'zh-CN': '考试日期须在备案有效期内（至 {until}）。', 'en-US': 'The exam must fall within the filing validity (until {until}).' },
  'plan.unknownSite': { 'zh-CN': '考点“{site}”不是本机构备案的考点。', 'en-US': 'Site "{site}" is not a filed site.' },
  'plan.unknownRoom': { 'zh-CN': '考场“{room}”不属于所选考点。', 'en-US': 'Room "{room}" is not in the chosen site.' },
  'plan.overCapacity': { 'zh-CN': '预计人数超过所选考场容量（{capacity} 人）。', 'en-US': 'More candidates than the rooms hold ({capacity}).' },
  'plan.examinerNotQualified': { 'zh-CN': '考评员 {name} 未备案或无该职业该等级的考评资格。', 'en-US': 'Examiner {name} is not filed for this occupation and level.' },
  'plan.unknownSupervisor': { 'zh-CN': '内部质量督导员 {name} 未在备案中登记。', 'en-US': 'Internal supervisor {name} is not filed.' },
  'plan.tooLittleNotice': {
    'zh-CN': '评价计划须在考试前至少 {notice} 个工作日报送；距考试（{examStart}）仅剩 {available} 个工作日。',
    'en-US': 'Plans must be filed at least {notice} working days ahead; only {available} remain before {examStart}.',
  },
  'policy.plan.institutionOnly': { 'zh-CN': '只有本机构的管理员可以办理本机构的评价计划。', 'en-US': "Only the institution's administrator may do this." },
  'policy.plan.districtOnly': { 'zh-CN': '只有机构注册地的区人社局可以确认或退回评价计划。', 'en-US': 'Only the district of registration decides plans.' },
  'policy.plan.wrongStatus': { 'zh-CN': '评价计划当前状态下不能执行该操作。', 'en-US': 'The plan cannot do this in its current state.' },
  'entity.plan': { 'zh-CN': '评价计划', 'en-US': 'evaluation plan' },
  'entity.institution': { 'zh-CN': '评价机构', 'en-US': 'institution' },
  'entity.district': { 'zh-CN': '区', 'en-US': 'district' },
  'entity.user': { 'zh-CN': '用户', 'en-US': 'user' },
  'audit.ok': { 'zh-CN': '审计链完整：共核验 {checked} 条记录。', 'en-US': 'Audit chain intact: {checked} events verified.' },
  'audit.hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录的内容与其哈希不符（记录被修改）。',
    'en-US': 'Audit event #{seq} does not match its hash (the row was edited).',
  },
  // Registration (报名) and group import
  'entity.registration': { 'zh-CN': '报名记录', 'en-US': 'application' },
  'entity.import': { 'zh-CN': '导入记录', 'en-US': 'import' },
  'registration.planNotOpen': {
    'zh-CN': '该评价计划当前为“{planStatusLabel}”，只有经区人社局确认、尚未开考的计划可以报名。',
    'en-US': 'The plan is {planStatusLabel}; only plans acknowledged by the district and not yet started take applications.',
  },
  'planStatus.draft': { 'zh-CN': '草稿', 'en-US': 'draft' },
  'planStatus.filed': { 'zh-CN': '待确认', 'en-US': 'filed' },
  'planStatus.returned': { 'zh-CN': '已退回', 'en-US': 'returned' },
  'planStatus.acknowledged': { 'zh-CN': '已确认', 'en-US': 'acknowledged' },
  'planStatus.cancelled': { 'zh-CN': '已取消', 'en-US': 'cancelled' },
  'planStatus.closed': { 'zh-CN': '已关闭', 'en-US': 'closed' },
  'registrationStatus.pending': { 'zh-CN': '待审核', 'en-US': 'awaiting review' },
  'registrationStatus.ineligible': { 'zh-CN': '不符合条件', 'en-US': 'ineligible' },
  'registrationStatus.direct_pending': { 'zh-CN': '破格待复核', 'en-US': 'awaiting the direct-recognition decision' },
  'registrationStatus.admitted': { 'zh-CN': '准予报名', 'en-US': 'admitted' },
  'registrationStatus.rejected': { 'zh-CN': '不予受理', 'en-US': 'refused' },
  'registrationStatus.withdrawn': { 'zh-CN': '已撤回', 'en-US': 'withdrawn' },
  'registration.planStarted': { 'zh-CN': '该评价计划已于 {date} 开考，报名已截止。', 'en-US': 'The exam started on {date}; applications are closed.' },
  'registration.identityFirst': { 'zh-CN': '请先在“我的档案”中登记身份信息，再报名。', 'en-US': 'Register your identity in My profile before applying.' },
  'registration.duplicate': { 'zh-CN': '{name} 已报名本评价计划，不能重复报名。', 'en-US': '{name} has already applied to this plan.' },
  'registration.rejectReason': { 'zh-CN': '不予受理须填写理由，考生将看到该理由。', 'en-US': 'Give the reason for refusing; the candidate will read it.' },
  'registration.overrideReason': {
    'zh-CN': '系统初审不符合申报条件，人工放行须填写理由（将标记并接受督导检查）。',
    'en-US': 'The engine found the candidate ineligible: admitting them needs a reason and is flagged for supervision.',
  },
  'policy.registration.notYours': { 'zh-CN': '您无权查看该报名记录。', 'en-US': 'You may not view this application.' },
  'policy.registration.institutionOnly': { 'zh-CN': '只有组织该评价计划的机构可以办理。', 'en-US': 'Only the institution running the plan may do this.' },
  'policy.registration.personRequired': { 'zh-CN': '机构代为报名时须指定人员。', 'en-US': 'Staff must name the person they register.' },
  'policy.registration.examStarted': { 'zh-CN': '考试已开始，报名信息不能再变更。', 'en-US': 'The exam has started; the application can no longer change.' },
  'policy.registration.wrongStatus': { 'zh-CN': '该报名当前为“{registrationStatusLabel}”，不能再办理此项。', 'en-US': 'Not possible while the application is {registrationStatusLabel}.' },
  'registration.direct.unknownFile': { 'zh-CN': '证明材料须为本机构上传的文件。', 'en-US': 'Evidence must be files uploaded by this institution.' },
  'registration.direct.rejectReason': { 'zh-CN': '不同意破格须填写复核意见，机构和考生将看到该意见。', 'en-US': 'Give the reason for refusing; the institution and the candidate will read it.' },
  'policy.registration.districtOnly': { 'zh-CN': '破格须由机构所在区人社局（或市局）复核。', 'en-US': 'Direct recognition is decided by the district of registration (or the city).' },
  'policy.registration.sameApprover': { 'zh-CN': '破格申请人不能复核自己的申请，须由另一人复核。', 'en-US': 'The person who asked for direct recognition cannot also approve it.' },
  'file.xlsx.entries': {
    'zh-CN': 'Excel 文件包含的部件超过 {max} 个，不像正常的表格，未导入任何数据。',
    'en-US': 'The workbook holds more than {max} parts, which no ordinary sheet does; nothing was imported.',
  },
  'file.xlsx.totalSize': {
    'zh-CN': 'Excel 文件解压后超过 {max}，未导入任何数据。请拆分为多个文件分批导入。',
    'en-US': 'The workbook expands to more than {max}; nothing was imported. Split it into several files.',
  },
  'file.xlsx.entrySize': {
    'zh-CN': 'Excel 文件中的工作表解压后超过 {max}，未导入任何数据。请拆分为多个文件分批导入。',
    'en-US': 'A part of the workbook expands to more than {max}; nothing was imported. Split it into several files.',
  },
  'file.xlsx.sharedStrings': {
    'zh-CN': 'Excel 文件的文字表（共享字符串）解压后超过 {max}，未导入任何数据。请拆分为多个文件分批导入。',
    'en-US': "The workbook's shared-strings table expands to more than {max}; nothing was imported. Split the file.",
  },
  'file.xlsx.cellLength': {
    'zh-CN': 'Excel 文件中有单元格超过 {max} 个字符（Excel 单元格的上限），未导入任何数据。',
    'en-US': "A cell holds more than {max} characters (Excel's own limit); nothing was imported.",
  },
  'file.xlsx.columns': { 'zh-CN': '工作表超过 {max} 列（Excel 的上限），未导入任何数据。', 'en-US': "The sheet has more than {max} columns (Excel's own limit); nothing was imported." },
  'import.interrupted': { 'zh-CN': '导入因服务重启中断，未导入任何数据，请重新上传。', 'en-US': 'The import was interrupted by a restart; nothing was imported. Upload the file again.' },
  'import.changedMeanwhile': {
    'zh-CN': '导入期间该人员的信息或报名已被他人更改，请核对后重新导入。',
    'en-US': "This person's record or application changed while the file was imported; check and import again.",
  },
  'entity.occupation': { 'zh-CN': '职业', 'en-US': 'occupation' },
  'eligibility.relatedSelf': { 'zh-CN': '相关职业不能包含本职业自身。', 'en-US': 'An occupation is not related to itself.' },
  'eligibility.unknownOccupation': { 'zh-CN': '职业编码 {code} 不在职业目录中。', 'en-US': 'Occupation {code} is not in the catalogue.' },
  'eligibility.duplicatePath': { 'zh-CN': '{level} 级的申报路径编号重复。', 'en-US': 'Level {level} has duplicate path ids.' },
  'import.idempotencyKey': {
    'zh-CN': '请求缺少有效的 Idempotency-Key（8–100 位字母、数字或 ._:-），重试时请使用同一个值。',
    'en-US': 'A valid Idempotency-Key header (8–100 characters) is required; reuse it when retrying.',
  },
  'import.mode': { 'zh-CN': '导入方式只能是“全部正确才导入”或“只导入正确的行”。', 'en-US': 'The mode is all_or_nothing or valid_rows.' },
  'import.multipartRequired': { 'zh-CN': '请以 multipart/form-data 上传 Excel 文件（字段 file）。', 'en-US': 'Upload the Excel file as multipart/form-data (field file).' },
  'import.emptyFile': { 'zh-CN': '上传的文件为空。', 'en-US': 'The uploaded file is empty.' },
  'import.tooLarge': { 'zh-CN': '文件超过 {max}，请拆分后分批导入。', 'en-US': 'The file is larger than {max}; split it.' },
  'import.notXlsx': {
    'zh-CN': '文件不是 Excel（.xlsx）格式。请下载模板填写，或在 Excel 中“另存为 .xlsx”后再上传（不支持 .xls、.csv）。',
    'en-US': 'The file is not an .xlsx workbook. Use the template, or save as .xlsx (.xls and .csv are not accepted).',
  },
  'import.keyReused': { 'zh-CN': '该 Idempotency-Key 已用于另一个文件或计划，请重新选择文件后上传。', 'en-US': 'This Idempotency-Key was used for another file or plan.' },
  'import.unreadable': { 'zh-CN': '无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式。', 'en-US': 'The workbook cannot be read; it may be damaged or not .xlsx.' },
  'import.headers': { 'zh-CN': '表头与模板不一致，缺少列：{missing}。请使用下载的模板。', 'en-US': 'The header row does not match the template; missing: {missing}.' },
  'import.empty': { 'zh-CN': '文件中没有报名数据。', 'en-US': 'The file holds no rows.' },
  'import.tooManyRows': {
    'zh-CN': '文件超过单次导入上限 {max} 行，未导入任何数据。请拆分为多个文件分批导入。',
    'en-US': 'The file has more than {max} rows; nothing was imported. Split it into several files.',
  },
  'import.report.sheet': { 'zh-CN': '错误明细', 'en-US': 'Errors' },
  'import.report.row': { 'zh-CN': '行号', 'en-US': 'Row' },
  'import.report.column': { 'zh-CN': '列', 'en-US': 'Column' },
  'import.report.message': { 'zh-CN': '错误说明', 'en-US': 'Problem' },
  'import.report.fileName': { 'zh-CN': '团体报名错误明细', 'en-US': 'group-import-errors' },
  'import.failed': { 'zh-CN': '导入因系统错误中断，未导入任何数据，请稍后重试。', 'en-US': 'The import stopped on a system error; nothing was imported. Try again later.' },
  'import.required': { 'zh-CN': '“{column}”必须填写。', 'en-US': '"{column}" is required.' },
  'import.tooLong': { 'zh-CN': '超过 {max} 个字。', 'en-US': 'Longer than {max} characters.' },
  'import.date': { 'zh-CN': '“{value}”不是有效日期，请按 YYYY-MM-DD 填写。', 'en-US': '"{value}" is not a valid date (YYYY-MM-DD).' },
  'import.idType': { 'zh-CN': '证件类型“{value}”无法识别。', 'en-US': 'Unknown ID type "{value}".' },
  'import.idAsNumber': {
    'zh-CN': '证件号码被 Excel 存成了数字，末几位已丢失。请将该列设为文本格式后重新填写。',
    'en-US': 'Excel stored the ID number as a number and lost its last digits; format the column as text.',
  },
  'import.gender': { 'zh-CN': '性别“{value}”应填“男”或“女”。', 'en-US': 'Gender "{value}" must be 男 or 女.' },
  'import.phone': { 'zh-CN': '手机号码“{value}”应为 11 位数字。', 'en-US': 'Phone "{value}" must be 11 digits.' },
  'import.attempt': { 'zh-CN': '考试类型“{value}”应填“正考”或“补考”。', 'en-US': 'Attempt "{value}" must be 正考 or 补考.' },
  'import.relation': { 'zh-CN': '关系“{value}”无法识别，请按模板“填写说明”页中的名称填写。', 'en-US': 'Unknown relation "{value}"; use a name from the template\'s notes sheet.' },
  'import.relationCategory': { 'zh-CN': '本机构不能评价“{value}”人员，可填写：{allowed}。', 'en-US': 'This institution cannot evaluate on "{value}"; use one of: {allowed}.' },
  'import.occupationCode': { 'zh-CN': '职业编码“{value}”格式应为 x-xx-xx-xx。', 'en-US': 'Occupation code "{value}" must look like x-xx-xx-xx.' },
  'import.level': { 'zh-CN': '等级“{value}”应填五级、四级、三级、二级或一级。', 'en-US': 'Level "{value}" must be 五级 to 一级.' },
  'import.diplomaKind': { 'zh-CN': '学历类别“{value}”无法识别，请按模板说明填写。', 'en-US': 'Unknown diploma kind "{value}".' },
  'import.duplicateInFile': { 'zh-CN': '与第 {row} 行证件号码重复。', 'en-US': 'Same ID number as row {row}.' },
  'import.nameMismatch': { 'zh-CN': '姓名与该证件号码已登记的姓名不一致，请核对。', 'en-US': 'The name differs from the one registered for this ID number.' },
  'import.noAgreement.cooperation': { 'zh-CN': '本机构没有与“{party}”的校企合作协议，请先登记协议。', 'en-US': 'No cooperation agreement with "{party}" on record.' },
  'import.noAgreement.entrustment': { 'zh-CN': '本机构没有与“{party}”的委托评价协议，请先登记协议。', 'en-US': 'No entrustment agreement with "{party}" on record.' },
  ...labelMessages('relationKind', RELATION_KIND_LABELS),
  // Notifications keep these keys and their parameters, and are worded when read: a key in use
  // stays (a changed text reaches old notifications too; a removed key would show as the key).
  ...labelMessages('registrationNotice', REGISTRATION_NOTICES),
  'notification.identityFlagged.title': { 'zh-CN': '疑似批量试探证件号码：账号 {username}', 'en-US': 'Suspected ID-number enumeration: account {username}' },
  'notification.identityFlagged.body': {
    'zh-CN':
      '账号 {username}（{displayName}）在 {minutes} 分钟内 {count} 次以不匹配的姓名查询已登记的证件号码，已暂停其证件查询。请在“审计日志”中按操作类型“identity.name_mismatch”筛选，核查该账号的查询记录。',
    'en-US':
      'Account {username} ({displayName}) looked up registered ID numbers with non-matching names {count} times within {minutes} minutes; its look-ups are suspended. See identity.name_mismatch in the audit trail.',
  },
  'notification.identityConfirmed.title': { 'zh-CN': '实名核验已通过', 'en-US': 'Identity verified' },
  'notification.identityConfirmed.body': { 'zh-CN': '您的账号已通过现场核验，与本人档案完成绑定。', 'en-US': 'Your identity was confirmed in person and your account is linked to your record.' },
  'notification.identityRejected.title': { 'zh-CN': '实名核验未通过', 'en-US': 'Identity not verified' },
  'notification.identityRejected.body': { 'zh-CN': '您的实名绑定申请未通过现场核验：{reason}', 'en-US': 'Your identity claim was not confirmed in person: {reason}' },
  'notification.identityUnlinked.title': { 'zh-CN': '账号实名绑定已解除', 'en-US': 'Identity link removed' },
  'notification.identityUnlinked.body': {
    'zh-CN': '您的账号与人员档案的绑定已由经办人解除：{reason}。如需重新绑定，请在“我的档案”中重新进行实名核验。',
    'en-US': 'An officer removed the link between your account and your record: {reason}. To link again, verify your identity under “My record”.',
  },
  'notification.registration.title': { 'zh-CN': '{occupation}（{level}）报名：{registrationNoticeLabel}', 'en-US': '{occupation} ({level}) application: {registrationNoticeLabel}' },
  'notification.registration.bodyReason': {
    'zh-CN': '{name}，您好：\n您向{institution}申报的{occupation}{workType}{level}（考试日期 {examDate}）：{registrationNoticeLabel}。\n审核意见：{reason}',
    'en-US': "Dear {name},\nYour application to {institution} for {occupation}{workType}, {level} (exam on {examDate}): {registrationNoticeLabel}.\nReviewer's note: {reason}",
  },
  'notification.registration.bodySummary': {
    'zh-CN': '{name}，您好：\n您向{institution}申报的{occupation}{workType}{level}（考试日期 {examDate}）：{registrationNoticeLabel}。\n说明：{summary}',
    'en-US': 'Dear {name},\nYour application to {institution} for {occupation}{workType}, {level} (exam on {examDate}): {registrationNoticeLabel}.\nWhy: {summary}',
  },
  'notification.filingExpiry.title': { 'zh-CN': '备案将于 {date} 到期', 'en-US': 'Your filing expires on {date}' },
  'notification.filingExpiry.body': {
    'zh-CN': '{institution}（备案编号 {number}）的备案有效期至 {date}，剩余 {days} 天。如需继续开展评价，请在到期前 {window} 天内申请延续备案。',
    'en-US': 'The filing of {institution} (number {number}) is valid until {date}: {days} days left. To keep evaluating, apply for renewal within {window} days before it expires.',
  },
  'mail.footer': {
    'zh-CN': '\n\n——\n技评 Jiping · 上海市职业技能等级认定平台\n此邮件由系统自动发送，请勿直接回复；请登录平台查看通知中心。',
    'en-US': '\n\n——\nJiping 技评 · Shanghai vocational skill certification\nThis message was sent automatically; please do not reply. Sign in to read your notifications.',
  },
  ...labelMessages('agreementKind', AGREEMENT_KIND_LABELS),
  ...labelMessages('employmentType', EMPLOYMENT_TYPE_LABELS),
  ...STAFFING_MESSAGES,
  ...SCORE_MESSAGES,
  'audit.prev_hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录与前一条记录的链接断开（前序记录被修改或删除）。',
    'en-US': 'Audit event #{seq} no longer links to its predecessor (a previous row was edited or deleted).',
  },
  'audit.missing_rows': {
    'zh-CN': '第 {seq} 条审计记录之前缺少记录（记录被删除）。',
    'en-US': 'Audit events before #{seq} are missing (rows were deleted).',
  },
  ...EXAM_SESSION_MESSAGES,
  ...RESULTS_MESSAGES,
  ...CERTIFICATE_DOCUMENT_MESSAGES,
  ...VERIFICATION_MESSAGES,
  ...NATIONAL_EXPORT_MESSAGES,
  ...SUPERVISION_MESSAGES,
  ...INSPECTION_REGISTRY_MESSAGES,
  ...RECTIFICATION_MESSAGES,
  ...CERTIFICATE_MESSAGES,
  ...INSPECTION_MESSAGES,
  ...APPOINTMENTS_MESSAGES,
  ...CREDENTIAL_MESSAGES,
  ...INSPECTION_DRAW_MESSAGES,
};

export function translate(key: string, locale: Locale, params: Record<string, string> = {}): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  const values: Record<string, string> = { ...params };
  // Codes read better as words: a parameter `x` with a message `x.<code>` is also offered as
  // `{xLabel}` (status, action, registrationStatus, planStatus…), districts by name.
  for (const [name, code] of Object.entries(params)) values[`${name}Label`] = MESSAGES[`${name}.${code}`]?.[locale] ?? code;
  if (params.district && !params.districtName) values.districtName = districtName(params.district, locale);
  if (params.entity && MESSAGES[`entity.${params.entity}`]) values.entity = MESSAGES[`entity.${params.entity}`]![locale];
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** Message parameters; a text in both languages is taken in the language rendered. */
export type MessageParams = Record<string, string | LocalizedText>;

/** A message by its catalogue keys, kept as such (a notification) and worded in each reader's language. */
export interface CatalogueMessage {
  title: string;
  body: string;
  params: MessageParams;
}

export function renderMessage(key: string, locale: Locale, params: MessageParams = {}): string {
  return translate(key, locale, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : value[locale]])));
}

/** A catalogue message's title and body in one language. */
export function wordMessage(message: CatalogueMessage, locale: Locale): { title: string; body: string } {
  return { title: renderMessage(message.title, locale, message.params), body: renderMessage(message.body, locale, message.params) };
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}
