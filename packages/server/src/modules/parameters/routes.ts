import { endpoints } from '@jiping/contracts';
import { cataloguePolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listParameters } from './list-parameters.ts';
import { setParameter } from './set-parameter.ts';

export function parameterRoutes(router: Router) {
  router.route({
    ...endpoints.parameters,
    summary: '规则参数（默认值、现行值与生效历史） Rule parameters',
    tags: ['parameters'],
    access: { public: 'the rules institutions are held to are public' },
    handler: ({ ctx }) => listParameters({ ctx }),
  });

  router.route({
    ...endpoints.setParameter,
    summary: '设定规则参数（自某日起生效） Set a dated parameter value',
    tags: ['parameters'],
    access: (actor) => cataloguePolicy(actor, 'editParameters'),
    status: 201,
    handler: ({ ctx, body }) => setParameter({ ctx, input: body }),
  });
}
