import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  candidatesDigest,
  commitmentOf,
  rfc3797Digest,
  rfc3797KeyString,
  rfc3797Select,
  rfc3797SelectAvoiding,
  digestModulo,
  runDraw,
  targetCount,
  verifyDrawRecord,
  type DrawCandidates,
  type DrawEntropy,
  type DrawRecord,
  type DrawRules,
  type RiskClass,
} from '../src/index.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();

test('the RFC 3797 worked example (§6) reproduces: key string, digests and the ten picks', () => {
  const key = rfc3797KeyString([['9319'], ['2', '5', '12', '8', '10'], ['9', '18', '26', '34', '41', '45']]);
  assert.equal(key, '9319./2.5.8.10.12./9.18.26.34.41.45./');
  assert.equal(hex(rfc3797Digest(key, 0)), '990DD0A5692A029A98B5E01AA28F3459');
  assert.equal(hex(rfc3797Digest(key, 1)), '3691E55CB63FCC37914430B2F70B5EC6');
  assert.equal(hex(rfc3797Digest(key, 2)), 'FE814EDF564C190AC1D25753979990FA');
  const picks = rfc3797Select(25, 10, key).map((i) => i + 1);
  assert.deepEqual(picks, [17, 7, 2, 16, 25, 23, 8, 24, 19, 13]);
});

test('key strings sort a source numerically and drop leading zeros', () => {
  assert.equal(rfc3797KeyString([['10', '9', '0010'], [12n]]), '9.10.10./12./');
  assert.throws(() => rfc3797KeyString([['-1']]));
});

const classes: RiskClass[] = ['A', 'B', 'C', 'D'];

function world(parties = 200, inspectors = 40): DrawCandidates {
  return {
    parties: Array.from({ length: parties }, (_, i) => ({
      code: `沪评备2025310115${String(i + 1).padStart(4, '0')}`,
      name: `机构${i + 1}`,
      districtCode: i % 2 ? '310115' : '310104',
      riskClass: classes[i % 4]!,
    })),
    inspectors: Array.from({ length: inspectors }, (_, i) => ({
      code: `31000${String(i + 1).padStart(5, '0')}`,
      name: `督导员${i + 1}`,
      department: i % 3 === 0 ? 'city' : i % 3 === 1 ? 'district:310115' : 'district:310104',
      conflicts: i < 4 ? [`沪评备2025310115${String(i + 1).padStart(4, '0')}`, '沪评备20253101150002'] : [],
    })),
  };
}

const rules: DrawRules = { ratios: { A: 5, B: 15, C: 40, D: 80 }, inspectorsPerTarget: 2, excludeLocalDistrict: false };
const entropy: DrawEntropy = {
  witnesses: [
    { name: '王见证', values: ['381', '27'] },
    { name: '李见证', values: ['9044'] },
  ],
  publicSource: null,
};
const secret = '91827364550192837465';

test('targets follow the ratio per risk class, and each gets distinct inspectors', () => {
  const outcome = runDraw(world(), rules, secret, entropy);
  assert.ok(outcome.ok);
  const perClass = Object.fromEntries(classes.map((c) => [c, outcome.picks.filter((p) => p.riskClass === c).length]));
  assert.deepEqual(perClass, { A: targetCount(50, 5), B: targetCount(50, 15), C: targetCount(50, 40), D: targetCount(50, 80) });
  assert.deepEqual(perClass, { A: 3, B: 8, C: 20, D: 40 });
  for (const pick of outcome.picks) assert.equal(new Set(pick.inspectors).size, 2);
  assert.equal(new Set(outcome.picks.map((p) => p.party)).size, outcome.picks.length);
});

