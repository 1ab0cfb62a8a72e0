import { addYears } from '../dates.ts';
import { calendarSpan } from './calendar.ts';
import type { CandidateFacts, Diploma, EvaluationContext } from './facts.ts';
import type { PredicateResult } from './result.ts';
import { DIPLOMA_KIND_LABELS, TITLE_RANK_LABELS, TITLE_RANKS, type DiplomaKind, type LocalizedText, type TitleRank } from './types.ts';
import { spanText, withArticle, yearsText, yesNo } from './wording.ts';

interface DiplomaRule {
  diplomaKinds: readonly DiplomaKind[];
  relatedMajor: boolean;
  finalYearAllowed: boolean;
}

function requirementText(rule: DiplomaRule): LocalizedText {
  const kinds = rule.diplomaKinds.map((kind) => DIPLOMA_KIND_LABELS[kind]);
  const conditions = [
    ...(rule.relatedMajor ? [{ 'zh-CN': '本专业或相关专业', 'en-US': 'in this or a related major' }] : []),
    ...(rule.finalYearAllowed ? [{ 'zh-CN': '含在读应届毕业生', 'en-US': 'final-year students included' }] : []),
  ];
  return {
    'zh-CN': `${kinds.map((k) => k['zh-CN']).join('、')}毕业证书${conditions.length ? `（${conditions.map((c) => c['zh-CN']).join('，')}）` : ''}`,
    'en-US': `a diploma from ${kinds.map((k) => k['en-US']).join(' / ')}${conditions.length ? ` (${conditions.map((c) => c['en-US']).join(', ')})` : ''}`,
  };
}

/**
 * A diploma of one of the kinds, in a related major when required. A diploma counts once its
 * graduation date is reached; before that, only for a final-year student and only where the
 * path admits final-year students (含在读应届毕业生).
 */
export function checkDiploma(rule: DiplomaRule, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const today = context.evaluationDate;
  const graduated = (d: Diploma) => d.graduatedOn !== null && d.graduatedOn <= today;
  const ofKind = facts.diplomas.filter((d) => rule.diplomaKinds.includes(d.kind));
  const inMajor = ofKind.filter((d) => !rule.relatedMajor || context.relatedMajors.includes(d.major.trim()));
  const match = inMajor.find(graduated) ?? inMajor.find((d) => rule.finalYearAllowed && d.finalYear);
  const required = requirementText(rule);
  const base = { requiredKinds: rule.diplomaKinds.join(','), relatedMajorRequired: yesNo(rule.relatedMajor), finalYearAllowed: yesNo(rule.finalYearAllowed) };
  if (match) {
    const kind = DIPLOMA_KIND_LABELS[match.kind];
    const done = graduated(match);
    return {
      kind: 'diploma',
      passed: true,
      explanation: done
        ? { 'zh-CN': `具有${kind['zh-CN']}${match.major}专业毕业证书（${match.graduatedOn} 毕业）`, 'en-US': `Diploma from ${kind['en-US']} in ${match.major} (graduated ${match.graduatedOn})` }
        : { 'zh-CN': `${kind['zh-CN']}${match.major}专业在读应届毕业生，本条件认可`, 'en-US': `Final-year student at ${kind['en-US']} in ${match.major}, which this path admits` },
      facts: { ...base, diplomaKind: match.kind, major: match.major, graduatedOn: match.graduatedOn, status: done ? 'graduated' : 'final_year' },
    };
  }
  const nearest = inMajor[0] ?? ofKind[0];
  let reason: LocalizedText = { 'zh-CN': '', 'en-US': '' };
  if (nearest && !inMajor.includes(nearest)) {
    reason = { 'zh-CN': `；${nearest.major}专业不属于本专业或相关专业`, 'en-US': `; ${nearest.major} is not a related major` };
  } else if (nearest) {
    reason = rule.finalYearAllowed
      ? { 'zh-CN': `；${nearest.major}专业尚未毕业，且不是应届毕业生`, 'en-US': `; not yet graduated in ${nearest.major} and not in the final year` }
      : { 'zh-CN': `；${nearest.major}专业尚未毕业，本条件不认可在读应届毕业生`, 'en-US': `; not yet graduated in ${nearest.major}, and this path does not admit final-year students` };
  }
  return {
    kind: 'diploma',
    passed: false,
    explanation: { 'zh-CN': `无符合要求的学历，要求${required['zh-CN']}${reason['zh-CN']}`, 'en-US': `No qualifying diploma: requires ${required['en-US']}${reason['en-US']}` },
    facts: { ...base, diplomaKind: nearest?.kind ?? null, major: nearest?.major ?? null, graduatedOn: nearest?.graduatedOn ?? null, status: null },
  };
}

/** A title of `rank` or higher, obtained at least `years` before; the earliest such title is judged. */
export function checkTitle(rank: TitleRank, years: number, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const today = context.evaluationDate;
  const [best] = facts.titles
    .filter((t) => TITLE_RANKS.indexOf(t.rank) >= TITLE_RANKS.indexOf(rank) && t.obtainedOn <= today)
    .sort((a, b) => (a.obtainedOn < b.obtainedOn ? -1 : a.obtainedOn > b.obtainedOn ? 1 : 0));
  const required = TITLE_RANK_LABELS[rank];
  const need = yearsText(years);
  if (!best) {
    return {
      kind: 'title',
      passed: false,
      explanation: { 'zh-CN': `未取得${required['zh-CN']}或更高职称（要求取得后满 ${years} 年）`, 'en-US': `No ${required['en-US']} or higher (held for at least ${need['en-US']} required)` },
      facts: { requiredRank: rank, requiredYears: years, rank: null, obtainedOn: null, heldYears: null, heldMonths: null, heldDays: null },
    };
  }
  const held = calendarSpan(best.obtainedOn, today);
  const passed = addYears(best.obtainedOn, years) <= today;
  const name = TITLE_RANK_LABELS[best.rank];
  const since = spanText(held);
  return {
    kind: 'title',
    passed,
    explanation: passed
      ? {
          'zh-CN': `取得${name['zh-CN']}（${best.obtainedOn}）已满 ${years} 年（${since['zh-CN']}）`,
          'en-US': `Holds ${withArticle(name['en-US'])} (obtained ${best.obtainedOn}) for ${since['en-US']}; at least ${need['en-US']} required`,
        }
      : {
          'zh-CN': `取得${name['zh-CN']}（${best.obtainedOn}）仅 ${since['zh-CN']}，要求满 ${years} 年`,
          'en-US': `Holds ${withArticle(name['en-US'])} (obtained ${best.obtainedOn}) for only ${since['en-US']}; at least ${need['en-US']} required`,
        },
    facts: { requiredRank: rank, requiredYears: years, rank: best.rank, obtainedOn: best.obtainedOn, heldYears: held.years, heldMonths: held.months, heldDays: held.days },
  };
}

export function checkApprenticeship(facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const completedOn = facts.apprenticeshipCompletedOn;
  const passed = completedOn !== null && completedOn <= context.evaluationDate;
  let explanation: LocalizedText;
  if (passed) explanation = { 'zh-CN': `学徒期满（${completedOn}）`, 'en-US': `Apprenticeship completed on ${completedOn}` };
  else if (completedOn) explanation = { 'zh-CN': `学徒期尚未满，${completedOn} 期满`, 'en-US': `Apprenticeship not yet completed; it ends on ${completedOn}` };
  else explanation = { 'zh-CN': '无学徒期满记录', 'en-US': 'No completed apprenticeship on record' };
  return { kind: 'apprenticeship', passed, explanation, facts: { completedOn } };
}
