import { eq, inArray } from 'drizzle-orm';
import type { ChecklistLine } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { inspectionItems, inspectorConflicts, inspectors, users } from '../platform/db/schema.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { addFinding, confirmInspection, createInspection, publishInspection, saveChecklist, saveConclusion, startInspection, submitInspection } from '../modules/inspections/index.ts';
import { demoActor } from './demo-enterprise.ts';

/** The checklist of the demo's routine supervision item (人社职司便函〔2020〕53号; Shanghai 2024 notice). */
export const DEMO_CHECKLIST: ChecklistLine[] = [
  { key: 'scope', label: '在备案范围内开展评价（职业、工种、等级）', basis: '上海市人力资源和社会保障局 2024 年通知 第五条' },
  { key: 'site', label: '考场与备案考点一致，视频监控运行正常', basis: '人社职司便函〔2020〕53号' },
  { key: 'staffing', label: '考评人员、督导人员配备及回避符合要求', basis: '人社职司便函〔2020〕53号' },
  { key: 'records', label: '考务档案（签到表、试卷、评分记录）齐全', basis: '人社职司便函〔2020〕53号' },
  { key: 'certificates', label: '证书发放与数据报送及时、准确', basis: '人社职司便函〔2020〕17号' },
];

export const DEMO_ITEM_CODE = 'DD-01';

/** The demo registry: one item, the three inspector accounts, and one inspector without an account who declared a conflict with the enterprise. */
const DEMO_INSPECTORS = [
  { username: 'inspector-1', name: '陈明', certificateNumber: '沪人社执 310000-0001', districtCode: null },
  { username: 'inspector-2', name: '刘芳', certificateNumber: '沪人社执 310000-0002', districtCode: null },
  { username: 'inspector-3', name: '赵磊', certificateNumber: '沪人社执 310115-0003', districtCode: '310115' },
  { username: null, name: '周正', certificateNumber: '沪人社执 310115-0004', districtCode: '310115' },
] as const;

/**
 * The registry rows the demo inspections need, reused when they already exist (the registry's own
 * seed may have made them): an inspector account is matched by its user, an item by its code.
 */
export async function ensureDemoInspectionRegistry(tx: ServiceContext, enterpriseId: string) {
  let [item] = await tx.db.select().from(inspectionItems).where(eq(inspectionItems.code, DEMO_ITEM_CODE));
  if (!item) {
    [item] = await tx.db
      .insert(inspectionItems)
      .values({
        code: DEMO_ITEM_CODE,
        name: '评价机构日常督导检查',
        legalBasis: '人社职司便函〔2020〕53号《技能人才评价质量督导工作规程（试行）》',
        checklist: DEMO_CHECKLIST,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, { action: 'inspection_item.created', entityType: 'inspection_item', entityId: item!.id, after: item });
  }
  const accounts = await tx.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        DEMO_INSPECTORS.flatMap((i) => (i.username ? [i.username] : [])),
      ),
    );
  const ids: Record<string, string> = {};
  for (const demo of DEMO_INSPECTORS) {
    const userId = accounts.find((a) => a.username === demo.username)?.id ?? null;
    const [existing] = await tx.db
      .select({ id: inspectors.id })
      .from(inspectors)
      .where(userId ? eq(inspectors.userId, userId) : eq(inspectors.certificateNumber, demo.certificateNumber));
    let id = existing?.id;
    if (!id) {
      const [row] = await tx.db
        .insert(inspectors)
        .values({
          userId,
          name: demo.name,
          certificateNumber: demo.certificateNumber,
          field: '职业技能等级认定',
          departmentKind: demo.districtCode ? 'district' : 'city',
          districtCode: demo.districtCode,
          createdAt: tx.now(),
          updatedAt: tx.now(),
        })
        .returning();
      id = row!.id;
      await appendAudit(tx, { action: 'inspector.created', entityType: 'inspector', entityId: id, after: row });
    }
    ids[demo.name] = id;
  }
  await tx.db
    .insert(inspectorConflicts)
    .values({ inspectorId: ids['周正']!, institutionId: enterpriseId, reason: '曾任该企业技能评价负责人（2023 年离职）', createdAt: tx.now() })
    .onConflictDoNothing();
  return { itemId: item!.id, inspectors: ids };
}

/**
 * Supervision in the demo, made through the use cases as the demo accounts: a routine inspection
 * of the enterprise by the Pudong bureau, worked by 陈明 and 刘芳, completed and published (so the
 * public results page has content), and a second one assigned to 陈明 and 赵磊, waiting for
 * inspector-1 to start it. About a dozen short statements: start-up does not notice.
 */
export async function seedDemoInspections(tx: ServiceContext, enterpriseId: string) {
  const registry = await ensureDemoInspectionRegistry(tx, enterpriseId);
  const as = async (username: string): Promise<ServiceContext> => ({ ...tx, actor: await demoActor(tx, username) });
  const officer = await as('pudong-officer');
  const [chen, liu] = [await as('inspector-1'), await as('inspector-2')];
  let inspection = await createInspection({
    ctx: officer,
    input: {
      kind: 'routine',
      institutionId: enterpriseId,
      inspectionItemId: registry.itemId,
      methods: ['onsite', 'document_retrieval'],
      title: '2026 年第一季度评价机构日常督导',
      inspectorIds: [registry.inspectors['陈明']!, registry.inspectors['刘芳']!],
    },
  });
  inspection = await startInspection({ ctx: chen, id: inspection.id, input: { version: inspection.version } });
  inspection = await saveChecklist({
    ctx: chen,
    id: inspection.id,
    input: {
      version: inspection.version,
      entries: DEMO_CHECKLIST.map((line) => (line.key === 'certificates' ? { key: line.key, answer: 'not_applicable' as const, note: '本季度尚未发证' } : { key: line.key, answer: 'pass' as const })),
    },
  });
  inspection = await addFinding({ ctx: liu, id: inspection.id, input: { checklistKey: 'records', description: '考务档案齐全，建议签到表增加监考人员签名栏。' } });
  inspection = await saveConclusion({ ctx: liu, id: inspection.id, input: { version: inspection.version, conclusion: 'compliant', summary: '评价活动在备案范围内开展，考场、人员与档案符合要求。' } });
  inspection = await submitInspection({ ctx: chen, id: inspection.id, input: { version: inspection.version } });
  await confirmInspection({ ctx: chen, id: inspection.id });
  inspection = await confirmInspection({ ctx: liu, id: inspection.id });
  await publishInspection({
    ctx: officer,
    id: inspection.id,
    input: { version: inspection.version, withheld: [], publishedSummary: '经现场检查和调取资料，该机构评价活动在备案范围内开展，考场、考评人员与考务档案符合要求，检查结论为合规。' },
  });
  await createInspection({
    ctx: officer,
    input: {
      kind: 'special',
      institutionId: enterpriseId,
      inspectionItemId: registry.itemId,
      methods: ['onsite', 'data_comparison'],
      title: '车工（数控车工）评价质量专项督导',
      inspectorIds: [registry.inspectors['陈明']!, registry.inspectors['赵磊']!],
    },
  });
}