test('the same inputs give the same draw; changing any input changes it', () => {
  const base = runDraw(world(), rules, secret, entropy);
  assert.ok(base.ok);
  const again = runDraw(world(), rules, secret, entropy);
  assert.deepEqual(again, base);
  const variants = [
    runDraw(world(), rules, '91827364550192837466', entropy),
    runDraw(world(), rules, secret, { ...entropy, witnesses: [{ name: '王见证', values: ['381', '28'] }, entropy.witnesses[1]!] }),
    runDraw(world(), rules, secret, { ...entropy, publicSource: { description: '体彩', value: '1' } }),
    runDraw(world(201), rules, secret, entropy),
    runDraw(world(200, 41), rules, secret, entropy),
  ];
  for (const variant of variants) {
    assert.ok(variant.ok);
    assert.notDeepEqual(variant.picks, base.picks);
  }
});

test('the order in which a witness types their values does not matter (RFC 3797 sorts a source)', () => {
  const a = runDraw(world(), rules, secret, entropy);
  const b = runDraw(world(), rules, secret, { ...entropy, witnesses: [{ name: '王见证', values: ['27', '381'] }, entropy.witnesses[1]!] });
  assert.deepEqual(a, b);
});

test('picks are uniform: a chi-square test over 4 000 secrets does not reject at p = 0.001', () => {
  const parties = Array.from({ length: 10 }, (_, i) => ({ code: `P${i}`, name: `P${i}`, districtCode: '310101', riskClass: 'A' as const }));
  const inspectors = Array.from({ length: 8 }, (_, i) => ({ code: `I${i}`, name: `I${i}`, department: 'city', conflicts: [] }));
  const partyCounts = new Array<number>(10).fill(0);
  const inspectorCounts = new Array<number>(8).fill(0);
  const draws = 4000;
  for (let s = 0; s < draws; s += 1) {
    const outcome = runDraw({ parties, inspectors }, { ...rules, ratios: { A: 1, B: 5, C: 21, D: 61 } }, String(1_000_000 + s), entropy);
    assert.ok(outcome.ok);
    assert.equal(outcome.picks.length, 1);
    partyCounts[Number(outcome.picks[0]!.party.slice(1))]! += 1;
    for (const code of outcome.picks[0]!.inspectors) inspectorCounts[Number(code.slice(1))]! += 1;
  }
  const chiSquare = (counts: number[], expected: number) => counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
  // Critical values at p = 0.001: 27.88 for 9 degrees of freedom, 24.32 for 7.
  assert.ok(chiSquare(partyCounts, draws / 10) < 27.88, `parties: ${partyCounts.join(',')}`);
  assert.ok(chiSquare(inspectorCounts, (draws * 2) / 8) < 24.32, `inspectors: ${inspectorCounts.join(',')}`);
  // A biased picker fails the same test: always preferring the first party is rejected.
  assert.ok(chiSquare([draws, 0, 0, 0, 0, 0, 0, 0, 0, 0], draws / 10) > 27.88);
});

test('a conflicted inspector is never drawn for that party, and the local bureau is passed over when the task says so', () => {
  const candidates = world(40, 12);
  for (let s = 0; s < 300; s += 1) {
    const outcome = runDraw(candidates, { ...rules, ratios: { A: 5, B: 20, C: 60, D: 100 }, excludeLocalDistrict: true }, String(7_000 + s), entropy);
    assert.ok(outcome.ok);
    for (const pick of outcome.picks) {
      const party = candidates.parties.find((p) => p.code === pick.party)!;
      for (const code of pick.inspectors) {
        const inspector = candidates.inspectors.find((i) => i.code === code)!;
        assert.ok(!inspector.conflicts.includes(pick.party), `${code} conflicts with ${pick.party}`);
        assert.notEqual(inspector.department, `district:${party.districtCode}`);
      }
    }
  }
});

