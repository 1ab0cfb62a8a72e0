import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkIdNumber } from '../src/id-documents.ts';
import { checkResidentId, classifyCertificateNumber, maskIdNumber, maskPhone, normalizeIdNumber, residentIdBirthDate, residentIdCheckChar, residentIdGender } from '../src/identity.ts';

const TODAY = '2026-11-26';
const REAL = '11010519491231002X';

function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('resident ID (GB 11643-1999)', () => {
  test('the published vector is valid: born 1949-12-31, female', () => {
    assert.equal(residentIdCheckChar(REAL.slice(0, 17)), 'X');
    assert.equal(checkResidentId(REAL, TODAY), null);
    assert.equal(residentIdBirthDate(REAL), '1949-12-31');
    assert.equal(residentIdGender(REAL), 'female');
  });

  test('a lowercase x is the same check character', () => {
    assert.equal(checkResidentId(REAL.toLowerCase(), TODAY), null);
    assert.equal(normalizeIdNumber('resident_id', `  ${REAL.toLowerCase()} `), REAL);
  });

  test('changing any single character is reported as a checksum error', () => {
    for (let i = 0; i < 18; i += 1) {
      const replacement = i === 17 ? '0' : String((Number(REAL[i]) + 1) % 10);
      const typo = REAL.slice(0, i) + replacement + REAL.slice(i + 1);
      assert.equal(checkResidentId(typo, TODAY), 'checksum', typo);
    }
  });

  const problems: Array<[string, string, string]> = [
    ['17 characters', REAL.slice(0, 17), 'format'],
    ['19 characters', `${REAL}1`, 'format'],
    ['a letter inside', '1101051949123100AX', 'format'],
    ['X not last', '11010519491231X021', 'format'],
    ['surrounding spaces (normalise first)', ` ${REAL}`, 'format'],
    ['30 February', withCheck('31010120000230001'), 'birthDate'],
    ['month 13', withCheck('31010120001301001'), 'birthDate'],
    ['born before 1900', withCheck('31010118991231001'), 'birthDate'],
    ['born tomorrow', withCheck('31010120261127001'), 'futureBirthDate'],
  ];
  for (const [name, value, problem] of problems) {
    test(`refused: ${name}`, () => assert.equal(checkResidentId(value, TODAY), problem));
  }

  test('born today, on a leap day or on 1900-01-01 is accepted', () => {
    assert.equal(checkResidentId(withCheck('31010120261126001'), TODAY), null);
    assert.equal(checkResidentId(withCheck('31010120000229001'), TODAY), null);
    assert.equal(checkResidentId(withCheck('31010119000101001'), TODAY), null);
  });

  test('an odd 17th digit is a man', () => {
    const id = withCheck('31010119900101003');
    assert.equal(checkResidentId(id, TODAY), null);
    assert.equal(residentIdGender(id), 'male');
  });
});

describe('other identity documents (format only)', () => {
  const cases: Array<[Parameters<typeof checkIdNumber>[0], string, boolean]> = [
    ['passport', 'E12345678', true],
    ['passport', 'G1234', true],
    ['passport', 'AB1234567890123456789', false],
    ['passport', 'E-1234567', false],
    ['hk_macao_permit', 'H12345678', true],
    ['hk_macao_permit', 'M1234567890', true],
    ['hk_macao_permit', 'C12345678', false],
    ['hk_macao_permit', 'H1234567', false],
    ['taiwan_permit', '12345678', true],
    ['taiwan_permit', '1234567801', true],
    ['taiwan_permit', '123456789', false],
    ['foreign_permanent_resident', 'USA310090021234', true],
    ['foreign_permanent_resident', withCheck('93310119900101001'), true],
    ['foreign_permanent_resident', '810101199001011234', false],
  ];
  for (const [type, value, ok] of cases) {
    test(`${type} ${value} is ${ok ? 'accepted' : 'refused'}`, () => {
      assert.equal(checkIdNumber(type, value, TODAY), ok ? null : 'format');
    });
  }

  test('numbers are normalised by trimming and upper-casing', () => {
    assert.equal(normalizeIdNumber('passport', ' e12345678 '), 'E12345678');
  });
});

describe('masking', () => {
  test('an ID keeps its first and last four characters', () => {
    assert.equal(maskIdNumber('310101199001011234'), '3101**********1234');
    assert.equal(maskIdNumber('E12345678'), 'E123*5678');
  });

  test('short numbers still hide their middle', () => {
    assert.equal(maskIdNumber('12345678'), '1******8');
  });

  test('a mobile number keeps its first three and last four digits', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
  });
});

describe('certificate numbers', () => {
  test('a national skill level certificate number is split into its segments', () => {
    assert.deepEqual(classifyCertificateNumber('Y000031000001243000123'), {
      scheme: 'national',
      number: 'Y000031000001243000123',
      kind: 'Y',
      institutionCode: '0000',
      province: '31',
      siteSequence: '000001',
      issueYear: 2024,
      level: 3,
      serial: '000123',
    });
    const social = classifyCertificateNumber(' s123431000042255000007 ');
    assert.equal(social?.scheme, 'national');
    assert.equal(social?.scheme === 'national' && social.kind, 'S');
    assert.equal(social?.scheme === 'national' && social.level, 5);
  });

  test('a level digit outside 1–5 or a wrong length is not a national number', () => {
    assert.equal(classifyCertificateNumber('Y000031000001246000123'), null);
    assert.equal(classifyCertificateNumber('Y000031000001240000123'), null);
    assert.equal(classifyCertificateNumber('Y00003100000124300012'), null);
    assert.equal(classifyCertificateNumber('X000031000001243000123'), null);
  });

  test('legacy qualification numbers: 16 digits, old Shanghai 13 digits with "000"', () => {
    assert.deepEqual(classifyCertificateNumber('1131000000300123'), { scheme: 'legacy_qualification', number: '1131000000300123', oldShanghai: false });
    assert.deepEqual(classifyCertificateNumber('0001234567890'), { scheme: 'legacy_qualification', number: '0000001234567890', oldShanghai: true });
    assert.deepEqual(classifyCertificateNumber('1234567890123'), { scheme: 'legacy_qualification', number: '0001234567890123', oldShanghai: true });
    assert.deepEqual(classifyCertificateNumber('0001234567890123'), { scheme: 'legacy_qualification', number: '0001234567890123', oldShanghai: true });
  });

  test('anything else is not a certificate number', () => {
    for (const value of ['', '12345', '12345678901234', 'ABCDEFGHIJKLMNOP', '11010519491231002X']) {
      assert.equal(classifyCertificateNumber(value), null, value);
    }
  });
});
