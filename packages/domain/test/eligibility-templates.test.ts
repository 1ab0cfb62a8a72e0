import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, addYears, type IsoDate } from '../src/dates.ts';
import { evaluateEligibility, TEMPLATE_2018, TEMPLATE_2023, type CandidateFacts, type RuleSet } from '../src/eligibility/index.ts';
import { LEVELS, type Level } from '../src/levels.ts';

const OCCUPATION = '6-18-01-01';
const CJK = /[\u4e00-\u9fff]/;

/**
 * `at(n)` is the date a fact must carry to be exactly n years old on the evaluation date. A case
 * is run once as written (every path must pass) and once per `at` call with that one date a day
 * later (the path must fail, and say why with the numbers).
 */
type At = (years: number) => IsoDate;
type Case = [pathId: string, level: Level, facts: (at: At) => Partial<CandidateFacts>];

const work = (from: IsoDate) => ({ workPeriods: [{ occupationCode: OCCUPATION, from, to: null }] });
const cert = (level: Level, issuedOn: IsoDate) => ({ occupationCode: OCCUPATION, level, issuedOn });
const diploma = (kind: CandidateFacts['diplomas'][number]['kind'], graduatedOn: IsoDate, major = '数控技术') => ({ kind, major, graduatedOn, finalYear: false });
const title = (rank: CandidateFacts['titles'][number]['rank'], obtainedOn: IsoDate) => ({ rank, obtainedOn });

const CASES_2018: Case[] = [
  ['2018-5-work', 5, (at) => work(at(1))],
  ['2018-5-apprenticeship', 5, (at) => ({ apprenticeshipCompletedOn: at(0) })],
  ['2018-4-level5', 4, (at) => ({ certificates: [cert(5, at(4))] })],
  ['2018-4-work', 4, (at) => work(at(6))],
  ['2018-4-diploma', 4, (at) => ({ diplomas: [diploma('secondary_vocational', at(0))] })],
  ['2018-3-level4', 3, (at) => ({ certificates: [cert(4, at(5))] })],
  ['2018-3-level4-technician-college', 3, (at) => ({ certificates: [cert(4, at(0))], diplomas: [diploma('senior_technical', at(0), '烹饪')] })],
  ['2018-3-college-level4', 3, (at) => ({ diplomas: [diploma('college', '2012-07-01', '机械制造与自动化')], certificates: [cert(4, at(2))] })],
  ['2018-2-level3', 2, (at) => ({ certificates: [cert(3, at(4))] })],
  ['2018-2-technician-college-level3', 2, (at) => ({ diplomas: [diploma('senior_technical', at(0))], certificates: [cert(3, at(3))] })],
  ['2018-2-preparatory-technician', 2, (at) => ({ diplomas: [diploma('preparatory_technician', at(0))], ...work(at(2)) })],
  ['2018-1-level2', 1, (at) => ({ certificates: [cert(2, at(4))] })],
];

const CASES_2023: Case[] = [
  ['2023-5-age', 5, (at) => ({ birthDate: at(16) })],
  ['2023-4-work', 4, (at) => work(at(5))],
  ['2023-4-level5', 4, (at) => ({ certificates: [cert(5, at(3))] })],
  ['2023-4-diploma', 4, (at) => ({ diplomas: [diploma('bachelor', at(0))] })],
  ['2023-3-work', 3, (at) => work(at(10))],
  ['2023-3-level4', 3, (at) => ({ certificates: [cert(4, at(4))] })],
  ['2023-3-junior-title', 3, (at) => ({ titles: [title('junior', at(1))] })],
  ['2023-3-diploma', 3, (at) => ({ diplomas: [diploma('college', at(0))] })],
  ['2023-2-level3', 2, (at) => ({ certificates: [cert(3, at(5))] })],
  ['2023-2-junior-title-level3', 2, (at) => ({ titles: [title('junior', at(5))], certificates: [cert(3, at(1))] })],
  ['2023-2-intermediate-title', 2, (at) => ({ titles: [title('intermediate', at(1))] })],
  ['2023-2-technician-college-level3', 2, (at) => ({ diplomas: [diploma('senior_technical', at(0))], certificates: [cert(3, at(2))] })],
  ['2023-1-level2', 1, (at) => ({ certificates: [cert(2, at(5))] })],
  ['2023-1-intermediate-title-level2', 1, (at) => ({ titles: [title('intermediate', at(5))], certificates: [cert(2, at(1))] })],
  ['2023-1-senior-title', 1, (at) => ({ titles: [title('senior', at(1))] })],
];

