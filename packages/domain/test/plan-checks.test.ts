import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planNoticeShortfall, planProblems, type FiledCapacity, type PlanDraft } from '../src/index.ts';

const FILED: FiledCapacity = {
  scope: [
    { occupationCode: '6-18-01-01', workType: '数控车工', level: 4 },
    { occupationCode: '6-18-01-01', workType: '', level: 5 },
  ],
  validFrom: '2026-01-01',
  validUntil: '2028-12-31',
  sites: [
    {
      name: '张江实训中心',
      rooms: [
        { name: '理论考场 301', capacity: 30 },
        { name: '数控实操车间', capacity: 10 },
      ],
    },
  ],
  examiners: [
    { name: '孙国华', occupationCode: '6-18-01-01', levels: [5, 4, 3] },
    { name: '周建平', occupationCode: '6-18-01-01', levels: [5] },
    { name: '吴秀兰', occupationCode: '6-31-01-03', levels: [4] },
  ],
  supervisors: [{ name: '郑质量' }],
};

const PLAN: PlanDraft = {
  occupationCode: '6-18-01-01',
  workType: '数控车工',
  level: 4,
  examStart: '2026-04-01',
  examEnd: '2026-04-01',
  siteName: '张江实训中心',
  rooms: ['理论考场 301', '数控实操车间'],
  expectedCandidates: 40,
  examiners: ['孙国华'],
  internalSupervisor: '郑质量',
};

const TODAY = '2026-03-02';
const keys = (plan: Partial<PlanDraft>, levels: number[] = [5, 4, 3]) => planProblems({ ...PLAN, ...plan }, FILED, levels, TODAY).map((p) => `${p.field}:${p.messageKey}`);

describe('a plan is checked against its filing in force', () => {
  const cases: Array<[string, Partial<PlanDraft>, string[], number[]?]> = [
    ['inside everything it filed', {}, []],
    ['a filed blank 工种 covers every 工种 of its level', { workType: '普通车工', level: 5, examiners: ['周建平'] }, []],
    ['a level outside the filed scope', { level: 3 }, ['level:plan.outsideScope']],
    ['another 工种 than the one filed', { workType: '普通车工' }, ['level:plan.outsideScope']],
    ['a level withdrawn from the catalogue since filing', {}, ['level:plan.levelWithdrawn'], [5, 3]],
    ['an exam window that ends before it starts', { examEnd: '2026-03-31' }, ['examEnd:plan.windowOrder']],
    ['an exam in the past', { examStart: '2026-03-01', examEnd: '2026-03-01' }, ['examStart:plan.inThePast']],
    ['an exam after the filing expires', { examStart: '2028-12-31', examEnd: '2029-01-02' }, ['examEnd:plan.outsideValidity']],
    ['a site not filed', { siteName: '外借考点' }, ['siteName:plan.unknownSite']],
    ['a room not filed at that site', { rooms: ['理论考场 301', '302'], expectedCandidates: 20 }, ['rooms.1:plan.unknownRoom']],
    ['more candidates than the chosen rooms hold', { expectedCandidates: 41 }, ['expectedCandidates:plan.overCapacity']],
    ['exactly as many as they hold', { expectedCandidates: 40 }, []],
    ['an examiner filed for another level', { examiners: ['孙国华', '周建平'] }, ['examiners.1:plan.examinerNotQualified']],
    ['an examiner filed for another occupation', { examiners: ['吴秀兰'] }, ['examiners.0:plan.examinerNotQualified']],
    ['an examiner not filed at all', { examiners: ['无名氏'] }, ['examiners.0:plan.examinerNotQualified']],
    ['an internal supervisor not filed', { internalSupervisor: '他人' }, ['internalSupervisor:plan.unknownSupervisor']],
    [
      'everything wrong at once is reported at once',
      { level: 3, siteName: 'x', internalSupervisor: 'y' },
      ['level:plan.outsideScope', 'siteName:plan.unknownSite', 'internalSupervisor:plan.unknownSupervisor'],
    ],
  ];
  for (const [name, plan, expected, levels] of cases) test(name, () => assert.deepEqual(keys(plan, levels), expected));
});

describe('notice is counted in working days through the holiday calendar', () => {
  // 2026-04-06 (Mon) is 清明; no 调休 weekend in this stretch.
  const calendar = { holidays: new Set(['2026-04-06']), adjustedWorkdays: new Set<string>() };
  test('ten working days from Friday 27 March reach Monday 13 April, the holiday skipped', () => {
    assert.equal(planNoticeShortfall('2026-03-27', '2026-04-13', 10, calendar), null);
    assert.equal(planNoticeShortfall('2026-03-27', '2026-04-10', 10, calendar), 9);
  });
});
