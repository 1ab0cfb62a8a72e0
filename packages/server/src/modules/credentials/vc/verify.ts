import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { ENDORSEMENT_TYP, VC_JWT_TYP } from './jws.ts';
import { decodeStatusList, statusBit } from './status-list.ts';

/**
 * Offline verification of a certificate credential: no database, no network. Trust starts at the
 * city's JWKS; an institution key counts only through the city's endorsement of it, and a
 * credential counts only if that key signed it before it retired (docs/domain.md "Verifiable credentials").
 */
export const VERDICTS = ['valid', 'tampered', 'unknown_key', 'key_not_endorsed', 'revoked', 'expired_key', 'malformed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_TEXT: Record<Verdict, { 'zh-CN': string; 'en-US': string }> = {
  valid: { 'zh-CN': '证书有效：签名正确，签发机构密钥经市人社局认可，未被撤销。', 'en-US': 'Valid: the signature holds, the issuing key is endorsed by the city, and the certificate is not revoked.' },
  tampered: { 'zh-CN': '证书内容已被篡改：签名与内容不符。', 'en-US': 'Tampered: the signature does not match the content.' },
  unknown_key: { 'zh-CN': '无法核验：找不到签名所用的密钥。', 'en-US': 'Cannot verify: the signing key is unknown.' },
  key_not_endorsed: { 'zh-CN': '不可信：签名密钥未经市人社局认可。', 'en-US': 'Not trusted: the signing key is not endorsed by the city.' },
  revoked: { 'zh-CN': '证书已被撤销或已被更正后的证书取代。', 'en-US': 'Revoked: the certificate was revoked or replaced by a corrected one.' },
  expired_key: { 'zh-CN': '不可信：签名时该密钥已停用。', 'en-US': 'Not trusted: the key had been retired when this was signed.' },
  malformed: { 'zh-CN': '格式错误：不是可识别的证书凭证。', 'en-US': 'Malformed: this is not a recognisable certificate credential.' },
};

export interface Jwks {
  keys: JWK[];
}

export interface VerifyInput {
  /** The credential, a compact JWS. */
  jws: string;
  /** The city's published keys: the only thing trusted from the outset. */
  cityJwks: Jwks;
  /** The city's endorsements of institution keys (compact JWS each). */
  endorsements: readonly string[];
  /** The issuer's published keys, if fetched: tells a key that exists but is not endorsed from an unknown one. */
  issuerJwks?: Jwks | null;
  /** The issuer's BitstringStatusListCredential (compact JWS); without it the status is not checked. */
  statusList?: string | null;
  now?: Date;
}

export interface VerificationResult {
  verdict: Verdict;
  /** What failed, in words for logs and the command line (never personal data). */
  reason?: string;
  kid?: string;
  issuer?: { id: string; name: string };
  certificateNumber?: string;
  holderName?: string;
  achievement?: string;
  validFrom?: string;
  statusListIndex?: number;
  /** checked: against a status list signed by the issuer; unchecked: none was given. */
  status: 'checked' | 'unchecked';
  /** The status list's `validUntil` has passed: its answer may be out of date. */
  statusStale?: boolean;
  statusListValidFrom?: string;
}

interface Endorsement {
  iss: string;
  sub: string;
  kid: string;
  jwk: JWK;
  nbf: number;
  iat: number;
  exp?: number;
}

/** Seconds of clock difference tolerated between a key's activation and what it signed. */
const SKEW_SECONDS = 300;

