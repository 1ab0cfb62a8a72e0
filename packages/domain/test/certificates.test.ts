import assert from 'node:assert/strict';
import { test } from 'node:test';
import { certificateKindLetter, certificateNumberProblem, formatCertificateNumber, issueYearOf, parseCertificateNumber } from '../src/certificates.ts';

const parts = { kind: 'Y', institutionCode: '0000', provinceCode: '31', siteSequence: '000123', issueYear: '26', level: 4, serial: 7 } as const;

test('a number is kind, institution code, province, site sequence, issue year, level and a six-digit serial', () => {
  const number = formatCertificateNumber(parts);
  assert.equal(number, 'Y00003100012326400000' + '7');
  assert.equal(number.length, 22);
  assert.deepEqual(parseCertificateNumber(number), parts);
});

test('employers number with Y; social organisations and schools with S', () => {
  assert.equal(certificateKindLetter('employer'), 'Y');
  assert.equal(certificateKindLetter('social'), 'S');
  assert.equal(certificateKindLetter('school'), 'S');
});

test('malformed numbers are refused with the reason', () => {
  const cases: [string, string | null][] = [
    ['Y000031000123264000007', null],
    ['S000031000123261999999', null],
    ['Y00003100012326400000', 'length'],
    ['Y0000310001232640000071', 'length'],
    ['X000031000123264000007', 'kind'],
    ['y000031000123264000007', 'kind'],
    ['Y00003100012326400000A', 'digits'],
    ['Y000031000123266000007', 'level'],
    ['Y000031000123260000007', 'level'],
    ['Y000031000123264000000', 'serial'],
  ];
  for (const [value, problem] of cases) assert.equal(certificateNumberProblem(value), problem, value);
  assert.equal(parseCertificateNumber('Y000031000123266000007'), null);
});

test('parts that cannot form a number are refused, never padded or invented', () => {
  assert.throws(() => formatCertificateNumber({ ...parts, siteSequence: '' }), RangeError);
  assert.throws(() => formatCertificateNumber({ ...parts, institutionCode: '12345' }), RangeError);
  assert.throws(() => formatCertificateNumber({ ...parts, serial: 1_000_000 }), RangeError);
  assert.throws(() => formatCertificateNumber({ ...parts, serial: 0 }), RangeError);
});

test('the issue year is the last two digits of the issue date’s year', () => {
  assert.equal(issueYearOf('2026-11-29'), '26');
  assert.equal(issueYearOf('2031-01-01'), '31');
});
