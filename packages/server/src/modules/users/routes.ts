import { endpoints } from '@jiping/contracts';
import { userPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listUsers } from './list-users.ts';

export function userRoutes(router: Router) {
  router.route({
    ...endpoints.users,
    summary: '账号列表 Accounts',
    tags: ['users'],
    access: (actor) => userPolicy(actor, 'list'),
    handler: ({ ctx, query }) => listUsers({ ctx, input: query }),
  });
}
