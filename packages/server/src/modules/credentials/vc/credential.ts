import { createHash, randomBytes } from 'node:crypto';
import { LEVEL_LABELS, type Level } from '@jiping/domain';
import { institutionDid, statusListUrl, verifyPageUrl } from './addresses.ts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** What a certificate's credential states, as copied onto the certificate row at issuance (plus the holder's ID number, only to be hashed). */
export interface CertificateFacts {
  number: string;
  institutionId: string;
  institutionName: string;
  holderName: string;
  idNumber: string;
  occupationCode: string;
  occupationName: string;
  workType: string;
  level: number;
  issueDate: string;
  statusListIndex: number;
}

/** OB3 IdentityObject hash: `sha256$` + hex(sha256(value + salt)). A verifier who is shown the ID number recomputes it. */
export function identityHash(value: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(value + salt)
    .digest('hex')}`;
}

export function achievementName(facts: Pick<CertificateFacts, 'occupationName' | 'workType' | 'level'>): string {
  const level = LEVEL_LABELS[facts.level as Level];
  return `${facts.occupationName}${facts.workType ? `（${facts.workType}）` : ''} ${level['zh-CN']} ${level['en-US']}`;
}

/**
 * The certificate as a W3C VC 2.0 OpenBadgeCredential (OB 3.0). The ID number appears only as a
 * salted SHA-256 hash (a fresh salt per credential, so two credentials of one person cannot be
 * linked by their hashes); the holder's name is an IdentityObject of type `name`, not hashed,
 * because the certificate shows it anyway. `iat` (seconds) records when it was signed, which the
 * verifier compares with the signing key's retirement.
 */
export function certificateCredential(publicUrl: string, facts: CertificateFacts, signedAt: Date, salt = randomBytes(16).toString('hex')) {
  const issuer = institutionDid(publicUrl, facts.institutionId);
  const list = statusListUrl(publicUrl, facts.institutionId);
  const level = LEVEL_LABELS[facts.level as Level];
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: verifyPageUrl(publicUrl, facts.number),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `职业技能等级证书 Vocational Skill Level Certificate ${facts.number}`,
    issuer: { id: issuer, type: ['Profile'], name: facts.institutionName },
    validFrom: `${facts.issueDate}T00:00:00+08:00`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: identityHash(facts.idNumber, salt), salt },
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.holderName },
      ],
      licenseNumber: facts.number,
      achievement: {
        id: `urn:jiping:achievement:${facts.occupationCode}:${encodeURIComponent(facts.workType)}:${facts.level}`,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: achievementName(facts),
        description: `职业技能等级认定 ${facts.occupationCode} ${level['zh-CN']}`,
        criteria: { narrative: '经职业技能等级认定，理论知识与操作技能考核成绩合格（国家职业标准）。 Passed the theory and skill assessments of the national occupational standard.' },
        fieldOfStudy: facts.occupationCode,
      },
      result: [{ type: ['Result'], value: `${level['zh-CN']} ${level['en-US']}` }],
    },
    credentialStatus: {
      id: `${list}#${facts.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(facts.statusListIndex),
      statusListCredential: list,
    },
    iat: Math.floor(signedAt.getTime() / 1000),
  };
}

export type CertificateCredential = ReturnType<typeof certificateCredential>;

/** Lifetime of a status list credential: verifiers refetch after `ttl`, and must not rely on one past `validUntil`. */
export const STATUS_LIST_TTL_MS = 5 * 60_000;
export const STATUS_LIST_VALIDITY_MS = 60 * 60_000;

export function statusListCredential(publicUrl: string, institution: { id: string; name: string }, encodedList: string, signedAt: Date) {
  const list = statusListUrl(publicUrl, institution.id);
  return {
    '@context': [VC_CONTEXT],
    id: list,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: institutionDid(publicUrl, institution.id), name: institution.name },
    validFrom: signedAt.toISOString(),
    validUntil: new Date(signedAt.getTime() + STATUS_LIST_VALIDITY_MS).toISOString(),
    credentialSubject: { id: `${list}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList, ttl: STATUS_LIST_TTL_MS },
    iat: Math.floor(signedAt.getTime() / 1000),
  };
}
