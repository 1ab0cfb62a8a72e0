import { institutionPolicy } from '@jiping/domain';
import { DistrictParams, InstitutionDetail, InstitutionIdParams, InstitutionListQuery, InstitutionPage } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { listInstitutions } from './list-institutions.ts';
import { getInstitution } from './get-institution.ts';

export function institutionRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/institutions',
    summary: '评价机构列表（按管辖范围） Institutions in scope',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    query: InstitutionListQuery,
    response: InstitutionPage,
    handler: ({ ctx, query }) => listInstitutions({ ctx, input: query }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/institutions/:id',
    summary: '评价机构详情 Institution detail',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    params: InstitutionIdParams,
    response: InstitutionDetail,
    handler: ({ ctx, params }) => getInstitution({ ctx, id: params.id }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/districts/:code/institutions',
    summary: '某区的评价机构 Institutions registered in a district',
    tags: ['institutions'],
    access: (actor) => institutionPolicy(actor, 'list'),
    params: DistrictParams,
    query: InstitutionListQuery.omit({ district: true }),
    response: InstitutionPage,
    handler: ({ ctx, params, query }) => listInstitutions({ ctx, input: { ...query, district: params.code } }),
  });
}
