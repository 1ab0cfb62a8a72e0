import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { archiveShowsFullIdNumbers, canListObjections, canListResults, resultsPolicy, type Actor, type Grant, type ResultsFacts, type ResultsOperation } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });

const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  city: user({ role: 'municipal_admin' }),
  huangpu: user({ role: 'district_officer', districtCode: '310101' }),
  pudong: user({ role: 'district_officer', districtCode: '310115' }),
  industry: user({ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }),
  inspector: user({ role: 'inspector' }),
  ownAdmin: user({ role: 'institution_admin', institutionId: 'inst-pudong' }),
  otherAdmin: user({ role: 'institution_admin', institutionId: 'inst-other' }),
  ownExaminer: user({ role: 'examiner', institutionId: 'inst-pudong' }),
  candidate: user({ role: 'candidate', personId: 'p1' }),
};

const plan = (stage: ResultsFacts['stage']): ResultsFacts => ({ institutionId: 'inst-pudong', districtCode: '310115', occupationCode: '6-18-01-01', stage });

/** Who may do what, each in a stage where the action is possible: true allowed, else the refusal's status. */
const WHO: Array<[ResultsOperation, ResultsFacts['stage'], Record<string, true | 401 | 403>]> = [
  ['read', 'publicity', { anonymous: 401, city: true, huangpu: 403, pudong: true, industry: true, inspector: true, ownAdmin: true, otherAdmin: 403, ownExaminer: 403, candidate: 403 }],
  ['publish', 'ready', { anonymous: 401, city: 403, pudong: 403, inspector: 403, ownAdmin: true, otherAdmin: 403, ownExaminer: 403 }],
  ['submit', 'final', { city: 403, pudong: 403, ownAdmin: true, otherAdmin: 403 }],
  ['answerObjection', 'publicity', { city: 403, pudong: 403, ownAdmin: true, otherAdmin: 403 }],
  ['accept', 'submitted', { city: true, huangpu: 403, pudong: true, industry: 403, inspector: 403, ownAdmin: 403 }],
  ['return', 'submitted', { city: true, huangpu: 403, pudong: true, industry: 403, ownAdmin: 403 }],
  ['revealContact', 'publicity', { city: true, huangpu: 403, pudong: true, industry: 403, inspector: 403, ownAdmin: true, otherAdmin: 403 }],
  ['downloadArchive', 'accepted', { anonymous: 401, city: true, huangpu: 403, pudong: true, industry: 403, inspector: true, ownAdmin: 403, ownExaminer: 403, candidate: 403 }],
];

for (const [operation, stage, expected] of WHO) {
  describe(`${operation} (in stage ${stage})`, () => {
    for (const [name, outcome] of Object.entries(expected)) {
      test(`${name} → ${outcome === true ? 'allowed' : outcome}`, () => {
        const decision = resultsPolicy(ACTORS[name]!, operation, plan(stage));
        assert.deepEqual(decision.allowed ? true : decision.status, outcome);
      });
    }
  });
}

describe('the right actor in the wrong stage is refused with 409, after who is checked', () => {
  const rows: Array<[ResultsOperation, string, ResultsFacts['stage']]> = [
    ['publish', 'ownAdmin', 'awaiting_scores'],
    ['publish', 'ownAdmin', 'publicity'],
    ['submit', 'ownAdmin', 'publicity'],
    ['submit', 'ownAdmin', 'objections_open'],
    ['submit', 'ownAdmin', 'submitted'],
    ['accept', 'pudong', 'final'],
    ['return', 'pudong', 'accepted'],
  ];
  for (const [operation, actor, stage] of rows) {
    test(`${operation} by ${actor} in ${stage}`, () => {
      const decision = resultsPolicy(ACTORS[actor]!, operation, plan(stage));
      assert.deepEqual(decision.allowed ? 200 : [decision.status, decision.reason], [409, 'policy.results.wrongStage']);
    });
  }
  test('another district learns nothing of the stage', () => {
    const decision = resultsPolicy(ACTORS.huangpu!, 'accept', plan('final'));
    assert.deepEqual(decision.allowed ? 200 : [decision.status, decision.reason], [403, 'policy.district.outOfScope']);
  });
  test('a returned submission may be submitted again', () => assert.equal(resultsPolicy(ACTORS.ownAdmin!, 'submit', plan('returned')).allowed, true));
});

test('lists: results for everyone but candidates and examiners, objections for institutions and reviewers', () => {
  const lists = Object.fromEntries(Object.entries(ACTORS).map(([name, actor]) => [name, [canListResults(actor).allowed, canListObjections(actor).allowed]]));
  assert.deepEqual(lists, {
    anonymous: [false, false],
    city: [true, true],
    huangpu: [true, true],
    pudong: [true, true],
    industry: [true, false],
    inspector: [true, false],
    ownAdmin: [true, true],
    otherAdmin: [true, true],
    ownExaminer: [false, false],
    candidate: [false, false],
  });
});

test('full ID numbers in a downloaded file only for the city, like the audited reveal', () => {
  assert.deepEqual(
    Object.entries(ACTORS)
      .filter(([, actor]) => archiveShowsFullIdNumbers(actor))
      .map(([name]) => name),
    ['city'],
  );
});
