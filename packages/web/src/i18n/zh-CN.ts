/** Every string the web app shows, in Chinese. en-US.ts must have the same keys (checked by its type). */
const zhCN = {
  brand: { name: '技评', subtitle: '上海市职业技能等级认定服务平台', footer: '上海市人力资源和社会保障局 指导', title: '技评 · 上海市职业技能等级认定' },
  language: { notSaved: '界面语言已切换，但未能保存到您的账号：{{reason}}', zhCN: '中文', enUS: 'English' },
  common: {
    login: '登录', logout: '退出登录', menu: '菜单', switchLanguage: 'English', loading: '加载中…', loadMore: '加载更多', search: '查询', reset: '重置',
    back: '返回', retry: '重试', save: '保存', cancel: '取消', confirm: '确定', submit: '提交', all: '全部', none: '无', yes: '是', no: '否',
    errorTitle: '加载失败', errorHint: '请检查网络后重试；如仍失败，请将请求编号告知管理员。', exportCsv: '导出 CSV', detail: '详情', actions: '操作',
  },
  workspace: { government: '政务工作台', institution: '机构工作台', examiner: '考评工作台', candidate: '个人中心', switch: '切换工作台' },
  menu: { plans: '评价计划', dashboard: '工作台', filings: '备案管理', institutions: '评价机构', catalogue: '职业目录', audit: '审计日志', users: '用户管理', profile: '个人设置' },
  forbidden: { title: '无权访问', text: '您的账号没有访问该页面的权限。', back: '返回我的工作台' },
  notFound: { title: '页面不存在', back: '返回首页' },
  portal: {
    home: '首页', services: '公共服务', comingLater: '暂未开放', open: '进入',
    certificate: '证书查询', directory: '机构名录', publicity: '结果公示与异议', inspections: '监督检查结果', assessments: '考核结果',
    draws: '随机抽查核验', complaints: '投诉举报', notices: '通知公告', occupations: '职业（工种）目录', districts: '行政区划',
    districtCode: '区划代码', occupationsIntro: '可开展职业技能等级认定的职业（工种）及等级，由市人社局维护。', unverified: '待核实',
    register: '机构注册', loginHint: '政府部门、评价机构、考评人员与考生请登录后办理业务。',
  },
  level: { 5: '五级', 4: '四级', 3: '三级', 2: '二级', 1: '一级' },
  login: { title: '登录技评', username: '用户名', password: '密码', submit: '登录', required: '请输入{{field}}' },
  dashboard: { greeting: '您好，{{name}}', grants: '我的角色与管辖范围', role: '角色', district: '辖区', institution: '机构', occupations: '职业范围', institutionsInScope: '管辖范围内的评价机构', notifications: '通知', noNotifications: '暂无通知' },
  institutions: {
    title: '评价机构', district: '所属区', category: '机构类别', name: '机构名称', organization: '法人单位', creditCode: '统一社会信用代码',
    empty: '暂无评价机构', emptyFiltered: '没有符合条件的评价机构，请调整筛选条件', refusedHint: '请选择您管辖范围内的区，或点击“重置”查看全部。', kind: '法人类型', address: '住所', legalRepresentative: '法定代表人', createdAt: '登记日期',
  },
  audit: { title: '审计日志', verify: '核验审计链', ok: '审计链完整，共核验 {{checked}} 条记录', broken: '审计链断裂', seq: '序号', at: '时间', actor: '操作人', action: '操作', entityType: '对象类型', entityId: '对象编号', requestId: '请求编号', filterAction: '操作类型', filterEntityType: '对象类型', actionPlaceholder: '例如 auth.login', entityTypePlaceholder: '例如 user', verifyFailed: '未能完成核验' },
  users: { title: '用户管理', username: '用户名', displayName: '姓名', roles: '角色与范围', status: '状态', lockedUntil: '锁定至', lastLogin: '最近登录', active: '正常', disabled: '停用', search: '用户名或姓名', empty: '没有符合条件的账号', locked: '已锁定' },
  profile: { title: '个人设置', language: '界面语言', followBrowser: '跟随浏览器', saved: '已保存', account: '账号信息', roles: '角色' },
  status: { draft: '草稿', submitted: '待审核', returned: '已退回', approved: '已备案', rejected: '不予备案', suspended: '已暂停', expired: '已到期', terminated: '已终止', superseded: '已撤回' },
  planStatus: { draft: '草稿', filed: '待确认', returned: '已退回', acknowledged: '已确认', cancelled: '已取消', closed: '已关闭' },
  plans: {
    new: '新建评价计划', empty: '尚无评价计划，点击“新建评价计划”开始', examDates: '考试日期', examStart: '考试开始日期', examEnd: '考试结束日期', expected: '预计人数',
    supervisors: '督导员（内督/外督）', internalSupervisor: '内部质量督导员', externalSupervisor: '派出外部督导员（可选）',
    file: '报送', acknowledge: '确认', return: '退回', cancel: '取消计划', close: '关闭',
  },
  filingKind: { initial: '首次备案', amendment: '变更', renewal: '延续' },
  filings: {
    title: '备案管理', queue: '审核队列', mine: '本机构的备案', newFiling: '申请备案', newAmendment: '申请变更', newRenewal: '申请延续', empty: '尚无备案申请',
    emptyInstitution: '尚未备案，点击“申请备案”开始', number: '备案编号', validity: '有效期', submittedAt: '提交时间', kind: '类型', status: '状态', institution: '机构', district: '所属区',
    scope: '备案范围', occupation: '职业', workType: '工种', wholeOccupation: '（不分工种）', level: '等级', withdrawnTag: '目录已撤销',
    addScope: '添加范围', examiners: '考评员', supervisors: '内部质量督导员', experts: '专家', sites: '考点与考场', itemBank: '题库来源', itemBankNote: '题库说明', rules: '管理制度',
    commitment: '承诺将评价结果与岗位使用、薪酬待遇挂钩（用人单位）', name: '姓名', certificateNo: '证书编号', levels: '考评等级', jobTitle: '职称', field: '专业领域',
    siteName: '考点名称', address: '地址', rooms: '考场', roomName: '考场名称', capacity: '容量', video: '视频监控', add: '添加', remove: '删除',
    stepScope: '备案范围', stepPeople: '考评人员', stepSites: '考点考场', stepRules: '题库与制度', stepReview: '核对提交', saveDraft: '保存草稿', next: '下一步', prev: '上一步', submitForReview: '提交审核',
    saved: '草稿已保存', submitted: '已提交审核', timeline: '办理记录', reason: '理由', reasonRequired: '请填写理由', decide: '审核',
    approve: '通过', return: '退回', reject: '不予备案', suspend: '暂停', restore: '恢复', terminate: '终止', withdraw: '撤回', edit: '修改', resubmit: '重新提交',
    institutionCode: '机构代码（4 位，由市局分配）', siteSequence: '考点序列号（6 位，由市局分配）', certificateSegments: '证书编号段', diff: '变更对比', inForce: '现行备案', proposed: '本次申请',
    added: '新增', removed: '删除', organization: '法人单位', demonstration: '示范性社会培训评价组织', designate: '认定为示范性组织', undesignate: '取消示范性认定',
    national: '国家题库', municipal: '市级题库', self_developed: '自行开发（经审定）', done: '操作成功', notifications: '到期提醒',
    attachments: '附件', attachmentPurpose: '附件用途', upload: '上传附件（PDF/PNG/JPEG，≤10 MB）', saveBeforeUpload: '请先保存草稿，再上传附件。', noAttachments: '暂无附件',
    purpose: { business_license: '营业执照/登记证书', management_rules: '管理制度', site_evidence: '考点考场证明', examiner_certificates: '考评员证书', other: '其他' },
  },
  catalogue: {
    title: '职业目录', import: '导入目录', template: '下载模板', exportXlsx: '导出 Excel', exportCsv: '导出 CSV', chooseFile: '选择文件（.csv 或 .xlsx）', uploading: '正在导入…',
    importOk: '导入成功：{{occupations}} 个职业；撤销工种 {{workTypes}} 个、等级 {{levels}} 个', importFailed: '导入未执行：{{count}} 处错误，目录未作任何修改', row: '行', column: '列', message: '原因',
    downloadReport: '下载错误报告', code: '职业编码', name: '职业名称', workTypes: '工种', levels: '等级', standard: '标准版本',
  },
  directory: { title: '机构名录', search: '机构名称', occupation: '职业或工种', district: '所属区', empty: '没有符合条件的已备案机构', validUntil: '有效期至', scope: '备案范围', demonstrationMark: '示范' },
  register: {
    title: '评价机构注册', intro: '法人单位注册后即可在线申请备案，无需政府账号。', organization: '法人单位', creditCode: '统一社会信用代码', orgName: '单位名称', kind: '法人类型', district: '注册地所在区',
    address: '住所', legalRepresentative: '法定代表人', contactName: '联系人', contactPhone: '联系电话', institution: '评价机构', institutionName: '机构名称', category: '机构类别',
    admin: '管理员账号', username: '用户名', displayName: '管理员姓名', password: '密码（至少 10 位）', submit: '注册', done: '注册成功，请使用管理员账号登录',
  },
};

export default zhCN;
export type Messages = typeof zhCN;
