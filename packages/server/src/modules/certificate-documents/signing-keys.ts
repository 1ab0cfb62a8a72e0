import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import forge from 'node-forge';
import type { ServiceContext } from '../../platform/context.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { institutions, institutionSeals, signingAuthorities } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { openSecret, sealSecret } from '../../platform/crypto/seal-secret.ts';
import { notFound } from '../../platform/errors.ts';

/** The city's root: its name as readers show it under "issued by". */
export const CITY_CA_NAME = '上海市职业技能等级认定电子印章根证书（技评平台）';
const CITY_CA_ID = 'city';
const CITY_CA_SUBJECT = [
  { name: 'commonName', value: CITY_CA_NAME },
  { name: 'organizationName', value: '上海市职业技能等级认定' },
  { name: 'countryName', value: 'CN' },
];
const CA_YEARS = 20;
const SEAL_YEARS = 5;
/** A signing certificate this close to its end is replaced before it signs again. */
const RENEW_BEFORE_MS = 30 * 86_400_000;

const purposeOfCa = (id: string) => `signing-authority:${id}`;
const purposeOfSeal = (institutionId: string) => `institution-seal:${institutionId}`;

export interface SigningIdentity {
  certificate: forge.pki.Certificate;
  privateKey: forge.pki.rsa.PrivateKey;
  /** The chain above it (the city root), sent inside every signature. */
  chain: forge.pki.Certificate[];
}

/** Subject attributes as UTF8String (forge encodes the text): Chinese names are not PrintableString. */
function utf8Attributes(attributes: Array<{ name: string; value: string }>): forge.pki.CertificateField[] {
  return attributes.map(({ name, value }) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class }));
}

/** RSA-2048 from node's native generator (forge's pure-JS one takes seconds). */
function newRsaKey() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return { privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey, publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey, privateKeyPem: privateKey };
}

/** A positive 128-bit serial in hex (the top bit clear, so DER does not read it as negative). */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

