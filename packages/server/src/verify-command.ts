import fs from 'node:fs';
import { decodeProtectedHeader } from 'jose';
import { credentialOfText, jwksUrlOfDid, VERDICT_TEXT, verifyCredential, type Jwks, type VerificationResult } from './modules/credentials/index.ts';

/** Longest answer read from a key or status list address. */
const FETCH_LIMIT = 2_000_000;

async function load(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return fs.readFileSync(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > FETCH_LIMIT) throw new Error(`${source}: too large`);
  return text;
}

function unverifiedPayload(jws: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

interface Sources {
  cityJwks: Jwks;
  endorsements: string[];
  issuerJwks: Jwks | null;
  statusList: string | null;
  notes: string[];
}

/**
 * Where the keys and the status list come from: a downloaded bundle carries them all (fully
 * offline); a bare JWS names its issuer and status list, fetched from those addresses. Options
 * override either, and the city's keys should come from the city, not from the file being checked.
 */
async function sourcesFor(text: string, jws: string, options: { cityJwks?: string; status?: string }): Promise<Sources> {
  const notes: string[] = [];
  let bundle: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') bundle = parsed as Record<string, unknown>;
  } catch {
    bundle = null;
  }
  const payload = unverifiedPayload(jws);
  const issuerDid = typeof (payload.issuer as { id?: unknown } | undefined)?.id === 'string' ? (payload.issuer as { id: string }).id : '';
  let endorsements: string[] = [];
  let issuerJwks: Jwks | null = null;
  if (bundle) {
    endorsements = Array.isArray(bundle.endorsements) ? bundle.endorsements.filter((e): e is string => typeof e === 'string') : [];
  } else {
    const url = jwksUrlOfDid(issuerDid);
    if (url) {
      const fetched = JSON.parse(await load(url)) as Jwks & { endorsements?: string[] };
      issuerJwks = { keys: fetched.keys ?? [] };
      endorsements = fetched.endorsements ?? [];
    }
  }
  let cityJwks: Jwks;
  if (options.cityJwks) cityJwks = JSON.parse(await load(options.cityJwks)) as Jwks;
  else if (bundle?.cityJwks) {
    cityJwks = bundle.cityJwks as Jwks;
    notes.push('注意：市人社局根密钥取自文件本身，请用 --city-jwks 与官方公布的密钥核对。 Note: the city keys come from the file itself; check them against the published ones with --city-jwks.');
  } else {
    const cityUrl = jwksUrlOfDid(issuerDid.replace(/:institutions:[^:]+$/, ':city'));
    cityJwks = cityUrl ? (JSON.parse(await load(cityUrl)) as Jwks) : { keys: [] };
  }
  let statusList: string | null = null;
  if (options.status) statusList = (await load(options.status)).trim();
  else if (typeof bundle?.statusList === 'string') {
    statusList = bundle.statusList;
    if (typeof bundle.statusListFetchedAt === 'string') notes.push(`撤销状态为下载时（${bundle.statusListFetchedAt}）的快照。 Revocation status as of the download (${bundle.statusListFetchedAt}).`);
  } else {
    const url = (payload.credentialStatus as { statusListCredential?: unknown } | undefined)?.statusListCredential;
    if (typeof url === 'string' && /^https?:\/\//.test(url)) statusList = (await load(url)).trim();
  }
  return { cityJwks: { keys: Array.isArray(cityJwks.keys) ? cityJwks.keys : [] }, endorsements, issuerJwks, statusList, notes };
}

function report(result: VerificationResult, notes: string[]) {
  const text = VERDICT_TEXT[result.verdict];
  const out = result.verdict === 'valid' ? console.log : console.error;
  out(`${result.verdict === 'valid' ? '✔' : '✘'} ${text['zh-CN']}`);
  out(`  ${text['en-US']}`);
  out(`  结论 verdict: ${result.verdict}${result.reason ? ` (${result.reason})` : ''}`);
  if (result.certificateNumber) out(`  证书编号 number: ${result.certificateNumber}`);
  if (result.holderName) out(`  持证人 holder: ${result.holderName}`);
  if (result.achievement) out(`  职业等级 achievement: ${result.achievement}`);
  if (result.issuer) out(`  发证机构 issuer: ${result.issuer.name} (${result.issuer.id})`);
  if (result.validFrom) out(`  发证日期 issued: ${result.validFrom.slice(0, 10)}`);
  if (result.statusListIndex !== undefined) out(`  状态列表位置 status index: ${result.statusListIndex}`);
  out(
    result.status === 'checked'
      ? `  撤销状态已核对 revocation checked${result.statusStale ? '（列表已过期，可能不是最新 list expired, may be out of date）' : ''}`
      : '  未核对撤销状态 revocation not checked',
  );
  for (const note of notes) out(`  ${note}`);
}

/** `npx jiping verify <file> [--city-jwks <file|url>] [--status <file|url>]`: exit 0 when valid, 1 otherwise. */
export async function verifyCommand(file: string | undefined, options: { cityJwks?: string; status?: string }): Promise<number> {
  if (!file) {
    console.error('用法 usage: npx jiping verify <file> [--city-jwks <file|url>] [--status <file|url>]');
    return 2;
  }
  const text = fs.readFileSync(file, 'utf8');
  const jws = credentialOfText(text);
  let header: unknown = null;
  try {
    header = jws ? decodeProtectedHeader(jws) : null;
  } catch {
    header = null;
  }
  if (!jws || !header) {
    report({ verdict: 'malformed', reason: 'no credential in the file', status: 'unchecked' }, []);
    return 1;
  }
  const sources = await sourcesFor(text, jws, options);
  const result = await verifyCredential({ jws, ...sources });
  report(result, sources.notes);
  return result.verdict === 'valid' ? 0 : 1;
}
