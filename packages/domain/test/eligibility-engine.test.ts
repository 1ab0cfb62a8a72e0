import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateEligibility, evaluatePredicate, occupationRuleSet, TEMPLATE_2018, TEMPLATE_2023, type CandidateFacts, type EvaluationContext, type Predicate } from '../src/eligibility/index.ts';
import type { Level } from '../src/levels.ts';

const OCCUPATION = '6-18-01-01';
const RELATED = '6-18-01-02';

function candidate(facts: Partial<CandidateFacts> = {}): CandidateFacts {
  return { birthDate: '1980-05-20', workPeriods: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null, ...facts };
}

function context(evaluationDate: string): EvaluationContext {
  return { occupationCode: OCCUPATION, relatedOccupationCodes: [RELATED], relatedMajors: ['数控技术'], evaluationDate };
}

const cert = (level: Level, issuedOn: string, occupationCode = OCCUPATION) => ({ occupationCode, level, issuedOn });
const check = (predicate: Predicate, facts: CandidateFacts, on: string) => evaluatePredicate(predicate, facts, context(on));

describe('explanations carry the numbers, in Chinese and English', () => {
  test('work years', () => {
    const facts = candidate({ workPeriods: [{ occupationCode: OCCUPATION, from: '2020-03-02', to: null }] });
    const result = check({ kind: 'workYears', years: 4, related: true }, facts, '2024-05-02');
    assert.equal(result.passed, true);
    assert.deepEqual(result.explanation, {
      'zh-CN': '从事本职业（或相关职业）累计 4 年 2 个月，要求不少于 4 年',
      'en-US': '4 years 2 months in this or a related occupation; at least 4 required',
    });
    const short = check({ kind: 'workYears', years: 6 }, facts, '2024-03-01');
    assert.equal(short.passed, false);
    assert.equal(short.explanation['zh-CN'], '从事本职业累计 3 年 11 个月 28 天，要求不少于 6 年');
    assert.deepEqual(short.facts, { years: 3, months: 11, days: 28, requiredYears: 6, periodsCounted: 1, occupationCodes: OCCUPATION });
  });

  test('a certificate held long enough, one held too briefly, and none', () => {
    const facts = candidate({ certificates: [cert(5, '2020-03-02')] });
    const holds = { kind: 'holdsLevel', level: 5, years: 4, related: true } as const;
    assert.equal(check(holds, facts, '2024-03-02').explanation['zh-CN'], '持有本职业五级/初级工证书（2020-03-02 取得）已满 4 年（4 年 0 个月）');
    const short = check(holds, facts, '2024-03-01');
    assert.equal(short.passed, false);
    assert.equal(short.explanation['zh-CN'], '持有本职业五级/初级工证书（2020-03-02 取得）仅 3 年 11 个月 28 天，要求满 4 年');
    assert.match(short.explanation['en-US'], /issued 2020-03-02\) for only 3 years 11 months 28 days; at least 4 years required/);
    const none = check({ kind: 'holdsLevel', level: 4, years: 5, related: true }, facts, '2024-03-02');
    assert.equal(none.explanation['zh-CN'], '未持有本职业（或相关职业）四级/中级工及以上证书（要求取得后满 5 年）');
    assert.equal(none.facts.certificateLevel, null);
  });

  test('age, title and apprenticeship', () => {
    const young = check({ kind: 'minAge', years: 16 }, candidate({ birthDate: '2009-03-02' }), '2025-03-01');
    assert.equal(young.explanation['zh-CN'], '未满 16 周岁（2009-03-02 出生，2025-03-02 年满 16 周岁）');
    assert.equal(check({ kind: 'minAge', years: 16 }, candidate({ birthDate: '2009-03-02' }), '2025-03-02').passed, true);

    const titled = candidate({ titles: [{ rank: 'intermediate', obtainedOn: '2023-09-01' }] });
    const title = check({ kind: 'title', rank: 'intermediate', years: 1 }, titled, '2024-05-02');
    assert.equal(title.explanation['zh-CN'], '取得中级职称（2023-09-01）仅 0 年 8 个月 1 天，要求满 1 年');
    assert.match(title.explanation['en-US'], /^Holds an intermediate professional title/);

    const pending = check({ kind: 'apprenticeship' }, candidate({ apprenticeshipCompletedOn: '2024-06-30' }), '2024-05-02');
    assert.equal(pending.passed, false);
    assert.equal(pending.explanation['zh-CN'], '学徒期尚未满，2024-06-30 期满');
    assert.equal(check({ kind: 'apprenticeship' }, candidate(), '2024-05-02').explanation['zh-CN'], '无学徒期满记录');
  });
});

