import { endpoints } from '@jiping/contracts';
import { canListFilings, PLAN_ACTIONS } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { createPlan } from './create-plan.ts';
import { transitionPlan } from './transition-plan.ts';
import { getPlan, listPlans } from './queries.ts';

const ACTION_SUMMARY: Record<(typeof PLAN_ACTIONS)[number], string> = {
  file: '报送评价计划（须提前规定的工作日数） File the plan with the district',
  acknowledge: '区人社局确认备案（可派外部督导员） Acknowledge',
  return: '退回评价计划（须说明理由） Return',
  cancel: '取消评价计划（须说明理由） Cancel',
  close: '关闭评价计划 Close',
};

export function planRoutes(router: Router) {
  router.route({
    ...endpoints.plans,
    summary: '评价计划列表 Evaluation plans in scope',
    tags: ['plans'],
    access: (actor) => canListFilings(actor),
    handler: ({ ctx }) => listPlans({ ctx }),
  });
  router.route({
    ...endpoints.plan,
    summary: '评价计划详情 Evaluation plan',
    tags: ['plans'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getPlan({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.createPlan,
    summary: '新建评价计划（草稿） Draft an evaluation plan',
    tags: ['plans'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => createPlan({ ctx, institutionId: params.id, input: body }),
  });
  for (const action of PLAN_ACTIONS) {
    router.route({
      ...endpoints.transitionPlan[action],
      summary: ACTION_SUMMARY[action],
      tags: ['plans'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params, body }) => transitionPlan({ ctx, id: params.id, action, input: body }),
    });
  }
}
