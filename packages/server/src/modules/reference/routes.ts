import { z } from 'zod';
import { District, Occupation } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import { listDistricts, listOccupations } from './queries.ts';

export function referenceRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/districts',
    summary: '上海市行政区划 Districts',
    tags: ['reference'],
    access: { public: 'administrative divisions are public reference data' },
    response: z.array(District),
    handler: ({ ctx }) => listDistricts({ ctx }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/occupations',
    summary: '可备案职业（工种）目录 Registrable occupations',
    tags: ['reference'],
    access: { public: 'the registrable catalogue is published nationally' },
    response: z.array(Occupation),
    handler: ({ ctx }) => listOccupations({ ctx }),
  });
}
