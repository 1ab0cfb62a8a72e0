import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkIdNumber, maskIdNumber, maskPhone, residentIdBirthDate, residentIdCheckChar, residentIdGender } from '../src/index.ts';

const TODAY = '2026-11-26';

test('a real resident ID passes, with its birth date and gender', () => {
  assert.equal(checkIdNumber('resident_id', '11010519491231002X', TODAY), null);
  assert.equal(residentIdBirthDate('11010519491231002X'), '1949-12-31');
  assert.equal(residentIdGender('11010519491231002X'), 'female');
});

test('any changed digit breaks the check digit', () => {
  const real = '11010519491231002X';
  for (let i = 14; i < 17; i += 1) {
    const corrupted = real.slice(0, i) + ((Number(real[i]) + 1) % 10) + real.slice(i + 1);
    assert.equal(checkIdNumber('resident_id', corrupted, TODAY), 'checksum', corrupted);
  }
});

test('impossible and future birth dates are refused even with a correct check digit', () => {
  const feb30 = '31010120000230001';
  assert.equal(checkIdNumber('resident_id', feb30 + residentIdCheckChar(feb30), TODAY), 'birthDate');
  const future = '31010120300101001';
  assert.equal(checkIdNumber('resident_id', future + residentIdCheckChar(future), TODAY), 'futureBirthDate');
});

test('other documents are checked by format only', () => {
  assert.equal(checkIdNumber('passport', 'E12345678', TODAY), null);
  assert.equal(checkIdNumber('hk_macao_permit', 'H12345678', TODAY), null);
  assert.equal(checkIdNumber('taiwan_permit', '1234567801', TODAY), null);
  assert.equal(checkIdNumber('passport', 'E1', TODAY), 'format');
});

test('masking keeps only what a clerk needs to recognise the number', () => {
  assert.equal(maskIdNumber('310101199001011234'), '3101**********1234');
  assert.equal(maskPhone('13812345678'), '138****5678');
});
