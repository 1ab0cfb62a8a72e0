import { districtName, type Locale } from '@jiping/domain';

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
  'organization.creditCode.format': { 'zh-CN': '统一社会信用代码格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。', 'en-US': 'The unified social credit code must be 18 digits or capital letters (no I, O, S, V, Z).' },
  'organization.creditCode.checksum': { 'zh-CN': '统一社会信用代码校验位不正确，请核对后重新输入。', 'en-US': 'The unified social credit code fails its check character; check it.' },
  'organization.creditCode.notShanghai': { 'zh-CN': '社会培训评价组织须在上海市登记注册（统一社会信用代码第 3–4 位应为 31）。', 'en-US': 'A social training evaluation organisation must be registered in Shanghai (characters 3–4 of the code are 31).' },
  'organization.kindMismatch': { 'zh-CN': '法人类型与机构类别不符：用人单位须为企业，院校须为院校。', 'en-US': 'The legal-person kind does not fit the institution category.' },
  'organization.creditCodeTaken': { 'zh-CN': '该统一社会信用代码已注册，请联系本单位已有的管理员。', 'en-US': 'This credit code is already registered; contact your existing administrator.' },
  'organization.usernameTaken': { 'zh-CN': '用户名“{username}”已被使用，请换一个。', 'en-US': 'Username "{username}" is taken.' },
  'catalogue.multipartRequired': { 'zh-CN': '请以 multipart/form-data 上传文件（字段名 file）。', 'en-US': 'Upload the file as multipart/form-data (field "file").' },
  'catalogue.fileMissing': { 'zh-CN': '未收到文件，请选择要导入的文件。', 'en-US': 'No file received; choose a file to import.' },
  'filing.reasonRequired': { 'zh-CN': '请填写理由。', 'en-US': 'A reason is required.' },
  'filing.alreadyFiled': { 'zh-CN': '本机构已有在有效期内或正在办理的备案，请改为申请变更或延续。', 'en-US': 'This institution already has a filing in force or in progress; apply for an amendment or renewal instead.' },
  'filing.noFilingInForce': { 'zh-CN': '本机构没有有效的备案。', 'en-US': 'This institution has no filing in force.' },
  'filing.amendmentOpen': { 'zh-CN': '已有一份变更申请正在办理，请先完成或撤回。', 'en-US': 'An amendment is already in progress.' },
  'filing.renewalOpen': { 'zh-CN': '已有一份延续申请正在办理。', 'en-US': 'A renewal is already in progress.' },
  'filing.renewalTooEarly': { 'zh-CN': '延续备案须在有效期届满前 {days} 天内申请，最早可于 {opens} 申请。', 'en-US': 'Renewal opens {days} days before expiry, on {opens}.' },
  'filing.approve.institutionCodeRequired': { 'zh-CN': '请填写市局分配的 4 位机构代码。', 'en-US': 'Enter the 4-digit institution code assigned by the bureau.' },
  'filing.approve.siteSequenceRequired': { 'zh-CN': '请填写市局分配的 6 位考点序列号。', 'en-US': 'Enter the 6-digit site sequence assigned by the bureau.' },
  'filing.approve.segmentsTaken': { 'zh-CN': '机构代码 {institutionCode} 与考点序列号 {siteSequence} 已分配给其他机构，证书编号将重复。', 'en-US': 'Institution code {institutionCode} with site sequence {siteSequence} is already assigned; certificate numbers would collide.' },
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
  'scope.overlap': { 'zh-CN': '第 {row} 行与第 {other} 行重叠（整个职业与其中工种在同一等级重复备案）。', 'en-US': 'Row {row} overlaps row {other} (whole occupation and one of its work types at the same level).' },
  'policy.filing.wrongStatus': { 'zh-CN': '当前状态（{statusLabel}）下不能执行“{actionLabel}”。', 'en-US': 'Cannot {actionLabel} a filing that is {statusLabel}.' },
  'policy.filing.notEditable': { 'zh-CN': '只有草稿或被退回的申请可以修改，当前状态：{statusLabel}。', 'en-US': 'Only drafts or returned applications can be edited; this one is {statusLabel}.' },
  'policy.filing.applicantOnly': { 'zh-CN': '只有本机构的管理员可以办理本机构的备案申请。', 'en-US': 'Only the institution\'s own administrator may apply.' },
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
  'entity.institution': { 'zh-CN': '评价机构', 'en-US': 'institution' },
  'entity.district': { 'zh-CN': '区', 'en-US': 'district' },
  'entity.user': { 'zh-CN': '用户', 'en-US': 'user' },
  'audit.ok': { 'zh-CN': '审计链完整：共核验 {checked} 条记录。', 'en-US': 'Audit chain intact: {checked} events verified.' },
  'audit.hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录的内容与其哈希不符（记录被修改）。',
    'en-US': 'Audit event #{seq} does not match its hash (the row was edited).',
  },
  'audit.prev_hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录与前一条记录的链接断开（前序记录被修改或删除）。',
    'en-US': 'Audit event #{seq} no longer links to its predecessor (a previous row was edited or deleted).',
  },
  'audit.missing_rows': {
    'zh-CN': '第 {seq} 条审计记录之前缺少记录（记录被删除）。',
    'en-US': 'Audit events before #{seq} are missing (rows were deleted).',
  },
};

export function translate(key: string, locale: Locale, params: Record<string, string> = {}): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  const values: Record<string, string> = { ...params };
  // Codes read better as words: districts by name, statuses and actions by label.
  if (params.status) values.statusLabel = MESSAGES[`status.${params.status}`]?.[locale] ?? params.status;
  if (params.action) values.actionLabel = MESSAGES[`action.${params.action}`]?.[locale] ?? params.action;
  if (params.district && !params.districtName) values.districtName = districtName(params.district, locale);
  if (params.entity && MESSAGES[`entity.${params.entity}`]) values.entity = MESSAGES[`entity.${params.entity}`]![locale];
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}
