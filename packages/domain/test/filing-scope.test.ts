import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkScope, type CatalogueEntry } from '../src/index.ts';

const catalogue = new Map<string, CatalogueEntry>([
  ['6-18-01-01', { code: '6-18-01-01', nameZh: '车工', workTypes: ['数控车工', '普通车工'], levels: [5, 4, 3, 2, 1] }],
  ['4-02-02-02', { code: '4-02-02-02', nameZh: '道路货运汽车驾驶员', workTypes: [], levels: [5, 4, 3] }],
]);

test('rows inside the catalogue pass', () => {
  assert.deepEqual(
    checkScope(
      [
        { occupationCode: '6-18-01-01', workType: '数控车工', level: 3 },
        { occupationCode: '4-02-02-02', workType: '', level: 5 },
      ],
      catalogue,
    ),
    [],
  );
});

test('an unknown occupation, a foreign work type and an unregistrable level are named by row', () => {
  const problems = checkScope(
    [
      { occupationCode: '9-99-99-99', workType: '', level: 5 },
      { occupationCode: '6-18-01-01', workType: '铣工', level: 5 },
      { occupationCode: '4-02-02-02', workType: '', level: 2 },
    ],
    catalogue,
  );
  assert.deepEqual(
    problems.map((p) => [p.row, p.reason]),
    [
      [1, 'scope.unknownOccupation'],
      [2, 'scope.unknownWorkType'],
      [3, 'scope.levelNotRegistrable'],
    ],
  );
});

test('duplicates and whole-occupation/work-type overlaps are refused in either order', () => {
  const duplicate = checkScope(
    [
      { occupationCode: '6-18-01-01', workType: '数控车工', level: 4 },
      { occupationCode: '6-18-01-01', workType: '数控车工', level: 4 },
    ],
    catalogue,
  );
  assert.deepEqual(
    duplicate.map((p) => [p.row, p.reason, p.params]),
    [[2, 'scope.duplicate', { other: '1' }]],
  );
  const overlapA = checkScope(
    [
      { occupationCode: '6-18-01-01', workType: '', level: 4 },
      { occupationCode: '6-18-01-01', workType: '普通车工', level: 4 },
    ],
    catalogue,
  );
  const overlapB = checkScope(
    [
      { occupationCode: '6-18-01-01', workType: '普通车工', level: 4 },
      { occupationCode: '6-18-01-01', workType: '', level: 4 },
    ],
    catalogue,
  );
  assert.deepEqual(
    overlapA.map((p) => p.reason),
    ['scope.overlap'],
  );
  assert.deepEqual(
    overlapB.map((p) => p.reason),
    ['scope.overlap'],
  );
  assert.deepEqual(
    checkScope(
      [
        { occupationCode: '6-18-01-01', workType: '', level: 4 },
        { occupationCode: '6-18-01-01', workType: '普通车工', level: 3 },
      ],
      catalogue,
    ),
    [],
  );
});
