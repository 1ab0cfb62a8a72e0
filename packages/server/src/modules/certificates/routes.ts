import { endpoints } from '@jiping/contracts';
import { canListCertificates } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { listCertificates, myCertificates } from './list-certificates.ts';
import { getCertificate } from './get-certificate.ts';
import { planCertificates } from './plan-certificates.ts';
import { issueCertificates } from './issue-certificates.ts';
import { revokeCertificate } from './revoke-certificate.ts';
import { correctCertificate } from './correct-certificate.ts';
import type { AfterCertificateChunk } from './write-certificates.ts';

export interface CertificateRouteOptions {
  /** Seals the credentials of certificates once their chunk has committed (issue and correction). */
  afterChunk?: AfterCertificateChunk;
}

/** The certificate routes; `certificateRoutesWith` lets start-up pass what runs after each committed chunk. */
export function certificateRoutesWith({ afterChunk }: CertificateRouteOptions = {}) {
  return (router: Router, _deps: AppDeps) => {
    router.route({
      ...endpoints.certificates,
      summary: '证书一览（本机构或监管范围内） Certificates in scope',
      tags: ['certificates'],
      access: (actor) => canListCertificates(actor),
      handler: ({ ctx, query }) => listCertificates({ ctx, input: query }),
    });
    router.route({
      ...endpoints.myCertificates,
      summary: '我的证书 My certificates',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx }) => myCertificates({ ctx }),
    });
    router.route({
      ...endpoints.certificate,
      summary: '证书详情与记录（颁发、撤销、更正换发） One certificate with its history',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params }) => getCertificate({ ctx, id: params.id }),
    });
    router.route({
      ...endpoints.planCertificates,
      summary: '评价计划的合格人员与发证情况 A plan’s results and their certificates',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params }) => planCertificates({ ctx, planId: params.id }),
    });
    router.route({
      ...endpoints.issueCertificates,
      summary: '为结果已确定的计划批量发证（谁评价、谁发证） Issue certificates for a plan',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      status: 201,
      handler: ({ ctx, params, body }) => issueCertificates({ ctx, planId: params.id, input: body, afterChunk }),
    });
    router.route({
      ...endpoints.revokeCertificate,
      summary: '撤销证书（须说明理由） Revoke a certificate',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params, body }) => revokeCertificate({ ctx, id: params.id, input: body }),
    });
    router.route({
      ...endpoints.correctCertificate,
      summary: '更正证书：换发新证，原证作废（须说明理由） Correct a certificate',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      status: 201,
      handler: ({ ctx, params, body }) => correctCertificate({ ctx, id: params.id, input: body, afterChunk }),
    });
  };
}

export const certificateRoutes = certificateRoutesWith();
