import { addYears } from '../dates.ts';
import type { Level } from '../levels.ts';
import { calendarSpan } from './calendar.ts';
import type { CandidateFacts, EvaluationContext } from './facts.ts';
import type { PredicateResult } from './result.ts';
import { workExperience } from './work-years.ts';
import { levelText, occupationCodes, occupationText, scopeText, spanText, yearsText } from './wording.ts';

/** Age in whole years on the evaluation date: a person is 16 from their 16th birthday on. */
export function checkMinAge(years: number, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const age = calendarSpan(facts.birthDate, context.evaluationDate).years;
  const reachesOn = addYears(facts.birthDate, years);
  const passed = reachesOn <= context.evaluationDate;
  const born = facts.birthDate;
  return {
    kind: 'minAge',
    passed,
    explanation: passed
      ? { 'zh-CN': `年满 ${years} 周岁（${born} 出生，现 ${age} 周岁）`, 'en-US': `Aged ${age} (born ${born}); at least ${years} required` }
      : { 'zh-CN': `未满 ${years} 周岁（${born} 出生，${reachesOn} 年满 ${years} 周岁）`, 'en-US': `Under ${years} (born ${born}; turns ${years} on ${reachesOn})` },
    facts: { birthDate: born, age, requiredYears: years, reachesOn },
  };
}

export function checkWorkYears(years: number, related: boolean, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const codes = occupationCodes(related, context);
  const { span, periods } = workExperience(facts.workPeriods, codes, context.evaluationDate);
  const scope = scopeText(related);
  const served = spanText(span);
  return {
    kind: 'workYears',
    passed: span.years >= years,
    explanation: {
      'zh-CN': `从事${scope['zh-CN']}累计 ${served['zh-CN']}，要求不少于 ${years} 年`,
      'en-US': `${served['en-US']} in ${scope['en-US']}; at least ${years} required`,
    },
    facts: { years: span.years, months: span.months, days: span.days, requiredYears: years, periodsCounted: periods.length, occupationCodes: codes.join(',') },
  };
}

/**
 * A certificate of `level` or a higher one (a smaller number), issued no later than the
 * evaluation date. The earliest such certificate is the one judged, as it has been held longest.
 */
export function checkHoldsLevel(level: Level, years: number, related: boolean, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  const codes = occupationCodes(related, context);
  const [best] = facts.certificates
    .filter((cert) => codes.includes(cert.occupationCode) && cert.level <= level && cert.issuedOn <= context.evaluationDate)
    .sort((a, b) => (a.issuedOn === b.issuedOn ? codes.indexOf(a.occupationCode) - codes.indexOf(b.occupationCode) : a.issuedOn < b.issuedOn ? -1 : 1));
  const required = levelText(level);
  if (!best) {
    const scope = scopeText(related);
    return {
      kind: 'holdsLevel',
      passed: false,
      explanation: {
        'zh-CN': `未持有${scope['zh-CN']}${required['zh-CN']}及以上证书${years ? `（要求取得后满 ${years} 年）` : ''}`,
        'en-US': `No certificate of ${required['en-US']} or higher in ${scope['en-US']}${years ? ` (held for at least ${yearsText(years)['en-US']} required)` : ''}`,
      },
      facts: { requiredLevel: level, requiredYears: years, certificateLevel: null, certificateOccupation: null, issuedOn: null, heldYears: null, heldMonths: null, heldDays: null },
    };
  }
  const held = calendarSpan(best.issuedOn, context.evaluationDate);
  const passed = addYears(best.issuedOn, years) <= context.evaluationDate;
  const name = levelText(best.level);
  const where = occupationText(best.occupationCode, context);
  const since = spanText(held);
  const holds = {
    'zh-CN': `持有${where['zh-CN']}${name['zh-CN']}证书（${best.issuedOn} 取得）`,
    'en-US': `Holds a ${name['en-US']} certificate of ${where['en-US']} (issued ${best.issuedOn})`,
  };
  const duration =
    years === 0
      ? { 'zh-CN': '', 'en-US': '' }
      : passed
        ? { 'zh-CN': `已满 ${years} 年（${since['zh-CN']}）`, 'en-US': ` for ${since['en-US']}; at least ${yearsText(years)['en-US']} required` }
        : { 'zh-CN': `仅 ${since['zh-CN']}，要求满 ${years} 年`, 'en-US': ` for only ${since['en-US']}; at least ${yearsText(years)['en-US']} required` };
  return {
    kind: 'holdsLevel',
    passed,
    explanation: { 'zh-CN': holds['zh-CN'] + duration['zh-CN'], 'en-US': holds['en-US'] + duration['en-US'] },
    facts: {
      requiredLevel: level,
      requiredYears: years,
      certificateLevel: best.level,
      certificateOccupation: best.occupationCode,
      issuedOn: best.issuedOn,
      heldYears: held.years,
      heldMonths: held.months,
      heldDays: held.days,
    },
  };
}
