import { addYears, type IsoDate } from '../dates.ts';
import type { InstitutionCategory } from '../institutions.ts';
import type { LocalizedText } from '../locale.ts';

/**
 * How a person stands to an institution, which decides whether it may evaluate them at all
 * (docs/domain.md "Relations", by institution kind). Each kind belongs to one institution category.
 */
export const RELATION_KINDS = ['employee', 'cooperation_student', 'entrusted_employee', 'enrolled_student', 'shanghai_household', 'shanghai_residence', 'shanghai_work', 'shanghai_study'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** An employee's contract: 直接用工, 劳务派遣 or 劳务外包; the notice admits all three. */
export const EMPLOYMENT_TYPES = ['direct', 'dispatched', 'outsourced'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const AGREEMENT_KINDS = ['cooperation', 'entrustment'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const RELATION_CATEGORY: Record<RelationKind, InstitutionCategory> = {
  employee: 'employer',
  cooperation_student: 'employer',
  entrusted_employee: 'employer',
  enrolled_student: 'school',
  shanghai_household: 'social',
  shanghai_residence: 'social',
  shanghai_work: 'social',
  shanghai_study: 'social',
};

/** The agreement a relation kind must point at, if any. */
export const RELATION_AGREEMENT: Partial<Record<RelationKind, AgreementKind>> = {
  cooperation_student: 'cooperation',
  entrusted_employee: 'entrustment',
};

export const RELATION_KIND_LABELS: Record<RelationKind, LocalizedText> = {
  employee: { 'zh-CN': '本单位职工', 'en-US': 'Employee' },
  cooperation_student: { 'zh-CN': '校企合作院校毕业学年学生', 'en-US': 'Graduating-year student of a partner school' },
  entrusted_employee: { 'zh-CN': '委托评价单位职工', 'en-US': 'Employee of an entrusting enterprise' },
  enrolled_student: { 'zh-CN': '本校在籍学生', 'en-US': 'Enrolled student' },
  shanghai_household: { 'zh-CN': '本市户籍', 'en-US': 'Shanghai household registration' },
  shanghai_residence: { 'zh-CN': '在本市居住', 'en-US': 'Lives in Shanghai' },
  shanghai_work: { 'zh-CN': '在本市就业', 'en-US': 'Works in Shanghai' },
  shanghai_study: { 'zh-CN': '在本市就学', 'en-US': 'Studies in Shanghai' },
};

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, LocalizedText> = {
  direct: { 'zh-CN': '在岗职工', 'en-US': 'direct employment' },
  dispatched: { 'zh-CN': '劳务派遣', 'en-US': 'dispatched (labour dispatch)' },
  outsourced: { 'zh-CN': '劳务外包', 'en-US': 'outsourced' },
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, LocalizedText> = {
  cooperation: { 'zh-CN': '校企合作协议', 'en-US': 'School–enterprise cooperation agreement' },
  entrustment: { 'zh-CN': '委托评价协议', 'en-US': 'Entrustment agreement' },
};

export interface AgreementFacts {
  kind: AgreementKind;
  counterpartName: string;
  validFrom: IsoDate;
  validUntil: IsoDate;
}

/** A relation as recorded, with the agreement it rests on; `validUntil` null means open-ended. */
export interface RelationFacts {
  id: string;
  kind: RelationKind;
  employmentType: EmploymentType | null;
  employerName: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /** For students: the expected graduation date; the graduating year is the year before it. */
  graduationDate: IsoDate | null;
  agreement: AgreementFacts | null;
  evidenceCount: number;
}

export interface RelationCheck {
  passed: boolean;
  /** The relation that admitted the person, when one did. */
  relationId: string | null;
  explanation: LocalizedText;
  /** Every recorded relation with why it did or did not count, so staff see the whole picture. */
  considered: Array<{ id: string; kind: RelationKind; passed: boolean; explanation: LocalizedText }>;
  /** Admitted on a relation without uploaded evidence: staff must see the proof before accepting. */
  evidenceMissing: boolean;
}

function relationName(relation: RelationFacts): LocalizedText {
  const kind = RELATION_KIND_LABELS[relation.kind];
  if (relation.kind === 'employee' && relation.employmentType) {
    const type = EMPLOYMENT_TYPE_LABELS[relation.employmentType];
    return { 'zh-CN': `${kind['zh-CN']}（${type['zh-CN']}）`, 'en-US': `${kind['en-US']} (${type['en-US']})` };
  }
  return kind;
}

/** Why one relation does or does not hold on the exam date; null when it holds. */
function relationProblem(relation: RelationFacts, examDate: IsoDate): LocalizedText | null {
  if (relation.validFrom > examDate) {
    return { 'zh-CN': `关系自 ${relation.validFrom} 起才生效，晚于考试日期 ${examDate}`, 'en-US': `starts on ${relation.validFrom}, after the exam date ${examDate}` };
  }
  if (relation.validUntil && relation.validUntil < examDate) {
    return { 'zh-CN': `关系已于 ${relation.validUntil} 终止，早于考试日期 ${examDate}`, 'en-US': `ended on ${relation.validUntil}, before the exam date ${examDate}` };
  }
  const needed = RELATION_AGREEMENT[relation.kind];
  if (needed) {
    const label = AGREEMENT_KIND_LABELS[needed];
    const agreement = relation.agreement;
    if (!agreement || agreement.kind !== needed) return { 'zh-CN': `缺少${label['zh-CN']}`, 'en-US': `no ${label['en-US'].toLowerCase()} on record` };
    if (agreement.validFrom > examDate || agreement.validUntil < examDate) {
      return {
        'zh-CN': `与${agreement.counterpartName}的${label['zh-CN']}有效期为 ${agreement.validFrom} 至 ${agreement.validUntil}，不覆盖考试日期 ${examDate}`,
        'en-US': `the ${label['en-US'].toLowerCase()} with ${agreement.counterpartName} runs ${agreement.validFrom} to ${agreement.validUntil} and does not cover the exam date ${examDate}`,
      };
    }
  }
  if (relation.kind === 'cooperation_student') {
    if (!relation.graduationDate) return { 'zh-CN': '未填写预计毕业日期', 'en-US': 'no expected graduation date' };
    const yearStarts = addYears(relation.graduationDate, -1);
    if (examDate < yearStarts || examDate > relation.graduationDate) {
      return {
        'zh-CN': `预计 ${relation.graduationDate} 毕业，考试日期不在毕业学年（${yearStarts} 至 ${relation.graduationDate}）内`,
        'en-US': `graduates on ${relation.graduationDate}; the exam date is outside the graduating year (${yearStarts} to ${relation.graduationDate})`,
      };
    }
  }
  return null;
}

const NONE_BY_CATEGORY: Record<InstitutionCategory, LocalizedText> = {
  employer: {
    'zh-CN': '与本机构无在岗职工（含劳务派遣、劳务外包）、校企合作毕业学年学生或委托评价关系记录，用人单位只能评价上述人员',
    'en-US': 'No employment (incl. dispatch or outsourcing), partner-school graduating-year or entrustment relation with this institution; an employer evaluates only these people',
  },
  school: { 'zh-CN': '不是本校在籍学生，院校只能评价本校学生', 'en-US': 'Not an enrolled student; a school evaluates only its own students' },
  social: {
    'zh-CN': '无本市户籍或在本市居住、就业、就学的记录',
    'en-US': 'No Shanghai household registration and no record of living, working or studying in Shanghai',
  },
};

/**
 * Decides whether an institution of `category` may evaluate the person on `examDate`, from the
 * relations recorded with it. Relations of another category never count (an enterprise cannot
 * admit someone because they live in Shanghai).
 */
export function checkRelations(category: InstitutionCategory, relations: readonly RelationFacts[], examDate: IsoDate): RelationCheck {
  const considered = relations
    .filter((relation) => RELATION_CATEGORY[relation.kind] === category)
    .map((relation) => {
      const problem = relationProblem(relation, examDate);
      const name = relationName(relation);
      const employer = relation.employerName ? `（${relation.employerName}）` : '';
      const employerEn = relation.employerName ? ` (${relation.employerName})` : '';
      const explanation: LocalizedText = problem
        ? { 'zh-CN': `${name['zh-CN']}${employer}：${problem['zh-CN']}`, 'en-US': `${name['en-US']}${employerEn}: ${problem['en-US']}` }
        : {
            'zh-CN': `${name['zh-CN']}${employer}，${relation.validFrom} 至 ${relation.validUntil ?? '今'}，覆盖考试日期 ${examDate}`,
            'en-US': `${name['en-US']}${employerEn}, ${relation.validFrom} to ${relation.validUntil ?? 'open'}, covers the exam date ${examDate}`,
          };
      return { id: relation.id, kind: relation.kind, passed: problem === null, explanation, evidenceCount: relation.evidenceCount };
    });
  const admitting = considered.find((c) => c.passed) ?? null;
  if (admitting) {
    return {
      passed: true,
      relationId: admitting.id,
      explanation: admitting.explanation,
      considered: considered.map(({ evidenceCount: _, ...rest }) => rest),
      evidenceMissing: admitting.evidenceCount === 0,
    };
  }
  const explanation = considered.length
    ? {
        'zh-CN': `${NONE_BY_CATEGORY[category]['zh-CN']}。已有记录：${considered.map((c) => c.explanation['zh-CN']).join('；')}`,
        'en-US': `${NONE_BY_CATEGORY[category]['en-US']}. On record: ${considered.map((c) => c.explanation['en-US']).join('; ')}`,
      }
    : NONE_BY_CATEGORY[category];
  return { passed: false, relationId: null, explanation, considered: considered.map(({ evidenceCount: _, ...rest }) => rest), evidenceMissing: false };
}
