import { endpoints } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { registerOrganization } from './register-organization.ts';

export function organizationRoutes(router: Router, { keyring }: AppDeps) {
  router.route({
    ...endpoints.registerOrganization,
    summary: '机构注册（法人、评价机构与管理员账号） Register an organisation',
    tags: ['organizations'],
    access: { public: 'organisations register themselves before they have an account' },
    status: 201,
    handler: ({ ctx, body }) => registerOrganization({ ctx, keyring, input: body }),
  });
}
