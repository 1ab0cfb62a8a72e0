import { endpoints } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { listDistricts, listOccupations } from './queries.ts';

export function referenceRoutes(router: Router) {
  router.route({
    ...endpoints.districts,
    summary: '上海市行政区划 Districts',
    tags: ['reference'],
    access: { public: 'administrative divisions are public reference data' },
    handler: ({ ctx }) => listDistricts({ ctx }),
  });

  router.route({
    ...endpoints.occupations,
    summary: '可备案职业（工种）目录 Registrable occupations',
    tags: ['reference'],
    access: { public: 'the registrable catalogue is published nationally' },
    handler: ({ ctx }) => listOccupations({ ctx }),
  });
}
