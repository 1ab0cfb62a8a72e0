import { endpoints, IdParams } from '@jiping/contracts';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { listSigningKeys, rotateSigningKey } from './manage-signing-keys.ts';
import { cityDidDocument, cityJwks, institutionDidDocument, institutionJwks } from './publish-keys.ts';
import { currentStatusList } from './status-list.ts';
import { STATUS_LIST_TTL_MS } from './vc/credential.ts';

const PUBLISHED = 'public keys and revocation lists are published so anyone can verify a certificate';

export function credentialRoutes(router: Router, { keyring, config }: AppDeps) {
  const { publicUrl } = config;
  router.route({
    ...endpoints.signingKeys,
    summary: '机构的证书签名密钥（仅公钥信息） Credential signing keys of an institution',
    tags: ['credentials'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listSigningKeys({ ctx, institutionId: params.id }),
  });
  router.route({
    ...endpoints.rotateSigningKey,
    summary: '轮换证书签名密钥（旧密钥签发的证书仍有效） Rotate the signing key',
    tags: ['credentials'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => rotateSigningKey({ ctx, keyring, publicUrl, institutionId: params.id }),
  });
  router.route({
    ...endpoints.cityJwks,
    summary: '市人社局根密钥（JWKS，核验信任起点） The city root keys',
    tags: ['public'],
    access: { public: PUBLISHED },
    handler: ({ ctx }) => cityJwks(ctx, keyring, publicUrl),
  });
  router.route({
    ...endpoints.cityDid,
    summary: '市人社局 DID 文档（did:web） The city DID document',
    tags: ['public'],
    access: { public: PUBLISHED },
    handler: ({ ctx }) => cityDidDocument(ctx, keyring, publicUrl),
  });
  router.route({
    ...endpoints.institutionJwks,
    summary: '机构签名公钥及市人社局背书（JWKS） Institution keys with the city endorsements',
    tags: ['public'],
    access: { public: PUBLISHED },
    handler: ({ ctx, params }) => institutionJwks(ctx, params.id),
  });
  router.route({
    ...endpoints.institutionDid,
    summary: '机构 DID 文档（did:web） Institution DID document',
    tags: ['public'],
    access: { public: PUBLISHED },
    handler: ({ ctx, params }) => institutionDidDocument(ctx, publicUrl, params.id),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/public/status-lists/:id',
    summary: '机构证书撤销状态列表（Bitstring Status List，VC-JOSE） Revocation status list',
    tags: ['public'],
    access: { public: PUBLISHED },
    params: IdParams,
    response: null,
    raw: { contentType: 'application/vc+jwt' },
    handler: async ({ ctx, params, reply }) => {
      const jws = await currentStatusList(ctx, keyring, publicUrl, params.id);
      return reply
        .header('cache-control', `public, max-age=${STATUS_LIST_TTL_MS / 1000}`)
        .type('application/vc+jwt')
        .send(jws);
    },
  });
}
