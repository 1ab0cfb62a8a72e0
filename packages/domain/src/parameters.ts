import { STAFFING_RULES_DEFAULT, type StaffingRulesParameter } from './staffing.ts';
import { SCORE_COMBINATIONS } from './scores.ts';

/** What a parameter holds: a number, a list of numbers, a structured rule set (staffing), or one of its words. */
export type ParameterValue = number | readonly number[] | StaffingRulesParameter | string;

/** A parameter: its default and source; `choices` for one taking words; `perOccupation` for one an occupation may set for itself. */
interface ParameterSpec {
  value: ParameterValue;
  source: string;
  choices?: readonly string[];
  perOccupation?: boolean;
}

/**
 * Rule parameters with their defaults and sources (docs/domain.md, its parameter table). Officials change them by adding a
 * value that takes effect on a date; the database holds those, these are what applies before any. A parameter with
 * `choices` takes one of those words; one marked `perOccupation` may also be set for one occupation, which then wins over
 * the city's value for that occupation.
 */
export const PARAMETER_DEFAULTS = {
  'filing.validityYears': { value: 3, source: '备案有效期默认 3 年（各地备案管理办法通行做法）' },
  'filing.renewalWindowDays': { value: 90, source: '有效期届满前 90 天内申请延续（参照闽劳鉴〔2022〕26号）' },
  'filing.expiryReminderDays': { value: [90, 30, 7], source: '到期前 90、30、7 天提醒机构' },
  'plan.noticeWorkingDays': { value: 10, source: '评价计划须于考试前 10 个工作日报区人社局' },
  'registration.importMaxRows': { value: 100_000, source: '团体报名单个文件最多 10 万行，更多请拆分为多个文件（平台容量设定）' },
  'staffing.rules': {
    value: STAFFING_RULES_DEFAULT,
    source:
      '理论知识考试监考人员与考生之比 1:15、每考场不少于 2 名；操作技能考核考评员与考生之比 1:5、不少于 3 名且为奇数；综合评审专家不少于 3 名且为奇数；每场考试须有内部质量督导员（逢考必督）。可按职业、等级另行规定',
  },
  'results.publicityWorkingDays': { value: 5, source: '评价结果公示不少于 5 个工作日，公示期内受理异议' },
  'results.submissionWorkingDays.employer': { value: 10, source: '用人单位于考试结束后 10 个工作日内报送评价结果' },
  'results.submissionWorkingDays.social': { value: 5, source: '社会培训评价组织于考试结束后 5 个工作日内报送评价结果' },
  'results.submissionWorkingDays.school': { value: 10, source: '院校对本校学生自主评价，报送期限参照用人单位（10 个工作日，待核实）' },
  'results.reviewWorkingDays': { value: 5, source: '区人社局收到评价结果后 5 个工作日内完成核验' },
  'results.correctionWorkingDays': { value: 5, source: '退回的评价结果于 5 个工作日内补正后重新报送' },
  'results.objectionsPerHourPerPlan': { value: 3, source: '同一网络地址每小时对同一公示最多提出 3 条异议（平台防刷设定）' },
  'results.objectionsPerDay': { value: 20, source: '同一网络地址每天最多提出 20 条异议（平台防刷设定）' },
  'certificates.nationalExportWorkingDays': {
    value: 5,
    source: '证书数据于发证（或撤销、更正）后 5 个工作日内经市级报送全国联网查询系统（参照深圳市 2022 年职业技能等级认定数据报送工作指引，hcwgx.com/8204.html；默认值待以本市规程确认）',
  },
  'archive.paperRetentionYears': { value: 3, source: '纸质档案保存不少于 3 年' },
  'archive.electronicRetentionYears': { value: 5, source: '电子档案保存不少于 5 年' },
  'exam.passMark': { value: 60, source: '理论知识考试、技能考核和综合评审均实行百分制，成绩皆达 60 分（含）以上者为合格（国家职业技能标准“鉴定方式/评价方式”）' },
  'exam.componentKeepYears': { value: 1, source: '单科合格成绩保留 1 年，期间可补考一次（各地考务规程通行做法，默认值待以本市规程确认）' },
  'exam.scoreSpreadWarning': { value: 10, source: '同一考生各考评员评分相差超过 10 分时提示并记录（平台设定，便于督导复核）' },
  'exam.scoreCombination': {
    value: 'mean',
    choices: SCORE_COMBINATIONS,
    perOccupation: true,
    source: '多名考评员评分取算术平均（mean），职业标准另有规定的可按职业设为中位数（median）或去掉最高最低分后平均（trimmed_mean）',
  },
  'appointments.specialMinYears': { value: 4, source: '聘为特级技师须取得本职业（工种）高级技师证书满 4 年（中办发〔2022〕58号第十一条；鲁人社字〔2020〕77号）' },
  'appointments.specialQuotaPercent': {
    value: 10,
    source: '特级技师岗位数不超过本单位持有效高级技师证书职工数的 10%，有人符合时至少 1 个（平台默认值，待本市文件确定；参照江苏 2025、新疆生产建设兵团 2025 比例控制做法）',
  },
  'appointments.chiefMaxPerEnterprise': { value: 2, source: '每家企业首席技师不超过 2 名，从本单位在聘特级技师中聘任（平台默认值，待本市文件确定）' },
  'appointments.termYears': { value: 3, source: '特级技师、首席技师实行聘期制，每个聘期 3 年，期满可续聘（平台默认值，参照鲁人社字〔2020〕77号聘期管理）' },
} as const satisfies Record<string, ParameterSpec>;

export type ParameterKey = keyof typeof PARAMETER_DEFAULTS;
export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFAULTS) as ParameterKey[];

type Spec<K extends ParameterKey> = (typeof PARAMETER_DEFAULTS)[K];

/** What one parameter's value is: one of its words, a list of numbers, a number, or the staffing rule set. */
export type ParameterValueOf<K extends ParameterKey> =
  Spec<K> extends { choices: readonly (infer C)[] } ? C : Spec<K>['value'] extends readonly number[] ? number[] : Spec<K>['value'] extends number ? number : StaffingRulesParameter;

/** Parameters an occupation may set for itself. */
export function parameterPerOccupation(key: ParameterKey): boolean {
  const spec: ParameterSpec = PARAMETER_DEFAULTS[key];
  return spec.perOccupation === true;
}

/** The words a parameter may take, or null for one that does not take words. */
export function parameterChoices(key: ParameterKey): readonly string[] | null {
  const spec: ParameterSpec = PARAMETER_DEFAULTS[key];
  return spec.choices ?? null;
}