function unverifiedPayload(jws: string): Record<string, unknown> | null {
  try {
    const [, payload = ''] = jws.split('.');
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function verifiedEndorsements(endorsements: readonly string[], cityJwks: Jwks): Promise<Endorsement[]> {
  const trusted: Endorsement[] = [];
  for (const text of endorsements) {
    try {
      const header = decodeProtectedHeader(text);
      if (header.typ !== ENDORSEMENT_TYP || header.alg !== 'EdDSA') continue;
      const cityKey = cityJwks.keys.find((k) => k.kid === header.kid);
      if (!cityKey) continue;
      const { payload } = await compactVerify(text, await importJWK({ kty: cityKey.kty, crv: cityKey.crv, x: cityKey.x }, 'EdDSA'));
      const claims = JSON.parse(new TextDecoder().decode(payload)) as Endorsement;
      if (typeof claims.kid === 'string' && typeof claims.sub === 'string' && claims.jwk && typeof claims.nbf === 'number') trusted.push(claims);
    } catch {
      // An endorsement that does not verify under the city's keys endorses nothing.
    }
  }
  return trusted;
}

/** The most recent endorsement of a key: a retirement re-endorses it with `exp`, which then applies. */
function latestFor(endorsements: Endorsement[], kid: string): Endorsement | undefined {
  return endorsements.filter((e) => e.kid === kid).sort((a, b) => b.iat - a.iat)[0];
}

async function verifyWith(jws: string, jwk: JWK): Promise<Record<string, unknown> | null> {
  try {
    const { payload } = await compactVerify(jws, await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'EdDSA'));
    const value: unknown = JSON.parse(new TextDecoder().decode(payload));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return null;
  }
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export async function verifyCredential(input: VerifyInput): Promise<VerificationResult> {
  const now = input.now ?? new Date();
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(input.jws.trim());
  } catch {
    return { verdict: 'malformed', reason: 'not a compact JWS', status: 'unchecked' };
  }
  const jws = input.jws.trim();
  const kid = header.kid;
  if (header.alg !== 'EdDSA' || header.typ !== VC_JWT_TYP || typeof kid !== 'string') return { verdict: 'malformed', reason: 'header is not an EdDSA vc+jwt with a kid', status: 'unchecked' };

  const claimed = input.endorsements.some((e) => unverifiedPayload(e)?.kid === kid);
  const published = input.issuerJwks?.keys.some((k) => k.kid === kid) ?? false;
  if (!claimed && !published) return { verdict: 'unknown_key', reason: 'no endorsement or published key has this kid', kid, status: 'unchecked' };
  const endorsements = await verifiedEndorsements(input.endorsements, input.cityJwks);
  const endorsement = latestFor(endorsements, kid);
  if (!endorsement) return { verdict: 'key_not_endorsed', reason: 'no endorsement of this key verifies under the city keys', kid, status: 'unchecked' };

  const payload = await verifyWith(jws, endorsement.jwk);
  if (!payload) return { verdict: 'tampered', reason: 'signature does not verify', kid, status: 'unchecked' };

  const issuer = payload.issuer as { id?: unknown; name?: unknown } | undefined;
  const subject = payload.credentialSubject as Record<string, unknown> | undefined;
  const entry = payload.credentialStatus as Record<string, unknown> | undefined;
  const contexts = payload['@context'];
  const types = payload.type;
  if (
    !Array.isArray(contexts) ||
    contexts[0] !== 'https://www.w3.org/ns/credentials/v2' ||
    !Array.isArray(types) ||
    !types.includes('VerifiableCredential') ||
    !issuer ||
    typeof issuer.id !== 'string' ||
    !subject ||
    typeof payload.iat !== 'number'
  ) {
    return { verdict: 'malformed', reason: 'payload is not a VC 2.0 credential', kid, status: 'unchecked' };
  }
  const identifiers = Array.isArray(subject.identifier) ? (subject.identifier as Array<Record<string, unknown>>) : [];
  const achievement = subject.achievement as Record<string, unknown> | undefined;
  const index = entry?.type === 'BitstringStatusListEntry' ? Number(entry.statusListIndex) : undefined;
  const result: VerificationResult = {
    verdict: 'valid',
    kid,
    issuer: { id: issuer.id, name: str(issuer.name) ?? '' },
    certificateNumber: str(subject.licenseNumber),
    holderName: str(identifiers.find((i) => i.identityType === 'name' && i.hashed === false)?.identityHash),
    achievement: str(achievement?.name),
    validFrom: str(payload.validFrom),
    statusListIndex: index,
    status: 'unchecked',
  };
  if (endorsement.sub !== issuer.id) return { ...result, verdict: 'key_not_endorsed', reason: 'the key is endorsed for another issuer' };
  if (payload.iat < endorsement.nbf - SKEW_SECONDS) return { ...result, verdict: 'key_not_endorsed', reason: 'signed before the key was endorsed' };
  if (endorsement.exp !== undefined && payload.iat >= endorsement.exp) return { ...result, verdict: 'expired_key', reason: 'signed after the key was retired' };

  if (!input.statusList) return result;
  if (index === undefined || !Number.isInteger(index) || index < 0) return { ...result, verdict: 'malformed', reason: 'credentialStatus is not a BitstringStatusListEntry' };
  let listHeader: ReturnType<typeof decodeProtectedHeader>;
  try {
    listHeader = decodeProtectedHeader(input.statusList.trim());
  } catch {
    return { ...result, verdict: 'malformed', reason: 'status list is not a compact JWS' };
  }
  const listKey = typeof listHeader.kid === 'string' ? latestFor(endorsements, listHeader.kid) : undefined;
  if (!listKey || listKey.sub !== issuer.id) return { ...result, verdict: 'key_not_endorsed', reason: 'the status list is not signed by an endorsed key of the issuer' };
  const list = await verifyWith(input.statusList.trim(), listKey.jwk);
  if (!list) return { ...result, verdict: 'tampered', reason: 'status list signature does not verify' };
  const listSubject = list.credentialSubject as Record<string, unknown> | undefined;
  if (list.id !== entry?.statusListCredential || listSubject?.type !== 'BitstringStatusList' || typeof listSubject.encodedList !== 'string') {
    return { ...result, verdict: 'malformed', reason: 'the status list is not the one the credential names' };
  }
  let bit: boolean | null;
  try {
    bit = statusBit(decodeStatusList(listSubject.encodedList), index);
  } catch {
    bit = null;
  }
  if (bit === null) return { ...result, verdict: 'malformed', reason: 'the status list does not hold the index' };
  const validUntil = str(list.validUntil);
  const checked = { ...result, status: 'checked' as const, statusListValidFrom: str(list.validFrom), statusStale: validUntil ? Date.parse(validUntil) < now.getTime() : false };
  return bit ? { ...checked, verdict: 'revoked', reason: `status list bit ${index} is set` } : checked;
}
