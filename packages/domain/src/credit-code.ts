/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet (no I, O, S, V, Z),
 * the last a MOD 31 check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'format' | 'checksum';

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (!SHAPE.test(code)) return 'format';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

/** Characters 3–8 are the registering authority's administrative division (GB/T 2260). */
export function creditCodeDivision(code: string): string {
  return code.slice(2, 8);
}
