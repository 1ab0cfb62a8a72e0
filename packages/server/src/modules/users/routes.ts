import { userPolicy } from '@jiping/domain';
import { UserListQuery, UserPage } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { listUsers } from './list-users.ts';

export function userRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/users',
    summary: '账号列表 Accounts',
    tags: ['users'],
    access: (actor) => userPolicy(actor, 'list'),
    query: UserListQuery,
    response: UserPage,
    handler: ({ ctx, query }) => listUsers({ ctx, input: query }),
  });
}
