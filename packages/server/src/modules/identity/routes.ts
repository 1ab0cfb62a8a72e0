import { z } from 'zod';
import { canClaimIdentity, canManageAccountLinks, identityClaimPolicy, smsOutboxPolicy } from '@jiping/domain';
import { ClaimIdentityBody, DecideIdentityClaimBody, IdentityClaimQuery, IdentityClaimView, PendingIdentityClaim, SmsOutboxItem, UnlinkAccountBody, VerifyIdentityCodeBody } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { claimIdentity } from './claim-identity.ts';
import { getOwnClaim } from './own-claim.ts';
import { verifyIdentityCode } from './verify-identity-code.ts';
import { resendIdentityCode } from './resend-identity-code.ts';
import { requestInPerson } from './request-in-person.ts';
import { cancelOwnClaim } from './cancel-own-claim.ts';
import { listIdentityClaims } from './list-identity-claims.ts';
import { decideIdentityClaim } from './decide-identity-claim.ts';
import { unlinkAccount } from './unlink-account.ts';
import { listSmsOutbox } from './list-sms-outbox.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const CLAIM = '/api/v1/people/me/identity-claim';

export function identityRoutes(router: Router, { keyring, sms }: AppDeps) {
  router.route({
    method: 'GET',
    url: CLAIM,
    summary: '本人实名核验状态（考生） Where my identity claim stands',
    tags: ['identity'],
    access: canClaimIdentity,
    response: IdentityClaimView,
    handler: ({ ctx }) => getOwnClaim({ ctx, sms }),
  });

  router.route({
    method: 'POST',
    url: CLAIM,
    summary: '申请实名绑定：新证件号立即绑定；已登记的证件号须短信验证码或现场核验 Claim an identity',
    tags: ['identity'],
    access: canClaimIdentity,
    body: ClaimIdentityBody,
    response: IdentityClaimView,
    handler: async ({ ctx, body, reply }) => {
      const view = await claimIdentity({ ctx, keyring, sms, input: body });
      reply.code(view.status === 'verified' ? 201 : 202);
      return view;
    },
  });

  router.route({
    method: 'POST',
    url: `${CLAIM}/verify`,
    summary: '输入短信验证码完成绑定 Enter the code',
    tags: ['identity'],
    access: canClaimIdentity,
    body: VerifyIdentityCodeBody,
    response: IdentityClaimView,
    handler: ({ ctx, body }) => verifyIdentityCode({ ctx, keyring, sms, input: body }),
  });

  router.route({
    method: 'POST',
    url: `${CLAIM}/resend`,
    summary: '重新发送验证码（每分钟一次，每次申请至多 5 次） Send the code again',
    tags: ['identity'],
    access: canClaimIdentity,
    response: IdentityClaimView,
    handler: ({ ctx }) => resendIdentityCode({ ctx, keyring, sms }),
  });

  router.route({
    method: 'POST',
    url: `${CLAIM}/in-person`,
    summary: '改为现场核验 Ask to be confirmed in person',
    tags: ['identity'],
    access: canClaimIdentity,
    response: IdentityClaimView,
    handler: ({ ctx }) => requestInPerson({ ctx, sms }),
  });

  router.route({
    method: 'DELETE',
    url: CLAIM,
    summary: '撤销尚未核验的申请 Withdraw a claim not yet verified',
    tags: ['identity'],
    access: canClaimIdentity,
    response: IdentityClaimView,
    handler: ({ ctx }) => cancelOwnClaim({ ctx, sms }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/identity-claims',
    summary: '待现场核验的实名绑定申请（本辖区/有关系的人员） Claims to confirm in person',
    tags: ['identity'],
    access: (actor) => identityClaimPolicy(actor, 'list'),
    query: IdentityClaimQuery,
    response: z.object({ items: z.array(PendingIdentityClaim) }),
    handler: ({ ctx, query }) => listIdentityClaims({ ctx, query }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/identity-claims/:id/decision',
    summary: '现场核验：确认或不予确认（须填写说明，留痕） Confirm or refuse in person',
    tags: ['identity'],
    access: (actor) => identityClaimPolicy(actor, 'list'),
    params: IdParams,
    body: DecideIdentityClaimBody,
    response: z.object({ id: z.uuid(), status: z.string(), version: z.number().int() }),
    handler: ({ ctx, params, body }) => decideIdentityClaim({ ctx, id: params.id, input: body }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/users/:id/person-link/unlink',
    summary: '解除账号的实名绑定（经办人，须填写原因，留痕） Unlink an account from its person',
    tags: ['identity'],
    access: canManageAccountLinks,
    params: IdParams,
    body: UnlinkAccountBody,
    response: z.object({ userId: z.uuid(), linked: z.boolean() }),
    handler: ({ ctx, params, body }) => unlinkAccount({ ctx, keyring, userId: params.id, input: body }),
  });

  if (sms?.channel === 'outbox') {
    router.route({
      method: 'GET',
      url: '/api/v1/dev/sms-outbox',
      summary: '开发环境短信发件箱（未配置短信网关时，验证码在此查看） Development SMS outbox',
      tags: ['identity'],
      access: smsOutboxPolicy,
      response: z.object({ items: z.array(SmsOutboxItem) }),
      handler: ({ ctx }) => listSmsOutbox({ ctx }),
    });
  }
}
