import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { rfc3797KeyString, rfc3797Select, rfc3797SelectAvoiding, RFC3797_MAX_PICKS, type RandomSource } from './rfc3797.ts';
import { MIN_INSPECTORS_PER_TARGET, RISK_CLASSES, targetCount, type RiskClass, type RiskRatios } from './vocabulary.ts';

/**
 * The publicly verifiable draw of a random-inspection task (双随机: random targets, random
 * inspectors), in the spirit of RFC 3797. Everything here is pure, so the server, the public page
 * in the browser and `npx jiping draw verify` run the very same code on the published record.
 *
 * 1. Before the draw the task, its ordered candidate lists (their SHA-256 digest) and a
 *    commitment, SHA-256 of a secret the platform generated, are published, together with the
 *    public entropy that will be used: the witnesses' names and, optionally, a public number
 *    named in advance (for example a lottery result drawn after the commitment).
 * 2. At the draw the secret is revealed and must hash to the commitment; the witnesses enter
 *    their values. The sources, in this order, make the RFC 3797 key string: the secret (one
 *    decimal integer), each witness's values (in the order the witnesses were named), the public
 *    number if one was named. Neither the operator (who committed before seeing the witnesses'
 *    values) nor a witness (who cannot know the secret) can steer the outcome alone.
 * 3. Picks are made in stages. Each stage has its own key: the key string with the stage number
 *    appended as one more source (`<n>./`), so a stage never needs more than the RFC's 65 536
 *    picks and a stage's picks do not depend on how many the stages before it made.
 *    - Stages 1–4: the targets of risk class A, B, C, D: ceil(parties × ratio / 100) from the
 *      class's parties, in the published order (the registry's order: by party code).
 *    - Stage 4 + j: the inspectors of the j-th target (targets numbered in pick order, A first):
 *      `inspectorsPerTarget` from the published pool in its order, after passing over every
 *      inspector who declared a conflict with that party and, when the task excludes the local
 *      bureau (异地交叉检查), every inspector of a district bureau of the party's district.
 *      The same inspector may be drawn for several targets.
 */

export interface DrawParty {
  /** The party's registry code (its filing number), unique in the list. */
  code: string;
  name: string;
  districtCode: string;
  riskClass: RiskClass;
}

export interface DrawInspector {
  /** The enforcement certificate number (执法证号), unique in the pool. */
  code: string;
  name: string;
  /** `city`, `district:<code>` or `industry:<name>`. */
  department: string;
  /** Codes of parties the inspector declared a conflict with. */
  conflicts: string[];
}

export interface DrawCandidates {
  parties: DrawParty[];
  inspectors: DrawInspector[];
}

export interface DrawRules {
  ratios: RiskRatios;
  inspectorsPerTarget: number;
  /** Pass over inspectors of the district bureau where the party is (异地交叉检查). */
  excludeLocalDistrict: boolean;
}

/** The public entropy named before the draw, and its values once entered. */
export interface DrawEntropy {
  witnesses: Array<{ name: string; values: string[] }>;
  publicSource: { description: string; value: string } | null;
}

export interface DrawPick {
  party: string;
  riskClass: RiskClass;
  inspectors: string[];
}

/** The published record of a draw: everything needed to re-run it. */
export interface DrawRecord {
  format: 'jiping-draw/1';
  task: { number: string; title: string; department: string; item: string; scope: Record<string, string[]>; committedAt: string };
  rules: DrawRules;
  candidates: DrawCandidates;
  candidatesDigest: string;
  commitment: string;
  secret: string;
  entropy: DrawEntropy;
  keyString: string;
  drawnAt: string;
  picks: DrawPick[];
}

export type DrawProblem =
  | { code: 'emptyPool' }
  | { code: 'noParties' }
  | { code: 'tooFewInspectors'; party: string; eligible: number; required: number }
  | { code: 'tooFewInspectorsPerTarget'; required: number }
  | { code: 'duplicateCode'; value: string }
  | { code: 'badValue'; source: string }
  | { code: 'tooManyPicks'; stage: number };

export type DrawOutcome = { ok: true; picks: DrawPick[]; keyString: string } | { ok: false; problem: DrawProblem };

const encoder = new TextEncoder();

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** JSON with object keys sorted at every level, no spaces: one byte sequence per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The digest published before the draw: SHA-256 of the canonical JSON of the ordered candidate lists. */
export function candidatesDigest(candidates: DrawCandidates): string {
  return sha256Hex(canonicalJson(candidates));
}

/** The commitment to the secret: SHA-256 of its decimal digits. */
export function commitmentOf(secret: string): string {
  return sha256Hex(secret);
}

/** The secret is 32 random bytes written in decimal: at most 78 digits. */
export const SECRET_MAX_DIGITS = 78;

/** A value a witness or a public source may give (at most 30 digits), or the secret: a non-negative integer, as typed. */
export function normalizeRandomValue(value: string, maxDigits = 30): string | null {
  const trimmed = value.trim();
  if (trimmed.length > maxDigits || !/^\d+$/.test(trimmed)) return null;
  return BigInt(trimmed).toString();
}

/** The RFC 3797 sources of a draw, in their announced order. */
export function drawSources(secret: string, entropy: DrawEntropy): RandomSource[] {
  return [[secret], ...entropy.witnesses.map((w) => w.values), ...(entropy.publicSource ? [[entropy.publicSource.value]] : [])];
}