function addYears(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** The city root, created (and audited) the first time anything is signed. */
export async function cityAuthority(ctx: ServiceContext, masterKey: Buffer): Promise<SigningIdentity> {
  let [row] = await ctx.db.select().from(signingAuthorities).where(eq(signingAuthorities.id, CITY_CA_ID));
  if (!row) {
    const key = newRsaKey();
    const cert = forge.pki.createCertificate();
    cert.publicKey = key.publicKey;
    cert.serialNumber = randomSerial();
    const now = ctx.now();
    cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
    cert.validity.notAfter = addYears(now, CA_YEARS);
    const name = utf8Attributes(CITY_CA_SUBJECT);
    cert.setSubject(name);
    cert.setIssuer(name);
    cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
    cert.sign(key.privateKey, forge.md.sha256.create());
    const candidate = { id: CITY_CA_ID, certificatePem: forge.pki.certificateToPem(cert), privateKeySealed: sealSecret(masterKey, purposeOfCa(CITY_CA_ID), key.privateKeyPem), createdAt: now };
    await withTransaction(ctx, async (tx) => {
      // Two first signers at once: one root is kept, the other's is thrown away unused.
      const [inserted] = await tx.db.insert(signingAuthorities).values(candidate).onConflictDoNothing().returning({ id: signingAuthorities.id });
      if (inserted)
        await appendAudit(tx, {
          action: 'signingAuthority.created',
          entityType: 'signing_authority',
          entityId: CITY_CA_ID,
          after: { serial: cert.serialNumber, notAfter: cert.validity.notAfter.toISOString() },
        });
    });
    [row] = await ctx.db.select().from(signingAuthorities).where(eq(signingAuthorities.id, CITY_CA_ID));
  }
  return {
    certificate: forge.pki.certificateFromPem(row!.certificatePem),
    privateKey: forge.pki.privateKeyFromPem(openSecret(masterKey, purposeOfCa(CITY_CA_ID), row!.privateKeySealed).toString('utf8')) as forge.pki.rsa.PrivateKey,
    chain: [],
  };
}

/**
 * The institution's signing identity: its certificate from the city root (CN and O the
 * institution's name, C = CN), issued on first use and again when it nears its end or the
 * institution's name changed. Keys are made outside any transaction; the short transaction that
 * stores one only lands if nobody stored another meanwhile.
 */
export async function institutionSigningIdentity(ctx: ServiceContext, masterKey: Buffer, institutionId: string): Promise<SigningIdentity> {
  const [institution] = await ctx.db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw notFound('institution');
  const current = async () => (await ctx.db.select().from(institutionSeals).where(eq(institutionSeals.institutionId, institutionId)))[0];
  let seal = await current();
  const usable = (s: typeof seal) => !!s?.certificatePem && s.certificateSubject === institution.name && s.certificateNotAfter!.getTime() - ctx.now().getTime() > RENEW_BEFORE_MS;
  if (!usable(seal)) {
    const ca = await cityAuthority(ctx, masterKey);
    const key = newRsaKey();
    const cert = forge.pki.createCertificate();
    cert.publicKey = key.publicKey;
    cert.serialNumber = randomSerial();
    const now = ctx.now();
    cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
    cert.validity.notAfter = addYears(now, SEAL_YEARS);
    cert.setSubject(
      utf8Attributes([
        { name: 'commonName', value: institution.name },
        { name: 'organizationName', value: institution.name },
        { name: 'countryName', value: 'CN' },
      ]),
    );
    // The issuer is written from the same plain names as the root's subject (attributes read back from a PEM hold encoded bytes and would be encoded twice).
    cert.setIssuer(utf8Attributes(CITY_CA_SUBJECT));
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: ca.certificate.generateSubjectKeyIdentifier().getBytes() },
    ]);
    cert.sign(ca.privateKey, forge.md.sha256.create());
    const fields = {
      certificatePem: forge.pki.certificateToPem(cert),
      certificateSubject: institution.name,
      certificateSerial: cert.serialNumber,
      certificateNotAfter: cert.validity.notAfter,
      privateKeySealed: sealSecret(masterKey, purposeOfSeal(institutionId), key.privateKeyPem),
    };
    await withTransaction(ctx, async (tx) => {
      await tx.db.insert(institutionSeals).values({ institutionId }).onConflictDoNothing();
      const [locked] = await tx.db.select().from(institutionSeals).where(eq(institutionSeals.institutionId, institutionId)).for('update');
      if (locked!.certificateSerial !== (seal?.certificateSerial ?? null)) return; // another signer stored one first: use theirs
      await tx.db
        .update(institutionSeals)
        .set({ ...fields, version: locked!.version + 1, updatedAt: now })
        .where(eq(institutionSeals.institutionId, institutionId));
      await appendAudit(tx, {
        action: 'institutionSeal.signingCertificateIssued',
        entityType: 'institution',
        entityId: institutionId,
        before: locked!.certificateSerial ? { serial: locked!.certificateSerial } : null,
        after: { serial: fields.certificateSerial, subject: fields.certificateSubject, notAfter: fields.certificateNotAfter.toISOString() },
      });
    });
    seal = await current();
  }
  const ca = await cityAuthority(ctx, masterKey);
  return {
    certificate: forge.pki.certificateFromPem(seal!.certificatePem!),
    privateKey: forge.pki.privateKeyFromPem(openSecret(masterKey, purposeOfSeal(institutionId), seal!.privateKeySealed!).toString('utf8')) as forge.pki.rsa.PrivateKey,
    chain: [ca.certificate],
  };
}

/**
 * The identity as a PKCS#12 file (what @signpdf's signer reads), built on demand and never
 * stored: the sealed key is the one copy at rest. The passphrase only satisfies the format.
 */
export function toP12(identity: SigningIdentity, passphrase: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(identity.privateKey, [identity.certificate, ...identity.chain], passphrase, { algorithm: '3des', count: 1000, friendlyName: 'seal' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
