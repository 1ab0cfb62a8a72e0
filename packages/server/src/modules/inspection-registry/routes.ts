import { endpoints } from '@jiping/contracts';
import { ALLOW, canAddInspectors, canReadInspectionItems, canReadSupervisionRegistries, canSetRiskClass, canWriteInspectionItems, deny, hasRole, UNAUTHENTICATED, type Actor } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { getInspectionItem, listInspectionItems } from './list-inspection-items.ts';
import { createInspectionItem } from './create-inspection-item.ts';
import { updateInspectionItem } from './update-inspection-item.ts';
import { setInspectionItemActive } from './set-inspection-item-active.ts';
import { getInspector, listInspectors } from './list-inspectors.ts';
import { getMyInspectorRecord } from './inspector-of-user.ts';
import { listInspectorAccounts } from './list-inspector-accounts.ts';
import { createInspector } from './create-inspector.ts';
import { updateInspector } from './update-inspector.ts';
import { setInspectorActive } from './set-inspector-active.ts';
import { declareInspectorConflict } from './declare-conflict.ts';
import { withdrawInspectorConflict } from './withdraw-conflict.ts';
import { getParty, listParties } from './list-parties.ts';
import { setRiskClass } from './set-risk-class.ts';

const inspectorsOnly = (actor: Actor) => (actor.kind === 'anonymous' ? UNAUTHENTICATED : hasRole(actor, 'inspector') ? ALLOW : deny('policy.inspectionRegistry.inspectorsOnly'));

/**
 * 检查名录库. Route gates are the coarse policies (who reads, who may write at all); which
 * inspector a district officer keeps, and whose conflicts an inspector declares, is decided by the
 * use case once the record is loaded.
 */
export function inspectionRegistryRoutes(router: Router, _deps: AppDeps) {
  const tags = ['inspection-registry'];
  router.route({
    ...endpoints.inspectionItems,
    summary: '检查事项清单 Inspectable items with their checklists',
    tags,
    access: canReadInspectionItems,
    handler: ({ ctx, query }) => listInspectionItems({ ctx, input: query }),
  });
  router.route({
    ...endpoints.inspectionItem,
    summary: '检查事项 One inspectable item',
    tags,
    access: canReadInspectionItems,
    handler: ({ ctx, params }) => getInspectionItem({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.createInspectionItem,
    summary: '新增检查事项（市级） Add an inspectable item',
    tags,
    access: canWriteInspectionItems,
    status: 201,
    handler: ({ ctx, body }) => createInspectionItem({ ctx, input: body }),
  });
  router.route({
    ...endpoints.updateInspectionItem,
    summary: '修改检查事项及其检查表（市级） Edit an inspectable item',
    tags,
    access: canWriteInspectionItems,
    handler: ({ ctx, params, body }) => updateInspectionItem({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.deactivateInspectionItem,
    summary: '停用检查事项（须说明理由） Deactivate an inspectable item',
    tags,
    access: canWriteInspectionItems,
    handler: ({ ctx, params, body }) => setInspectionItemActive({ ctx, id: params.id, active: false, input: body }),
  });
  router.route({
    ...endpoints.reactivateInspectionItem,
    summary: '恢复检查事项（须说明理由） Reactivate an inspectable item',
    tags,
    access: canWriteInspectionItems,
    handler: ({ ctx, params, body }) => setInspectionItemActive({ ctx, id: params.id, active: true, input: body }),
  });
  router.route({
    ...endpoints.inspectors,
    summary: '执法检查人员名录 The inspector registry',
    tags,
    access: canReadSupervisionRegistries,
    handler: ({ ctx, query }) => listInspectors({ ctx, input: query }),
  });
  router.route({
    ...endpoints.myInspectorRecord,
    summary: '本人的督导员名录信息与回避申报 My inspector record',
    tags,
    access: inspectorsOnly,
    handler: ({ ctx }) => getMyInspectorRecord({ ctx }),
  });
  router.route({
    ...endpoints.inspectorAccounts,
    summary: '可关联的督导员账号 Inspector accounts not yet in the registry',
    tags,
    access: canAddInspectors,
    handler: ({ ctx, query }) => listInspectorAccounts({ ctx, input: query }),
  });
  router.route({ ...endpoints.inspector, summary: '督导员详情与回避 One inspector', tags, access: canReadSupervisionRegistries, handler: ({ ctx, params }) => getInspector({ ctx, id: params.id }) });
  router.route({
    ...endpoints.createInspector,
    summary: '新增督导员（市级任意部门，区级本区） Add an inspector',
    tags,
    access: canAddInspectors,
    status: 201,
    handler: ({ ctx, body }) => createInspector({ ctx, input: body }),
  });
  router.route({
    ...endpoints.updateInspector,
    summary: '修改督导员信息 Edit an inspector',
    tags,
    access: canAddInspectors,
    handler: ({ ctx, params, body }) => updateInspector({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.deactivateInspector,
    summary: '停用督导员（须说明理由） Deactivate an inspector',
    tags,
    access: canAddInspectors,
    handler: ({ ctx, params, body }) => setInspectorActive({ ctx, id: params.id, active: false, input: body }),
  });
  router.route({
    ...endpoints.reactivateInspector,
    summary: '恢复督导员（须说明理由） Reactivate an inspector',
    tags,
    access: canAddInspectors,
    handler: ({ ctx, params, body }) => setInspectorActive({ ctx, id: params.id, active: true, input: body }),
  });
  router.route({
    ...endpoints.declareInspectorConflict,
    summary: '申报回避（督导员本人或名录维护部门） Declare a conflict',
    tags,
    access: canReadInspectionItems,
    status: 201,
    handler: ({ ctx, params, body }) => declareInspectorConflict({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.withdrawInspectorConflict,
    summary: '撤回回避申报（须说明理由） Withdraw a conflict',
    tags,
    access: canReadInspectionItems,
    handler: ({ ctx, params, body }) => withdrawInspectorConflict({ ctx, id: params.id, conflictId: params.conflictId, input: body }),
  });
  router.route({
    ...endpoints.inspectionParties,
    summary: '受检对象名录（按管辖范围） The party registry in scope',
    tags,
    access: canReadSupervisionRegistries,
    handler: ({ ctx, query }) => listParties({ ctx, input: query }),
  });
  router.route({
    ...endpoints.inspectionParty,
    summary: '受检对象详情与风险分类记录 One party with its risk class history',
    tags,
    access: canReadSupervisionRegistries,
    handler: ({ ctx, params }) => getParty({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.setPartyRiskClass,
    summary: '设定风险分类（市级，须说明依据） Set a party’s risk class',
    tags,
    access: canSetRiskClass,
    handler: ({ ctx, params, body }) => setRiskClass({ ctx, id: params.id, input: body }),
  });
}
