import { and, eq } from 'drizzle-orm';
import { type Actor, maskIdNumber, residentIdCheckChar, maskPhone, residentIdBirthDate, residentIdGender, type PersonProfile } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { institutionAgreements, personRelations, persons, userGrants, users } from '../platform/db/schema.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { toGrant } from '../platform/auth/load-actor.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { blindIndex, seal } from '../platform/crypto/pii.ts';
import { fixedClock } from '../platform/clock.ts';
import { createFiling, submitFiling, approveFiling } from '../modules/filings/index.ts';

/**
 * The Pudong enterprise's filing, made the way a real one is (drafted, submitted, approved by the
 * district), so the demo can go straight to plans and registration: 车工 levels 5 to 3 at its
 * Zhangjiang workshop. Approved when the demo is loaded, or at `approvedAt` (the clock set back)
 * when the demo also holds an earlier exam, which must fall within the filing's validity.
 */
export async function seedFiledEnterprise(tx: ServiceContext, enterpriseId: string, approvedAt?: Date) {
  const levels = [5, 4, 3];
  const clock = approvedAt ? fixedClock(approvedAt) : null;
  const then = (ctx: ServiceContext): ServiceContext => (clock ? { ...ctx, now: () => clock.now() } : ctx);
  // Acting as the demo accounts, the filing passes the same policies and audit as a real one.
  const applicant = then({ ...tx, actor: await demoActor(tx, 'enterprise-admin') });
  const reviewer = then({ ...tx, actor: await demoActor(tx, 'pudong-officer') });
  const filing = await createFiling({
    ctx: applicant,
    institutionId: enterpriseId,
    kind: 'initial',
    input: {
      scope: levels.map((level) => ({ occupationCode: '6-18-01-01', workType: '数控车工', level })),
      content: {
        examiners: [
          { name: '孙国华', certificateNo: 'KPY-2023-1501', occupationCode: '6-18-01-01', levels },
          { name: '周建平', certificateNo: 'KPY-2023-1502', occupationCode: '6-18-01-01', levels },
          { name: '吴秀兰', certificateNo: 'KPY-2023-1503', occupationCode: '6-18-01-01', levels },
        ],
        supervisors: [{ name: '郑质量', certificateNo: 'ND-1501' }],
        experts: [{ name: '钱高工', title: '高级工程师', field: '机械加工' }],
        sites: [
          {
            name: '张江实训中心',
            address: '上海市浦东新区张江路 100 号 3 号楼',
            districtCode: '310115',
            rooms: [
              { name: '理论考场 301', capacity: 40, videoMonitoring: true },
              { name: '数控实操车间', capacity: 12, videoMonitoring: true },
            ],
          },
        ],
        itemBankSource: 'national',
        itemBankNote: '使用国家题库车工（数控车工）题库',
        managementRules: '考务管理、考评人员管理、质量督导、档案管理、证书管理制度齐全。',
        employerCommitment: true,
      },
    },
  });
  const submitted = await submitFiling({ ctx: applicant, id: filing.id, input: { version: filing.version } });
  await approveFiling({ ctx: reviewer, id: filing.id, input: { version: submitted.version, reason: '材料齐全，同意备案。', institutionCode: '1501', siteSequence: '150001' } });
}

/** A demo account as an actor, for seeds and benchmarks that act as a person would. */
export async function demoActor(tx: ServiceContext, username: string): Promise<Actor> {
  const [user] = await tx.db.select().from(users).where(eq(users.username, username));
  const grants = await tx.db.select().from(userGrants).where(eq(userGrants.userId, user!.id));
  return { kind: 'user', userId: user!.id, username, displayName: user!.displayName, grants: grants.map(toGrant), locale: null };
}

export interface DemoWorker {
  /** The candidate account already linked to the worker; null: the worker has no account yet. */
  username: string | null;
  idNumber: string;
  name: string;
  phone: string | null;
  profile: PersonProfile;
  relation: { kind: 'employee'; employmentType: 'dispatched' | 'direct'; employerName: string; validFrom: string } | null;
}

/**
 * Workers for the walk-throughs: 李强, dispatched to the enterprise with a 车工 五级 certificate
 * from 2022, and 王芳, who works for another company that has not entrusted the enterprise (both
 * with their accounts linked); 陈静 and 赵敏, employees without accounts, for claiming an identity
 * by SMS code and in person. Their ID numbers are fictitious but pass the GB 11643 check.
 */
export const DEMO_WORKERS: DemoWorker[] = [
  {
    username: 'candidate-2',
    idNumber: '310115199203150011',
    name: '李强',
    phone: '13916001234',
    profile: {
      workHistory: [{ occupationCode: '6-18-01-01', employer: '上海浦江精密机械有限公司（派遣）', from: '2021-01-04', to: null, evidenceFileIds: [] }],
      certificates: [{ occupationCode: '6-18-01-01', level: 5, number: 'S000031000005012345', issuedOn: '2022-01-10', evidenceFileIds: [] }],
      diplomas: [{ kind: 'secondary_vocational', major: '数控技术应用', school: '上海市工业技术学校', graduatedOn: '2011-06-30', finalYear: false, evidenceFileIds: [] }],
      titles: [],
      apprenticeshipCompletedOn: null,
    },
    relation: { kind: 'employee', employmentType: 'dispatched', employerName: '上海东方人力资源服务有限公司', validFrom: '2021-01-04' },
  },
  {
    username: 'candidate-3',
    idNumber: '310112199508200025',
    name: '王芳',
    phone: '13816005678',
    profile: {
      workHistory: [{ occupationCode: '6-18-01-01', employer: '上海申城机电有限公司', from: '2017-07-01', to: null, evidenceFileIds: [] }],
      certificates: [{ occupationCode: '6-18-01-01', level: 5, number: 'S000031000005067890', issuedOn: '2021-06-15', evidenceFileIds: [] }],
      diplomas: [],
      titles: [],
      apprenticeshipCompletedOn: null,
    },
    relation: null,
  },
  {
    // Known to the enterprise, with a phone on record, but no account: claiming her needs the code sent to that phone.
    username: null,
    idNumber: '310115199006060025',
    name: '陈静',
    phone: '13701230025',
    profile: { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null },
    relation: { kind: 'employee', employmentType: 'direct', employerName: '', validFrom: '2015-07-01' },
  },
  {
    // Known to the enterprise without a phone: claiming him waits for confirmation in person.
    username: null,
    idNumber: '310115198801010049',
    name: '赵敏',
    phone: null,
    profile: { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null },
    relation: { kind: 'employee', employmentType: 'direct', employerName: '', validFrom: '2012-03-01' },
  },
];