describe('what counts', () => {
  test('a higher-level certificate satisfies a lower-level requirement, never the reverse', () => {
    const senior = candidate({ certificates: [cert(3, '2019-01-01')] });
    const result = check({ kind: 'holdsLevel', level: 4, years: 4 }, senior, '2024-01-01');
    assert.equal(result.passed, true);
    assert.equal(result.facts.certificateLevel, 3);
    assert.match(result.explanation['zh-CN'], /三级\/高级工证书/);
    assert.equal(check({ kind: 'holdsLevel', level: 2, years: 0 }, senior, '2024-01-01').passed, false);
  });

  test('the earliest qualifying certificate is judged, and one issued after the evaluation date is ignored', () => {
    const facts = candidate({ certificates: [cert(4, '2022-01-01'), cert(4, '2018-06-01'), cert(3, '2025-01-01')] });
    const result = check({ kind: 'holdsLevel', level: 4, years: 5 }, facts, '2024-01-01');
    assert.equal(result.facts.issuedOn, '2018-06-01');
    assert.equal(result.passed, true);
    assert.equal(check({ kind: 'holdsLevel', level: 3, years: 0 }, facts, '2024-01-01').passed, false);
  });

  test('a related occupation counts only where the predicate allows it', () => {
    const facts = candidate({ certificates: [cert(5, '2018-01-01', RELATED)], workPeriods: [{ occupationCode: RELATED, from: '2018-01-01', to: null }] });
    assert.equal(check({ kind: 'holdsLevel', level: 5, years: 4, related: true }, facts, '2024-01-01').passed, true);
    assert.match(check({ kind: 'holdsLevel', level: 5, years: 4, related: true }, facts, '2024-01-01').explanation['zh-CN'], /相关职业（6-18-01-02）/);
    assert.equal(check({ kind: 'holdsLevel', level: 5, years: 4 }, facts, '2024-01-01').passed, false);
    assert.equal(check({ kind: 'workYears', years: 6, related: true }, facts, '2024-01-01').passed, true);
    assert.equal(check({ kind: 'workYears', years: 6 }, facts, '2024-01-01').passed, false);
    const other = candidate({ workPeriods: [{ occupationCode: '4-10-01-05', from: '2010-01-01', to: null }] });
    assert.equal(check({ kind: 'workYears', years: 1, related: true }, other, '2024-01-01').passed, false);
  });

  test('final-year students pass diploma paths only where the path admits them', () => {
    const student = candidate({ diplomas: [{ kind: 'college', major: '数控技术', graduatedOn: null, finalYear: true }], certificates: [cert(4, '2020-01-01')] });
    const on = context('2024-05-02');
    const level4 = evaluateEligibility(TEMPLATE_2023, 4, student, on);
    assert.equal(level4.paths.find((p) => p.id === '2023-4-diploma')?.passed, true);
    assert.match(level4.paths.find((p) => p.id === '2023-4-diploma')!.predicates[0]!.explanation['zh-CN'], /在读应届毕业生/);
    const college = evaluateEligibility(TEMPLATE_2018, 3, student, on).paths.find((p) => p.id === '2018-3-college-level4')!;
    assert.equal(college.passed, false);
    assert.match(college.predicates[0]!.explanation['zh-CN'], /本条件不认可在读应届毕业生/);
    const notFinal = candidate({ diplomas: [{ kind: 'college', major: '数控技术', graduatedOn: null, finalYear: false }] });
    assert.equal(evaluateEligibility(TEMPLATE_2023, 4, notFinal, on).eligible, false);
  });

  test('a related major is required where the path says so', () => {
    const accountant = candidate({ diplomas: [{ kind: 'bachelor', major: '会计', graduatedOn: '2020-07-01', finalYear: false }] });
    const result = evaluateEligibility(TEMPLATE_2023, 4, accountant, context('2024-05-02'));
    assert.equal(result.eligible, false);
    assert.match(result.paths.find((p) => p.id === '2023-4-diploma')!.predicates[0]!.explanation['zh-CN'], /会计专业不属于本专业或相关专业/);
  });

  test('a higher title rank satisfies a lower one', () => {
    const facts = candidate({ titles: [{ rank: 'senior', obtainedOn: '2020-01-01' }] });
    assert.equal(check({ kind: 'title', rank: 'junior', years: 1 }, facts, '2024-01-01').passed, true);
    assert.equal(check({ kind: 'title', rank: 'senior', years: 5 }, facts, '2024-01-01').passed, false);
  });
});

describe('results and rule sets', () => {
  test('eligible when any path passes; every predicate of every path is reported; the result is plain JSON', () => {
    const facts = candidate({ workPeriods: [{ occupationCode: OCCUPATION, from: '2018-01-01', to: null }] });
    const result = evaluateEligibility(TEMPLATE_2023, 3, facts, context('2024-01-01'));
    assert.equal(result.eligible, false);
    assert.deepEqual(
      result.paths.map((p) => p.predicates.length),
      [1, 1, 1, 1],
    );
    const level4 = evaluateEligibility(TEMPLATE_2023, 4, facts, context('2024-01-01'));
    assert.equal(level4.eligible, true);
    assert.deepEqual(
      level4.paths.map((p) => p.passed),
      [true, false, false],
    );
    assert.equal(level4.ruleSetId, 'national-2023');
    assert.equal(level4.evaluatedOn, '2024-01-01');
    assert.deepEqual(JSON.parse(JSON.stringify(level4)), level4);
  });

  test('an occupation overrides one level and keeps the rest; the template is untouched', () => {
    const strict = occupationRuleSet(TEMPLATE_2023, {
      id: '6-18-01-01@2023',
      levels: {
        4: [{ id: 'strict-4', label: { 'zh-CN': '累计从事本职业工作满 5 年', 'en-US': 'At least 5 years in this occupation' }, all: [{ kind: 'workYears', years: 5 }] }],
      },
    });
    assert.equal(strict.id, '6-18-01-01@2023');
    assert.equal(strict.standardVersion, '2023');
    assert.deepEqual(
      strict.levels[4].map((p) => p.id),
      ['strict-4'],
    );
    assert.deepEqual(strict.levels[3], TEMPLATE_2023.levels[3]);
    assert.notEqual(strict.levels[3], TEMPLATE_2023.levels[3]);
    assert.equal(TEMPLATE_2023.levels[4].length, 3);
    const relatedOnly = candidate({ workPeriods: [{ occupationCode: RELATED, from: '2015-01-01', to: null }] });
    assert.equal(evaluateEligibility(TEMPLATE_2023, 4, relatedOnly, context('2024-01-01')).eligible, true);
    assert.equal(evaluateEligibility(strict, 4, relatedOnly, context('2024-01-01')).eligible, false);
    assert.deepEqual(occupationRuleSet(TEMPLATE_2018), TEMPLATE_2018);
  });
});
