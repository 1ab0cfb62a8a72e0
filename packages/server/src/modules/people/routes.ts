import { z } from 'zod';
import { personPolicy } from '@jiping/domain';
import { PersonIdentity, PersonView, RegisterPersonBody, RegisterPersonResult } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { registerPerson } from './register-person.ts';
import { getPerson, revealPerson } from './get-person.ts';

const PersonParams = z.strictObject({ id: z.uuid() });

export function peopleRoutes(router: Router, { keyring }: AppDeps) {
  router.route({
    method: 'POST',
    url: '/api/v1/people',
    summary: '登记人员（按证件号去重，已存在则返回原记录） Register a person',
    tags: ['people'],
    access: (actor) => personPolicy(actor, 'create'),
    body: RegisterPersonBody,
    response: RegisterPersonResult,
    handler: async ({ ctx, body, reply }) => {
      const result = await registerPerson({ ctx, keyring, input: body });
      if (result.created) reply.code(201);
      return result;
    },
  });

  router.route({
    method: 'GET',
    url: '/api/v1/people/:id',
    summary: '人员信息（证件号、手机号脱敏） A person, masked',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    params: PersonParams,
    response: PersonView,
    handler: ({ ctx, params }) => getPerson({ ctx, id: params.id }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/people/:id/reveal',
    summary: '查看完整证件号与手机号（留痕） Reveal full identity (audited)',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    params: PersonParams,
    response: PersonIdentity,
    handler: ({ ctx, params }) => revealPerson({ ctx, keyring, id: params.id }),
  });
}