/** A fictitious resident ID number that passes the GB 11643 check: the check character is computed. */
const residentId = (first17: string) => first17 + residentIdCheckChar(first17);

/** A 车工 worker of the enterprise with a 五级 certificate old enough for 四级, and no account. */
function lathe(name: string, first17: string, employmentType: 'dispatched' | 'direct', since: string, certifiedOn: string): DemoWorker {
  return {
    username: null,
    idNumber: residentId(first17),
    name,
    phone: null,
    profile: {
      workHistory: [{ occupationCode: '6-18-01-01', employer: '上海浦江精密机械有限公司', from: since, to: null, evidenceFileIds: [] }],
      certificates: [{ occupationCode: '6-18-01-01', level: 5, number: `S00003100000501${first17.slice(12, 16)}`, issuedOn: certifiedOn, evidenceFileIds: [] }],
      diplomas: [],
      titles: [],
      apprenticeshipCompletedOn: null,
    },
    relation: { kind: 'employee', employmentType, employerName: employmentType === 'dispatched' ? '上海东方人力资源服务有限公司' : '', validFrom: since },
  };
}

/** The enterprise's 车工 四级 candidates besides 李强, admitted to the demo exam (see demo-exams.ts). */
export const DEMO_LATHE_WORKERS: DemoWorker[] = [
  lathe('张伟', '31011519890510003', 'dispatched', '2016-03-01', '2019-06-28'),
  lathe('刘洋', '31011519911123005', 'direct', '2015-07-01', '2018-12-20'),
  lathe('黄磊', '31011519930802007', 'dispatched', '2017-09-01', '2020-06-30'),
  lathe('马丽', '31011519940415004', 'direct', '2016-08-15', '2019-12-27'),
];

/** Records the demo workers and their relations, and the enterprise's partner school; returns each worker's person id by name. */
export async function seedDemoWorkers(tx: ServiceContext, keyring: Keyring, enterpriseId: string): Promise<Map<string, string>> {
  const ids = await recordDemoWorkers(tx, keyring, enterpriseId, [...DEMO_WORKERS, ...DEMO_LATHE_WORKERS]);
  await seedPartnerSchool(tx, enterpriseId);
  return ids;
}

/** Records workers as persons (ID number and phone sealed), links their accounts and records their relation to the enterprise; returns each one's person id by name. */
export async function recordDemoWorkers(tx: ServiceContext, keyring: Keyring, enterpriseId: string, workers: readonly DemoWorker[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const worker of workers) {
    const [person] = await tx.db
      .insert(persons)
      .values({
        idType: 'resident_id',
        idNumberSealed: seal(keyring, 'id_number', worker.idNumber),
        idNumberBlind: blindIndex(keyring, 'id_number', `resident_id:${worker.idNumber}`),
        idNumberMasked: maskIdNumber(worker.idNumber),
        name: worker.name,
        gender: residentIdGender(worker.idNumber),
        birthDate: residentIdBirthDate(worker.idNumber)!,
        phoneSealed: worker.phone ? seal(keyring, 'phone', worker.phone) : null,
        phoneMasked: worker.phone ? maskPhone(worker.phone) : null,
        profile: worker.profile,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    ids.set(worker.name, person!.id);
    await appendAudit(tx, { action: 'person.registered', entityType: 'person', entityId: person!.id, after: { id: person!.id, name: person!.name, idNumberMasked: person!.idNumberMasked } });
    if (worker.username) {
      const [user] = await tx.db.select({ id: users.id }).from(users).where(eq(users.username, worker.username));
      await tx.db
        .update(userGrants)
        .set({ personId: person!.id })
        .where(and(eq(userGrants.userId, user!.id), eq(userGrants.role, 'candidate')));
    }
    if (worker.relation) {
      const [relation] = await tx.db
        .insert(personRelations)
        .values({ personId: person!.id, institutionId: enterpriseId, districtCode: '310115', ...worker.relation, createdAt: tx.now(), updatedAt: tx.now() })
        .returning();
      await appendAudit(tx, { action: 'relation.created', entityType: 'relation', entityId: relation!.id, after: relation });
    }
  }
  return ids;
}

async function seedPartnerSchool(tx: ServiceContext, enterpriseId: string) {
  // A partner school, so graduating-year students can be imported against a real agreement.
  const [agreement] = await tx.db
    .insert(institutionAgreements)
    .values({
      institutionId: enterpriseId,
      districtCode: '310115',
      kind: 'cooperation',
      counterpartName: '上海闵行职业技术学院',
      counterpartCreditCode: '12310112425000001',
      validFrom: '2025-09-01',
      validUntil: '2028-08-31',
      createdAt: tx.now(),
      updatedAt: tx.now(),
    })
    .returning();
  await appendAudit(tx, { action: 'agreement.created', entityType: 'agreement', entityId: agreement!.id, after: agreement });
}
