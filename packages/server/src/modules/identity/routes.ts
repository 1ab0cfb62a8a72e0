import { endpoints } from '@jiping/contracts';
import { canClaimIdentity, canManageAccountLinks, identityClaimPolicy, smsOutboxPolicy } from '@jiping/domain';
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

export function identityRoutes(router: Router, { keyring, sms }: AppDeps) {
  router.route({
    ...endpoints.ownClaim,
    summary: '本人实名核验状态（考生） Where my identity claim stands',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: ({ ctx }) => getOwnClaim({ ctx, sms }),
  });

  router.route({
    ...endpoints.claimIdentity,
    summary: '申请实名绑定：新证件号立即绑定；已登记的证件号须短信验证码或现场核验 Claim an identity',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: async ({ ctx, body, reply }) => {
      const view = await claimIdentity({ ctx, keyring, sms, input: body });
      reply.code(view.status === 'verified' ? 201 : 202);
      return view;
    },
  });

  router.route({
    ...endpoints.verifyIdentityCode,
    summary: '输入短信验证码完成绑定 Enter the code',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: ({ ctx, body }) => verifyIdentityCode({ ctx, keyring, sms, input: body }),
  });

  router.route({
    ...endpoints.resendIdentityCode,
    summary: '重新发送验证码（每分钟一次，每次申请至多 5 次） Send the code again',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: ({ ctx }) => resendIdentityCode({ ctx, keyring, sms }),
  });

  router.route({
    ...endpoints.requestInPerson,
    summary: '改为现场核验 Ask to be confirmed in person',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: ({ ctx }) => requestInPerson({ ctx, sms }),
  });

  router.route({
    ...endpoints.cancelOwnClaim,
    summary: '撤销尚未核验的申请 Withdraw a claim not yet verified',
    tags: ['identity'],
    access: canClaimIdentity,
    handler: ({ ctx }) => cancelOwnClaim({ ctx, sms }),
  });

  router.route({
    ...endpoints.identityClaims,
    summary: '待现场核验的实名绑定申请（本辖区/有关系的人员） Claims to confirm in person',
    tags: ['identity'],
    access: (actor) => identityClaimPolicy(actor, 'list'),
    handler: ({ ctx, query }) => listIdentityClaims({ ctx, query }),
  });

  router.route({
    ...endpoints.decideIdentityClaim,
    summary: '现场核验：确认或不予确认（须填写说明，留痕） Confirm or refuse in person',
    tags: ['identity'],
    access: (actor) => identityClaimPolicy(actor, 'list'),
    handler: ({ ctx, params, body }) => decideIdentityClaim({ ctx, id: params.id, input: body }),
  });

  router.route({
    ...endpoints.unlinkAccount,
    summary: '解除账号的实名绑定（经办人，须填写原因，留痕） Unlink an account from its person',
    tags: ['identity'],
    access: canManageAccountLinks,
    handler: ({ ctx, params, body }) => unlinkAccount({ ctx, keyring, userId: params.id, input: body }),
  });

  if (sms?.channel === 'outbox') {
    router.route({
      ...endpoints.smsOutbox,
      summary: '开发环境短信发件箱（未配置短信网关时，验证码在此查看） Development SMS outbox',
      tags: ['identity'],
      access: smsOutboxPolicy,
      handler: ({ ctx }) => listSmsOutbox({ ctx }),
    });
  }
}
