import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../../../..');

/** `npx jiping verify <file>` as a verifier runs it, with no database and no network: exit code and output. */
export function verifyOffline(file: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'packages/server/bin/jiping.mjs'), 'verify', file], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '', JIPING_DATA_DIR: os.tmpdir() },
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

/**
 * The credential file with one digit of the certificate number changed inside its signed payload
 * (decoded, changed, encoded again), the signature left as it was: what a forger would hand over.
 */
export function tamperedCredentialFile(file: { credential: string }, number: string): { credential: string } {
  const [header, payload, signature] = file.credential.split('.') as [string, string, string];
  const bytes = Buffer.from(payload, 'base64url');
  const at = bytes.indexOf(Buffer.from(number)) + 3;
  if (at < 3) throw new Error(`the payload does not carry the number ${number}`);
  bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
  return { ...file, credential: `${header}.${bytes.toString('base64url')}.${signature}` };
}