function candidate(facts: Partial<CandidateFacts>): CandidateFacts {
  return { birthDate: '1980-05-20', workPeriods: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null, ...facts };
}

function run(ruleSet: RuleSet, [pathId, level, build]: Case, evaluationDate: IsoDate, late: number | null) {
  let calls = 0;
  const at: At = (years) => {
    const date = addYears(evaluationDate, -years);
    return calls++ === late ? addDays(date, 1) : date;
  };
  const facts = candidate(build(at));
  const context = { occupationCode: OCCUPATION, relatedOccupationCodes: ['6-18-01-02'], relatedMajors: ['数控技术', '机械制造与自动化'], evaluationDate };
  const result = evaluateEligibility(ruleSet, level, facts, context);
  const path = result.paths.find((p) => p.id === pathId);
  assert.ok(path, `${pathId} is a level ${level} path of ${ruleSet.id}`);
  return { result, path, calls };
}

/** An ordinary date, and a leap day whose anniversaries fall on 28 February. */
const EVALUATION_DATES = ['2025-03-01', '2024-02-29'];

for (const [ruleSet, cases] of [
  [TEMPLATE_2018, CASES_2018],
  [TEMPLATE_2023, CASES_2023],
] as const) {
  describe(`${ruleSet.id}: every path at its boundary`, () => {
    test('the table covers every path of every level', () => {
      const shipped = LEVELS.flatMap((level) => ruleSet.levels[level].map((path) => `${level}:${path.id}`)).sort();
      assert.deepEqual(cases.map(([id, level]) => `${level}:${id}`).sort(), shipped);
    });

    for (const evaluationDate of EVALUATION_DATES) {
      for (const entry of cases) {
        const [pathId] = entry;
        test(`${pathId} passes exactly on the day (${evaluationDate})`, () => {
          const { result, path } = run(ruleSet, entry, evaluationDate, null);
          assert.equal(path.passed, true, JSON.stringify(path.predicates.map((p) => p.explanation['en-US'])));
          assert.equal(result.eligible, true);
        });

        test(`${pathId} fails one day short (${evaluationDate})`, () => {
          const { calls } = run(ruleSet, entry, evaluationDate, null);
          for (let late = 0; late < calls; late += 1) {
            const { path } = run(ruleSet, entry, evaluationDate, late);
            assert.equal(path.passed, false, `date #${late} a day later`);
            const failed = path.predicates.filter((p) => !p.passed);
            assert.equal(failed.length, 1, 'only the late fact fails');
            const [predicate] = failed;
            assert.match(predicate!.explanation['zh-CN'], CJK);
            assert.match(predicate!.explanation['en-US'], /[a-z]{4} /);
            const required = predicate!.facts.requiredYears;
            if (typeof required === 'number' && required > 0) {
              assert.ok(predicate!.explanation['zh-CN'].includes(`${required} `), predicate!.explanation['zh-CN']);
              assert.ok(predicate!.explanation['en-US'].includes(`${required}`), predicate!.explanation['en-US']);
            }
          }
        });
      }
    }
  });
}

describe('template data', () => {
  test('path ids are unique and every path reads like the standard in Chinese', () => {
    for (const ruleSet of [TEMPLATE_2018, TEMPLATE_2023]) {
      const ids = LEVELS.flatMap((level) => ruleSet.levels[level].map((path) => path.id));
      assert.equal(new Set(ids).size, ids.length);
      for (const level of LEVELS) {
        for (const path of ruleSet.levels[level]) {
          assert.match(path.label['zh-CN'], CJK);
          assert.ok(path.all.length > 0);
        }
      }
    }
  });

  test('the 2018 boundary needs a whole year more work than 2023 at level 4, and 2023 admits age alone at level 5', () => {
    const facts = candidate({ workPeriods: [{ occupationCode: OCCUPATION, from: '2020-03-01', to: null }], birthDate: '2009-03-01' });
    const context = { occupationCode: OCCUPATION, relatedOccupationCodes: [], relatedMajors: [], evaluationDate: '2025-03-01' };
    assert.equal(evaluateEligibility(TEMPLATE_2023, 4, facts, context).eligible, true);
    assert.equal(evaluateEligibility(TEMPLATE_2018, 4, facts, context).eligible, false);
    assert.equal(evaluateEligibility(TEMPLATE_2023, 5, candidate({ birthDate: '2009-03-01' }), context).eligible, true);
    assert.equal(evaluateEligibility(TEMPLATE_2018, 5, candidate({ birthDate: '2009-03-01' }), context).eligible, false);
  });
});
