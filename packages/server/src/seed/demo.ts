import { eq } from 'drizzle-orm';
import { creditCodeCheckChar, type Grant } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { institutions, occupationLevels, occupations, occupationWorkTypes, organizations, systemState, userGrants, users } from '../platform/db/schema.ts';
import { withTransaction } from '../platform/db/transaction.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { readSampleOccupations } from './sample-occupations.ts';
import { seedDemoWorkers, seedFiledEnterprise } from './demo-enterprise.ts';
import { seedDemoStaff } from './demo-staff.ts';
import { seedDemoSupervision } from './demo-supervision.ts';
import { seedDemoExam } from './demo-exams.ts';
import { demoFilingApprovedAt, seedDemoCertificates } from './demo-certificates.ts';
import { seedDemoInspections } from './demo-inspections.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { organizationAuditView } from '../modules/organizations/index.ts';

const DEMO_MARK = 'demo_seeded';

/** Credit codes for the demo organisations, with a correct GB 32100 check character. */
const code = (first17: string) => first17 + creditCodeCheckChar(first17);

const DEMO_ORGANIZATIONS = [
  {
    key: 'enterprise',
    org: { creditCode: code('91310115MA1FL0001'), name: '上海浦江精密机械有限公司', kind: 'enterprise', districtCode: '310115', address: '上海市浦东新区张江路 100 号', legalRepresentative: '王建国' },
    institution: { name: '上海浦江精密机械有限公司（企业技能人才自主评价）', category: 'employer' },
  },
  {
    key: 'social',
    org: {
      creditCode: code('51310101MJ0000011'),
      name: '上海市黄浦区职业技能培训评价协会',
      kind: 'association',
      districtCode: '310101',
      address: '上海市黄浦区西藏中路 200 号',
      legalRepresentative: '李秀英',
    },
    institution: { name: '上海市黄浦区职业技能培训评价协会', category: 'social' },
  },
  {
    key: 'school',
    org: { creditCode: code('12310112425000001'), name: '上海闵行职业技术学院', kind: 'school', districtCode: '310112', address: '上海市闵行区沪闵路 300 号', legalRepresentative: '张志明' },
    institution: { name: '上海闵行职业技术学院（院校职业技能等级认定）', category: 'school' },
  },
] as const;

type DemoGrant = Grant extends infer G ? (G extends { institutionId: string } ? Omit<G, 'institutionId'> & { institution: (typeof DEMO_ORGANIZATIONS)[number]['key'] } : G) : never;

export const DEMO_ACCOUNTS: Array<{ username: string; displayName: string; grant: DemoGrant }> = [
  { username: 'city-admin', displayName: '市人社局管理员', grant: { role: 'municipal_admin' } },
  { username: 'huangpu-officer', displayName: '黄浦区人社局经办人', grant: { role: 'district_officer', districtCode: '310101' } },
  { username: 'pudong-officer', displayName: '浦东新区人社局经办人', grant: { role: 'district_officer', districtCode: '310115' } },
  { username: 'minhang-officer', displayName: '闵行区人社局经办人', grant: { role: 'district_officer', districtCode: '310112' } },
  { username: 'industry-officer', displayName: '市经信委行业经办人', grant: { role: 'industry_officer', occupationCodes: ['6-18-01-01', '6-31-01-03'] } },
  { username: 'inspector-1', displayName: '督导员 陈明', grant: { role: 'inspector' } },
  { username: 'inspector-2', displayName: '督导员 刘芳', grant: { role: 'inspector' } },
  { username: 'inspector-3', displayName: '督导员 赵磊', grant: { role: 'inspector' } },
  { username: 'enterprise-admin', displayName: '浦江精密 评价管理员', grant: { role: 'institution_admin', institution: 'enterprise' } },
  { username: 'enterprise-examiner', displayName: '浦江精密 考评员 孙国华', grant: { role: 'examiner', institution: 'enterprise' } },
  { username: 'enterprise-examiner-2', displayName: '浦江精密 考评员 周建平', grant: { role: 'examiner', institution: 'enterprise' } },
  { username: 'enterprise-examiner-3', displayName: '浦江精密 考评员 吴秀兰', grant: { role: 'examiner', institution: 'enterprise' } },
  { username: 'enterprise-supervisor', displayName: '浦江精密 内部督导员 郑质量', grant: { role: 'examiner', institution: 'enterprise' } },
  { username: 'social-admin', displayName: '黄浦评价协会 管理员', grant: { role: 'institution_admin', institution: 'social' } },
  { username: 'social-examiner', displayName: '黄浦评价协会 考评员', grant: { role: 'examiner', institution: 'social' } },
  { username: 'school-admin', displayName: '闵行职院 认定管理员', grant: { role: 'institution_admin', institution: 'school' } },
  { username: 'school-examiner', displayName: '闵行职院 考评员', grant: { role: 'examiner', institution: 'school' } },
  { username: 'candidate-1', displayName: '考生 周小川', grant: { role: 'candidate', personId: null } },
  { username: 'candidate-2', displayName: '考生 李强（浦江精密派遣工）', grant: { role: 'candidate', personId: null } },
  { username: 'candidate-3', displayName: '考生 王芳（申城机电职工）', grant: { role: 'candidate', personId: null } },
  { username: 'candidate-4', displayName: '考生（待实名核验）', grant: { role: 'candidate', personId: null } },
];

