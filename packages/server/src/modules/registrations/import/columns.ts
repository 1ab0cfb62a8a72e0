import { DIPLOMA_KIND_LABELS, DIPLOMA_KINDS, type DiplomaKind, type EmploymentType, type Level, type RelationKind } from '@jiping/domain';
import { PERSON_ID_TYPES } from '@jiping/contracts';

/**
 * The group registration sheet. The template, the parser and the error report all read this
 * list, so a column's header, whether it is required and its help text cannot drift apart.
 */
export const IMPORT_COLUMNS = [
  { key: 'name', header: '姓名', required: true, help: '与证件一致' },
  { key: 'idType', header: '证件类型', required: true, help: '居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证、外国人永久居留身份证' },
  { key: 'idNumber', header: '证件号码', required: true, help: '请将单元格设为文本格式，避免末几位被改成 0' },
  { key: 'gender', header: '性别', required: false, help: '男/女；居民身份证可不填' },
  { key: 'birthDate', header: '出生日期', required: false, help: 'YYYY-MM-DD；居民身份证可不填' },
  { key: 'phone', header: '手机号码', required: false, help: '11 位' },
  { key: 'attempt', header: '考试类型', required: false, help: '正考/补考，默认正考' },
  { key: 'relation', header: '与本机构关系', required: true, help: '在岗职工、劳务派遣、劳务外包、校企合作毕业学年学生、委托单位职工、在校学生、本市户籍、本市居住、本市就业、本市就学' },
  { key: 'employer', header: '用人单位', required: false, help: '劳务派遣、劳务外包、委托单位职工填写实际用工或所在单位' },
  { key: 'relationFrom', header: '关系起始日期', required: true, help: '劳动/派遣/外包合同、入学或居住起始日期' },
  { key: 'relationUntil', header: '关系终止日期', required: false, help: '合同终止日期；无固定期限留空' },
  { key: 'agreementParty', header: '合作或委托单位', required: false, help: '校企合作填写院校名称，委托评价填写委托单位名称，须与已登记的协议一致' },
  { key: 'graduationDate', header: '预计毕业日期', required: false, help: '校企合作毕业学年学生、在校学生填写' },
  { key: 'workFrom', header: '本职业工作起始日期', required: false, help: '从事本职业（工种）工作的起始日期' },
  { key: 'workUntil', header: '本职业工作终止日期', required: false, help: '仍在从事留空' },
  { key: 'certificateOccupation', header: '已有证书职业编码', required: false, help: '晋级申报填写，如 6-18-01-01' },
  { key: 'certificateLevel', header: '已有证书等级', required: false, help: '五级、四级、三级、二级、一级' },
  { key: 'certificateNumber', header: '已有证书编号', required: false, help: '' },
  { key: 'certificateDate', header: '已有证书发证日期', required: false, help: 'YYYY-MM-DD' },
  { key: 'diplomaKind', header: '学历类别', required: false, help: DIPLOMA_KINDS.map((k) => DIPLOMA_KIND_LABELS[k]['zh-CN']).join('、') },
  { key: 'major', header: '所学专业', required: false, help: '' },
  { key: 'graduatedOn', header: '毕业日期', required: false, help: '毕业学年在读填写预计毕业日期' },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];
export type RawImportRow = Partial<Record<ImportColumn, string>>;

export const ID_TYPE_BY_LABEL: Record<string, (typeof PERSON_ID_TYPES)[number]> = {
  居民身份证: 'resident_id',
  身份证: 'resident_id',
  护照: 'passport',
  港澳居民来往内地通行证: 'hk_macao_permit',
  台湾居民来往大陆通行证: 'taiwan_permit',
  外国人永久居留身份证: 'foreign_permanent_resident',
};

export const RELATION_BY_LABEL: Record<string, { kind: RelationKind; employmentType: EmploymentType | null }> = {
  在岗职工: { kind: 'employee', employmentType: 'direct' },
  劳务派遣: { kind: 'employee', employmentType: 'dispatched' },
  劳务外包: { kind: 'employee', employmentType: 'outsourced' },
  校企合作毕业学年学生: { kind: 'cooperation_student', employmentType: null },
  委托单位职工: { kind: 'entrusted_employee', employmentType: null },
  在校学生: { kind: 'enrolled_student', employmentType: null },
  本市户籍: { kind: 'shanghai_household', employmentType: null },
  本市居住: { kind: 'shanghai_residence', employmentType: null },
  本市就业: { kind: 'shanghai_work', employmentType: null },
  本市就学: { kind: 'shanghai_study', employmentType: null },
};

export const LEVEL_BY_LABEL: Record<string, Level> = {
  五级: 5,
  四级: 4,
  三级: 3,
  二级: 2,
  一级: 1,
  初级工: 5,
  中级工: 4,
  高级工: 3,
  技师: 2,
  高级技师: 1,
  '5': 5,
  '4': 4,
  '3': 3,
  '2': 2,
  '1': 1,
};

export const DIPLOMA_BY_LABEL: Record<string, DiplomaKind> = Object.fromEntries(
  DIPLOMA_KINDS.flatMap((kind) => [
    [DIPLOMA_KIND_LABELS[kind]['zh-CN'], kind],
    [kind, kind],
  ]),
);

export const COLUMN_HEADER = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportColumn, string>;