test('refusals: no parties, an empty pool, fewer eligible inspectors than required, a bad value', () => {
  assert.deepEqual(runDraw({ parties: [], inspectors: world().inspectors }, rules, secret, entropy), { ok: false, problem: { code: 'noParties' } });
  assert.deepEqual(runDraw({ parties: world().parties, inspectors: [] }, rules, secret, entropy), { ok: false, problem: { code: 'emptyPool' } });
  const two = world(4, 2);
  two.inspectors[0]!.conflicts = two.parties.map((p) => p.code);
  const outcome = runDraw(two, { ...rules, ratios: { A: 5, B: 20, C: 60, D: 100 } }, secret, entropy);
  assert.equal(outcome.ok, false);
  assert.equal(!outcome.ok && outcome.problem.code, 'tooFewInspectors');
  assert.deepEqual(runDraw(world(), rules, '0012', entropy), { ok: false, problem: { code: 'badValue', source: '0012' } });
});

function record(): DrawRecord {
  const candidates = world();
  const outcome = runDraw(candidates, rules, secret, entropy);
  assert.ok(outcome.ok);
  return {
    format: 'jiping-draw/1',
    task: { number: '沪技督抽〔2026〕1号', title: '2026 年度抽查', department: 'city', item: 'JD-01', scope: {}, committedAt: '2026-11-20T02:00:00.000Z' },
    rules,
    candidates,
    candidatesDigest: candidatesDigest(candidates),
    commitment: commitmentOf(secret),
    secret,
    entropy,
    keyString: outcome.keyString,
    drawnAt: '2026-11-21T02:00:00.000Z',
    picks: outcome.picks,
  };
}

test('a published record re-runs to "matches"; a changed secret, list or pick does not', () => {
  assert.equal(verifyDrawRecord(record()).matches, true);
  const wrongSecret = { ...record(), secret: '91827364550192837466' };
  const checks = verifyDrawRecord(wrongSecret).checks;
  assert.equal(checks.find((c) => c.code === 'commitment')?.ok, false);
  const editedList = record();
  editedList.candidates.parties[0]!.riskClass = 'D';
  assert.equal(verifyDrawRecord(editedList).checks.find((c) => c.code === 'candidatesDigest')?.ok, false);
  const editedPick = record();
  editedPick.picks[3]!.inspectors.reverse();
  const result = verifyDrawRecord(editedPick);
  assert.equal(result.matches, false);
  assert.deepEqual(
    result.checks.find((c) => c.code === 'picks'),
    { code: 'picks', ok: false, firstDifference: 3 },
  );
});

test('the fast selection gives the RFC picks exactly: the same as a spliced list, filtered beforehand', () => {
  const naive = (pool: number[], count: number, key: string) => {
    const remaining = [...pool];
    const picked: number[] = [];
    for (let i = 0; i < count; i += 1) picked.push(remaining.splice(digestModulo(rfc3797Digest(key, i), remaining.length), 1)[0]!);
    return picked;
  };
  for (let round = 0; round < 60; round += 1) {
    const size = 1 + ((round * 37) % 300);
    const excluded = Array.from({ length: size }, (_, i) => i).filter((i) => (i * 7 + round) % 5 === 0);
    const left = Array.from({ length: size }, (_, i) => i).filter((i) => !excluded.includes(i));
    const key = `${round}./${size}./`;
    for (const count of [0, 1, 2, 5, Math.min(9, left.length), Math.floor(left.length / 2), left.length]) {
      if (count > left.length) continue;
      assert.deepEqual(rfc3797SelectAvoiding(size, excluded, count, key), naive(left, count, key), `size ${size} count ${count}`);
    }
    assert.deepEqual(
      rfc3797Select(size, Math.min(size, 20), key),
      naive(
        Array.from({ length: size }, (_, i) => i),
        Math.min(size, 20),
        key,
      ),
    );
  }
});

test('the secret may be 256 bits (78 digits); a witness value at most 30 digits', () => {
  const secret256 = (2n ** 256n - 1n).toString();
  assert.equal(secret256.length, 78);
  assert.ok(runDraw(world(), rules, secret256, entropy).ok);
  const long = runDraw(world(), rules, secret, { ...entropy, witnesses: [{ name: '王见证', values: ['1'.repeat(31)] }] });
  assert.equal(long.ok, false);
});