export interface DemoOptions {
  password: string;
  production: boolean;
  /** Seals the demo workers' ID numbers and phones like any other person's. */
  keyring: Keyring;
  /** Also seeds today's 车工 四级 exam (demo-exams.ts); off where a test builds its own exams from an empty slate. */
  exam?: boolean;
  /**
   * Also seeds an earlier 车工 五级 exam with its certificates issued, sealed and one revoked
   * (demo-certificates.ts; the filing is then approved 120 days back); off where a test numbers
   * its own certificates from an empty slate.
   */
  certificates?: boolean;
  /** The platform's public address, which the sealed credentials name (needed with `certificates`). */
  publicUrl?: string;
}

/**
 * Loads the demo world once: sample catalogue, one institution of each kind, and an account for
 * every role. Refused in production, where accounts with a shared password must not exist.
 * Returns false when the demo was already loaded.
 */
export async function seedDemo(ctx: ServiceContext, options: DemoOptions): Promise<boolean> {
  if (options.production) throw new Error('演示数据不能在生产环境加载 (demo data is refused when NODE_ENV=production)');
  const [seeded] = await ctx.db.select().from(systemState).where(eq(systemState.key, DEMO_MARK));
  if (seeded) return false;
  // Hash outside the transaction: argon2 is deliberately slow and must not hold locks.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(options.password)));
  await withTransaction(ctx, async (tx) => {
    await seedSampleCatalogue(tx);
    const institutionIds = new Map<string, string>();
    for (const demo of DEMO_ORGANIZATIONS) {
      const [org] = await tx.db.insert(organizations).values(demo.org).returning();
      const [institution] = await tx.db
        .insert(institutions)
        .values({ ...demo.institution, organizationId: org!.id, districtCode: demo.org.districtCode })
        .returning();
      institutionIds.set(demo.key, institution!.id);
      await appendAudit(tx, { action: 'organization.created', entityType: 'organization', entityId: org!.id, after: organizationAuditView(org!) });
      await appendAudit(tx, { action: 'institution.created', entityType: 'institution', entityId: institution!.id, after: institution });
    }
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      const [user] = await tx.db
        .insert(users)
        .values({ username: account.username, displayName: account.displayName, passwordHash: hashes[index]! })
        .returning({ id: users.id, username: users.username, displayName: users.displayName });
      const grant = account.grant;
      await tx.db.insert(userGrants).values({
        userId: user!.id,
        role: grant.role,
        districtCode: 'districtCode' in grant ? grant.districtCode : null,
        institutionId: 'institution' in grant ? institutionIds.get(grant.institution)! : null,
        occupationCodes: 'occupationCodes' in grant ? [...grant.occupationCodes] : [],
        personId: 'personId' in grant ? grant.personId : null,
      });
      await appendAudit(tx, { action: 'user.created', entityType: 'user', entityId: user!.id, after: { ...user, role: grant.role } });
    }
    const certificates = options.certificates ?? true;
    await seedFiledEnterprise(tx, institutionIds.get('enterprise')!, certificates ? demoFilingApprovedAt(tx.now()) : undefined);
    const workers = await seedDemoWorkers(tx, options.keyring, institutionIds.get('enterprise')!);
    await seedDemoStaff(tx, options.keyring, institutionIds.get('enterprise')!);
    await seedDemoSupervision(tx, institutionIds);
    if (options.exam ?? true) await seedDemoExam(tx, institutionIds.get('enterprise')!, workers);
    if (certificates) {
      if (!options.publicUrl) throw new Error('演示证书需要平台地址 (the demo certificates need publicUrl)');
      await seedDemoCertificates(tx, institutionIds.get('enterprise')!, { keyring: options.keyring, publicUrl: options.publicUrl, personIds: workers });
    }
    await seedDemoInspections(tx, institutionIds.get('enterprise')!);
    await tx.db.insert(systemState).values({ key: DEMO_MARK, value: { at: tx.now().toISOString() } });
    await appendAudit(tx, { action: 'system.demo_seeded', entityType: 'system', entityId: DEMO_MARK });
  });
  return true;
}

async function seedSampleCatalogue(ctx: ServiceContext) {
  const sample = readSampleOccupations();
  await ctx.db.insert(occupations).values(sample.map(({ code, nameZh, verified, note }) => ({ code, nameZh, verified, note })));
  const workTypes = sample.flatMap((o) => o.workTypes.map((name) => ({ occupationCode: o.code, name })));
  if (workTypes.length) await ctx.db.insert(occupationWorkTypes).values(workTypes);
  await ctx.db.insert(occupationLevels).values(sample.flatMap((o) => o.levels.map((level) => ({ occupationCode: o.code, level }))));
  await appendAudit(ctx, {
    action: 'catalogue.sample_loaded',
    entityType: 'occupation',
    after: sample,
    detail: { count: sample.length },
  });
}
