import type { ServiceContext } from '../platform/context.ts';
import { createInspectionItem, createInspector, declareInspectorConflict, setRiskClass } from '../modules/inspection-registry/index.ts';
import { demoActor } from './demo-enterprise.ts';

const SUPERVISION_RULES = '人社职司便函〔2020〕53号《技能人才评价质量督导工作规程（试行）》';
const CERTIFICATION_RULES = '人社职司便函〔2020〕17号《职业技能等级认定工作规程（试行）》';
const REFORM_OPINION = '人社部发〔2019〕90号《关于改革完善技能人才评价制度的意见》';
const SHANGHAI_NOTICE = '上海市人力资源和社会保障局《关于进一步加强职业技能等级认定规范管理工作的通知》（2024）';

/**
 * 检查事项清单 of the demo: the four items a Shanghai bureau checks most often, each line citing
 * the rule it checks. The wording is general on purpose: the city replaces it with its own list.
 */
export const DEMO_INSPECTION_ITEMS = [
  {
    code: 'JCSX-01',
    name: '评价机构日常管理检查',
    legalBasis: `${REFORM_OPINION}；${SUPERVISION_RULES}；${SHANGHAI_NOTICE}`,
    checklist: [
      { key: 'filing', label: '备案信息（机构名称、评价范围、场地）与实际一致，变更已及时申请备案变更', basis: SHANGHAI_NOTICE },
      { key: 'scope', label: '仅在备案的职业（工种）和等级范围内开展评价', basis: REFORM_OPINION },
      { key: 'rules', label: '考务管理、考评人员管理、质量督导、档案管理、证书管理等制度齐全并执行', basis: CERTIFICATION_RULES },
      { key: 'internal-supervision', label: '设有内部质量督导人员，逢考必督，督导记录完整', basis: SUPERVISION_RULES },
      { key: 'site', label: '考场、实操场地和设施设备满足国家职业技能标准要求，并配备视频监控', basis: CERTIFICATION_RULES },
      { key: 'fees', label: '收费项目和标准公示，无强制培训、捆绑收费', basis: REFORM_OPINION },
      { key: 'publicity', label: '评价计划、评价结果按规定公示', basis: SHANGHAI_NOTICE },
      { key: 'archive', label: '评价档案按规定期限保存（纸质不少于 3 年，电子不少于 5 年）', basis: CERTIFICATION_RULES },
    ],
  },
  {
    code: 'JCSX-02',
    name: '考务组织现场检查',
    legalBasis: `${CERTIFICATION_RULES}；${SUPERVISION_RULES}`,
    checklist: [
      { key: 'plan-filed', label: '考核按报备的评价计划进行，时间、地点、考场与计划一致', basis: CERTIFICATION_RULES },
      { key: 'identity', label: '考生入场核验身份证件和准考证，人证一致', basis: CERTIFICATION_RULES },
      { key: 'ratio', label: '监考人员、考评人员与考生配比符合国家职业技能标准', basis: CERTIFICATION_RULES },
      { key: 'recusal', label: '考评人员与考生存在利害关系的已按规定回避', basis: SUPERVISION_RULES },
      { key: 'papers', label: '试卷（题目）的领取、使用、回收和保密交接记录完整', basis: CERTIFICATION_RULES },
      { key: 'discipline', label: '考场纪律良好，违纪情况如实记录并按规定处理', basis: CERTIFICATION_RULES },
      { key: 'video', label: '考试全程视频监控并留存录像', basis: SHANGHAI_NOTICE },
      { key: 'supervisor-record', label: '督导人员在场并填写质量督导记录', basis: SUPERVISION_RULES },
      { key: 'scoring', label: '评分由不少于规定人数的考评人员独立进行，评分记录签字完整', basis: CERTIFICATION_RULES },
    ],
  },
  {
    code: 'JCSX-03',
    name: '证书发放与数据上报检查',
    legalBasis: `${CERTIFICATION_RULES}；${REFORM_OPINION}`,
    checklist: [
      { key: 'issued-to-passed', label: '证书仅发放给成绩合格且结果已公示无异议的人员', basis: CERTIFICATION_RULES },
      { key: 'content', label: '证书编码、内容和样式符合全国统一要求', basis: CERTIFICATION_RULES },
      { key: 'timely', label: '证书在规定时限内发放，发放记录有签收', basis: CERTIFICATION_RULES },
      { key: 'upload', label: '证书数据按规定时限上报全国联网查询系统', basis: CERTIFICATION_RULES },
      { key: 'consistency', label: '上报数据与评价档案、成绩记录一致', basis: SUPERVISION_RULES },
      { key: 'revocation', label: '撤销、更正证书有依据并已同步上报', basis: CERTIFICATION_RULES },
    ],
  },
  {
    code: 'JCSX-04',
    name: '题库与考评人员管理检查',
    legalBasis: `${CERTIFICATION_RULES}；${SUPERVISION_RULES}`,
    checklist: [
      { key: 'bank-source', label: '使用国家题库、市级题库或按规定开发并经审核的题库', basis: CERTIFICATION_RULES },
      { key: 'bank-security', label: '题库和试卷存放、传输和使用符合保密要求，有专人管理', basis: CERTIFICATION_RULES },
      { key: 'paper-assembly', label: '组卷按考核方案进行，组卷记录完整', basis: CERTIFICATION_RULES },
      { key: 'examiner-qualified', label: '考评人员具备相应职业（工种）和等级的考评资格', basis: REFORM_OPINION },
      { key: 'examiner-training', label: '考评人员经培训上岗，并定期参加继续培训', basis: SUPERVISION_RULES },
      { key: 'examiner-register', label: '考评人员名册与备案一致，变动已备案', basis: SHANGHAI_NOTICE },
      { key: 'examiner-conduct', label: '考评人员遵守职业道德，违规行为已记录并处理', basis: SUPERVISION_RULES },
    ],
  },
] as const;

