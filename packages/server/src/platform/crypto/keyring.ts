import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keys for personal information (PIPL): AES-256-GCM data keys by id (the first is used to
 * encrypt; the others still decrypt, so keys can rotate) and one HMAC key for blind indexes.
 */
export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
  blindIndexKey: Buffer;
  /**
   * The master key under which signing keys (institutions' credential and seal keys) are sealed
   * at rest: a separate key from the personal-information ones, so whoever may decrypt ID
   * numbers cannot thereby sign certificates, and the other way round.
   */
  signingMasterKey: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

function decodeKey(value: string, name: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} 必须是 32 字节的 base64 密钥 (must be a base64-encoded 32-byte key)`);
  return key;
}

/** Parses `JIPING_PII_KEYS="k2:<base64>,k1:<base64>"` (first = current), `JIPING_BLIND_INDEX_KEY` and `JIPING_SIGNING_MASTER_KEY`. */
export function parseKeyring(piiKeys: string, blindIndexKey: string, signingMasterKey: string): Keyring {
  const entries = piiKeys
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id = '', value = ''] = entry.split(':');
      if (!KEY_ID.test(id)) throw new Error(`JIPING_PII_KEYS: invalid key id "${id}"`);
      return [id, decodeKey(value, `JIPING_PII_KEYS[${id}]`)] as const;
    });
  if (!entries.length) throw new Error('JIPING_PII_KEYS is empty');
  return {
    currentKeyId: entries[0]![0],
    keys: new Map(entries),
    blindIndexKey: decodeKey(blindIndexKey, 'JIPING_BLIND_INDEX_KEY'),
    signingMasterKey: decodeKey(signingMasterKey, 'JIPING_SIGNING_MASTER_KEY'),
  };
}

/**
 * Development and demo installations get keys generated once into `<data dir>/keys.json` (mode
 * 0600), so nothing secret is ever committed; production must configure them explicitly.
 */
export function loadKeyring(options: { piiKeys?: string | undefined; blindIndexKey?: string | undefined; signingMasterKey?: string | undefined; dataDir: string; production: boolean }): Keyring {
  if (options.piiKeys && options.blindIndexKey && options.signingMasterKey) return parseKeyring(options.piiKeys, options.blindIndexKey, options.signingMasterKey);
  if (options.production) throw new Error('生产环境必须配置 JIPING_PII_KEYS、JIPING_BLIND_INDEX_KEY 与 JIPING_SIGNING_MASTER_KEY (keys are required in production)');
  const file = path.join(options.dataDir, 'keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const generated = { piiKeys: `k1:${randomBytes(32).toString('base64')}`, blindIndexKey: randomBytes(32).toString('base64'), signingMasterKey: randomBytes(32).toString('base64') };
    fs.writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: 'wx' });
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { piiKeys: string; blindIndexKey: string; signingMasterKey?: string };
  if (!stored.signingMasterKey) {
    // A data directory from before signing keys existed: its other keys stay, the signing master key is added once.
    stored.signingMasterKey = randomBytes(32).toString('base64');
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return parseKeyring(options.piiKeys ?? stored.piiKeys, options.blindIndexKey ?? stored.blindIndexKey, options.signingMasterKey ?? stored.signingMasterKey);
}
