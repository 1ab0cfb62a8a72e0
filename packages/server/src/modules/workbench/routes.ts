import { endpoints } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { getWorkbench } from './get-workbench.ts';

export function workbenchRoutes(router: Router) {
  router.route({
    ...endpoints.workbench,
    summary: '工作台待办 What waits for me',
    tags: ['workbench'],
    // Every signed-in user has a workbench; each count is narrowed to the actor's own scope in SQL.
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, query }) => getWorkbench({ ctx, input: query }),
  });
}