function stageKey(keyString: string, stage: number): string {
  return `${keyString}${stage}./`;
}

/** Runs the draw. Refusals say why, in terms the caller can translate. */
export function runDraw(candidates: DrawCandidates, rules: DrawRules, secret: string, entropy: DrawEntropy): DrawOutcome {
  const values = [...entropy.witnesses.flatMap((w) => w.values), ...(entropy.publicSource ? [entropy.publicSource.value] : [])];
  const bad = normalizeRandomValue(secret, SECRET_MAX_DIGITS) !== secret ? secret : values.find((v) => normalizeRandomValue(v) !== v);
  if (bad !== undefined) return { ok: false, problem: { code: 'badValue', source: bad } };
  if (rules.inspectorsPerTarget < MIN_INSPECTORS_PER_TARGET) return { ok: false, problem: { code: 'tooFewInspectorsPerTarget', required: rules.inspectorsPerTarget } };
  if (!candidates.parties.length) return { ok: false, problem: { code: 'noParties' } };
  if (!candidates.inspectors.length) return { ok: false, problem: { code: 'emptyPool' } };
  for (const list of [candidates.parties, candidates.inspectors]) {
    const seen = new Set<string>();
    for (const { code } of list) {
      if (seen.has(code)) return { ok: false, problem: { code: 'duplicateCode', value: code } };
      seen.add(code);
    }
  }
  const keyString = rfc3797KeyString(drawSources(secret, entropy));

  const targets: DrawParty[] = [];
  for (const [i, riskClass] of RISK_CLASSES.entries()) {
    const inClass = candidates.parties.filter((p) => p.riskClass === riskClass);
    const count = targetCount(inClass.length, rules.ratios[riskClass]);
    if (count > RFC3797_MAX_PICKS) return { ok: false, problem: { code: 'tooManyPicks', stage: i + 1 } };
    for (const at of rfc3797Select(inClass.length, count, stageKey(keyString, i + 1))) targets.push(inClass[at]!);
  }

  // Exclusions are indexed once (conflicts by party, district bureaus by district) as sorted pool
  // positions; each target's picks skip them without building a filtered copy of the pool.
  const conflicted = new Map<string, number[]>();
  const byDistrictBureau = new Map<string, number[]>();
  candidates.inspectors.forEach((inspector, i) => {
    for (const party of inspector.conflicts) {
      const list = conflicted.get(party);
      if (list) list.push(i);
      else conflicted.set(party, [i]);
    }
    if (inspector.department.startsWith('district:')) {
      const list = byDistrictBureau.get(inspector.department);
      if (list) list.push(i);
      else byDistrictBureau.set(inspector.department, [i]);
    }
  });
  const picks: DrawPick[] = [];
  for (const [j, party] of targets.entries()) {
    const excluded = mergeSorted(conflicted.get(party.code) ?? [], rules.excludeLocalDistrict ? (byDistrictBureau.get(`district:${party.districtCode}`) ?? []) : []);
    const eligible = candidates.inspectors.length - excluded.length;
    if (eligible < rules.inspectorsPerTarget) {
      return { ok: false, problem: { code: 'tooFewInspectors', party: party.code, eligible, required: rules.inspectorsPerTarget } };
    }
    const chosen = rfc3797SelectAvoiding(candidates.inspectors.length, excluded, rules.inspectorsPerTarget, stageKey(keyString, RISK_CLASSES.length + j + 1));
    picks.push({ party: party.code, riskClass: party.riskClass, inspectors: chosen.map((at) => candidates.inspectors[at]!.code) });
  }
  return { ok: true, picks, keyString };
}

/** Two ascending lists of positions as one, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return [...new Set(a)];
  const merged: number[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length || k < b.length) {
    const next = k >= b.length || (i < a.length && a[i]! <= b[k]!) ? a[i++]! : b[k++]!;
    if (merged.at(-1) !== next) merged.push(next);
  }
  return merged;
}

export type DrawCheck = { code: 'commitment'; ok: boolean } | { code: 'candidatesDigest'; ok: boolean } | { code: 'keyString'; ok: boolean } | { code: 'picks'; ok: boolean; firstDifference?: number };

/**
 * Re-runs a published record: the secret must hash to the commitment, the lists to their digest,
 * and the draw from them must give the published key string and picks, one for one.
 */
export function verifyDrawRecord(record: DrawRecord): { matches: boolean; checks: DrawCheck[]; problem?: DrawProblem } {
  const checks: DrawCheck[] = [
    { code: 'commitment', ok: commitmentOf(record.secret) === record.commitment },
    { code: 'candidatesDigest', ok: candidatesDigest(record.candidates) === record.candidatesDigest },
  ];
  const outcome = runDraw(record.candidates, record.rules, record.secret, record.entropy);
  if (!outcome.ok) return { matches: false, checks, problem: outcome.problem };
  checks.push({ code: 'keyString', ok: outcome.keyString === record.keyString });
  const a = canonicalJson(outcome.picks);
  const b = canonicalJson(record.picks);
  let firstDifference: number | undefined;
  if (a !== b) {
    firstDifference = outcome.picks.findIndex((p, i) => canonicalJson(p) !== canonicalJson(record.picks[i] ?? null));
    if (firstDifference < 0) firstDifference = outcome.picks.length;
  }
  checks.push({ code: 'picks', ok: a === b, ...(firstDifference === undefined ? {} : { firstDifference }) });
  return { matches: checks.every((c) => c.ok), checks };
}