/**
 * 执法检查人员名录 of the demo: the three demo inspector accounts and six inspectors without
 * accounts across the city bureau, three district bureaus and an industry authority. 执法证号 are
 * fictitious.
 */
export const DEMO_INSPECTORS = [
  { name: '陈明', certificateNumber: '31-RS-2019-0101', field: '职业技能评价', departmentKind: 'city', districtCode: null, industry: null, username: 'inspector-1' },
  { name: '刘芳', certificateNumber: '31-RS-2020-0102', field: '考务管理', departmentKind: 'city', districtCode: null, industry: null, username: 'inspector-2' },
  { name: '赵磊', certificateNumber: '31-RS-2021-1501', field: '机械加工', departmentKind: 'district', districtCode: '310115', industry: null, username: 'inspector-3' },
  { name: '孙丽华', certificateNumber: '31-RS-2018-0103', field: '证书与数据管理', departmentKind: 'city', districtCode: null, industry: null, username: null },
  { name: '周伟', certificateNumber: '31-RS-2022-1502', field: '职业技能竞赛', departmentKind: 'district', districtCode: '310115', industry: null, username: null },
  { name: '黄静', certificateNumber: '31-RS-2020-0101', field: '社会培训评价', departmentKind: 'district', districtCode: '310101', industry: null, username: null },
  { name: '马骏', certificateNumber: '31-RS-2021-1201', field: '院校职业技能等级认定', departmentKind: 'district', districtCode: '310112', industry: null, username: null },
  { name: '吴建华', certificateNumber: '31-JX-2019-0021', field: '智能制造', departmentKind: 'industry', districtCode: null, industry: '上海市经济和信息化委员会', username: null },
  { name: '郭敏', certificateNumber: '31-RS-2023-0104', field: '题库与考评人员管理', departmentKind: 'city', districtCode: null, industry: null, username: null },
] as const;

/** Risk classes of the demo institutions with their basis: the enterprise low, the social organisation elevated, the school general. */
const DEMO_RISK_CLASSES = [
  { institution: 'enterprise', riskClass: 'A', basis: '企业自主评价，近三年评价活动无违规记录，内部质量督导制度健全，逢考必督记录完整。' },
  { institution: 'social', riskClass: 'C', basis: '社会培训评价组织，首个备案周期，评价规模增长较快，曾有考生投诉收费问题，按较高风险管理。' },
  { institution: 'school', riskClass: 'B', basis: '院校评价机构，评价对象为本校学生，近一年抽查未发现问题，按一般风险管理。' },
] as const;

/**
 * The demo's supervision registries, made through the registry's use cases as the city would:
 * the items, the inspectors (with the demo inspector accounts linked), 赵磊's declared conflict with
 * the Pudong enterprise (declared by himself), and the risk classes. A class set for an
 * institution without a filing in force applies once its filing is approved.
 */
export async function seedDemoSupervision(tx: ServiceContext, institutionIds: ReadonlyMap<string, string>) {
  const city = { ...tx, actor: await demoActor(tx, 'city-admin') };
  for (const item of DEMO_INSPECTION_ITEMS) await createInspectionItem({ ctx: city, input: { ...item, checklist: [...item.checklist] } });
  const inspectorIds = new Map<string, string>();
  for (const inspector of DEMO_INSPECTORS) inspectorIds.set(inspector.name, (await createInspector({ ctx: city, input: inspector })).id);
  const zhao = { ...tx, actor: await demoActor(tx, 'inspector-3') };
  await declareInspectorConflict({ ctx: zhao, id: inspectorIds.get('赵磊')!, input: { institutionId: institutionIds.get('enterprise')!, reason: '曾任该企业职工培训中心兼职讲师' } });
  for (const risk of DEMO_RISK_CLASSES) {
    await setRiskClass({ ctx: city, id: institutionIds.get(risk.institution)!, input: { riskClass: risk.riskClass, basis: risk.basis, version: null } });
  }
}
