import { endpoints } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { getDirectoryEntry, searchDirectory } from './directory.ts';

export function publicRoutes(router: Router) {
  router.route({
    ...endpoints.publicInstitutions,
    summary: '机构名录（公开） Public directory of filed institutions',
    tags: ['public'],
    access: { public: 'the directory of filed institutions is published' },
    handler: ({ ctx, query }) => searchDirectory({ ctx, input: query }),
  });

  router.route({
    ...endpoints.publicInstitution,
    summary: '机构名录详情（公开） Public directory entry',
    tags: ['public'],
    access: { public: 'the directory of filed institutions is published' },
    handler: ({ ctx, params }) => getDirectoryEntry({ ctx, institutionId: params.id }),
  });
}
