import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCreditCode, creditCodeCheckChar } from '../src/credit-code.ts';

test('a real unified social credit code passes GB 32100', () => {
  assert.equal(checkCreditCode('91350100M000100Y43'), null);
});

test('changing any one character of a real code breaks the checksum', () => {
  const real = '91350100M000100Y43';
  for (let i = 0; i < 18; i += 1) {
    const replacement = real[i] === '1' ? '2' : '1';
    const corrupted = real.slice(0, i) + replacement + real.slice(i + 1);
    assert.notEqual(checkCreditCode(corrupted), null, corrupted);
  }
});

test('letters outside the GB 32100 alphabet (I, O, S, V, Z) and wrong lengths are format errors', () => {
  assert.equal(checkCreditCode('91350100M000100YO3'), 'format');
  assert.equal(checkCreditCode('91350100M000100Y4'), 'format');
  assert.equal(checkCreditCode(''), 'format');
});

test('the check character is computed, including the 31 → 0 wrap', () => {
  assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
  const wraps = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `9131011500000000${d}`).map(creditCodeCheckChar);
  assert.ok(wraps.every((c) => /^[0-9A-HJ-NPQRTUWXY]$/.test(c)));
});
