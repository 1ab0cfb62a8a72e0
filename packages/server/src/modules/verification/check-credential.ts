import { CredentialCheckBody, type CredentialCheckView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { VERDICT_TEXT, verifyCredentialText } from '../credentials/index.ts';
import { publicView, statusRows } from './certificate-status.ts';

/**
 * A pasted or uploaded credential, checked against the platform's own keys and the current status
 * list (never the keys the text brings along). Where the signature holds, the certificate it names
 * is shown as the register has it, with the name masked as for any look-up by number.
 */
export async function checkCredential({ ctx, keyring, publicUrl, input }: { ctx: ServiceContext; keyring: Keyring; publicUrl: string; input: unknown }): Promise<z.infer<typeof CredentialCheckView>> {
  const { text } = parseInput(CredentialCheckBody, input, ctx.locale);
  const result = await verifyCredentialText({ ctx, keyring, publicUrl }, text);
  const signed = result.verdict === 'valid' || result.verdict === 'revoked';
  const [row] = signed && result.certificateNumber ? await statusRows(ctx, [result.certificateNumber]) : [];
  return { verdict: result.verdict, message: VERDICT_TEXT[result.verdict][ctx.locale], certificate: row ? publicView(row, {}) : null };
}
