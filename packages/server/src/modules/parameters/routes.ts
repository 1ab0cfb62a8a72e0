import { z } from 'zod';
import { cataloguePolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listParameters } from './list-parameters.ts';
import { setParameter, SetParameterBody } from './set-parameter.ts';

const Value = z.union([z.number(), z.array(z.number())]);

export function parameterRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/parameters',
    summary: '规则参数（默认值、现行值与生效历史） Rule parameters',
    tags: ['parameters'],
    access: { public: 'the rules institutions are held to are public' },
    response: z.array(z.object({ key: z.string(), defaultValue: Value, source: z.string(), current: Value, history: z.array(z.object({ effectiveFrom: z.string(), value: Value, reason: z.string(), setBy: z.string() })) })),
    handler: ({ ctx }) => listParameters({ ctx }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/parameters',
    summary: '设定规则参数（自某日起生效） Set a dated parameter value',
    tags: ['parameters'],
    access: (actor) => cataloguePolicy(actor, 'editParameters'),
    body: SetParameterBody,
    response: z.object({ key: z.string(), effectiveFrom: z.string(), value: Value }),
    status: 201,
    handler: ({ ctx, body }) => setParameter({ ctx, input: body }),
  });
}
