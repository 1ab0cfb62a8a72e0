import { endpoints } from '@jiping/contracts';
import { institutionPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listInstitutions } from './list-institutions.ts';
import { getInstitution } from './get-institution.ts';

export function institutionRoutes(router: Router) {
  router.route({
    ...endpoints.institutions,
    summary: '评价机构列表（按管辖范围） Institutions in scope',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    handler: ({ ctx, query }) => listInstitutions({ ctx, input: query }),
  });

  router.route({
    ...endpoints.institution,
    summary: '评价机构详情 Institution detail',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    handler: ({ ctx, params }) => getInstitution({ ctx, id: params.id }),
  });

  router.route({
    ...endpoints.districtInstitutions,
    summary: '某区的评价机构 Institutions registered in a district',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    handler: ({ ctx, params, query }) => listInstitutions({ ctx, input: { ...query, district: params.code } }),
  });
}
