import { eq } from 'drizzle-orm';
import type { ChecklistLine } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { inspectionItems, inspectors } from '../platform/db/schema.ts';
import { addFinding, confirmInspection, createInspection, publishInspection, saveChecklist, saveConclusion, startInspection, submitInspection } from '../modules/inspections/index.ts';
import { demoActor } from './demo-enterprise.ts';
import { DEMO_INSPECTION_ITEMS } from './demo-supervision.ts';

/** The item the demo inspections use: the registry's 评价机构日常管理检查 (seed/demo-supervision.ts). */
export const DEMO_ITEM_CODE = 'JCSX-01';
export const DEMO_CHECKLIST: ChecklistLine[] = DEMO_INSPECTION_ITEMS.find((item) => item.code === DEMO_ITEM_CODE)!.checklist.map((line) => ({ ...line }));

/** The registry rows the demo inspections use, made by the registry's seed: the item and the inspectors by name. */
async function demoInspectionRegistry(tx: ServiceContext) {
  const [item] = await tx.db.select({ id: inspectionItems.id }).from(inspectionItems).where(eq(inspectionItems.code, DEMO_ITEM_CODE));
  const rows = await tx.db.select({ id: inspectors.id, name: inspectors.name }).from(inspectors);
  return { itemId: item!.id, inspectors: Object.fromEntries(rows.map((row) => [row.name, row.id])) as Record<string, string> };
}

/**
 * Supervision in the demo, made through the use cases as the demo accounts: a routine inspection
 * of the enterprise by the Pudong bureau, worked by 陈明 and 刘芳, completed and published (so the
 * public results page has content), and a second one assigned to 陈明 and 刘芳, waiting for
 * inspector-1 to start it. About a dozen short statements: start-up does not notice.
 */
export async function seedDemoInspections(tx: ServiceContext, enterpriseId: string) {
  const registry = await demoInspectionRegistry(tx);
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
      entries: DEMO_CHECKLIST.map((line) =>
        line.key === 'fees' ? { key: line.key, answer: 'not_applicable' as const, note: '企业自主评价，不向职工收费' } : { key: line.key, answer: 'pass' as const },
      ),
    },
  });
  inspection = await addFinding({ ctx: liu, id: inspection.id, input: { checklistKey: 'archive', description: '考务档案齐全，建议签到表增加监考人员签名栏。' } });
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
      inspectorIds: [registry.inspectors['陈明']!, registry.inspectors['刘芳']!],
    },
  });
}
