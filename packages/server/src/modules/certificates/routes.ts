import { endpoints, IdParams } from '@jiping/contracts';
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
import { downloadCertificatePdf, downloadCredential, downloadPlanCertificates, type DocumentDeps } from './download-documents.ts';
import { sealCredentials } from '../credentials/index.ts';

const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export interface CertificateRouteOptions {
  /** Seals the credentials of certificates once their chunk has committed (issue and correction). */
  afterChunk?: AfterCertificateChunk;
}

/** The certificate routes; `certificateRoutesWith` lets start-up pass what runs after each committed chunk. */
export function certificateRoutesWith({ afterChunk }: CertificateRouteOptions = {}) {
  return (router: Router, { keyring, config }: AppDeps) => {
    // Each committed chunk is signed at once, outside the chunk's transaction; the seal-credentials job catches any left behind.
    const seal: AfterCertificateChunk =
      afterChunk ??
      (async (ctx, ids) => {
        await sealCredentials(ctx, keyring, config.publicUrl, ids);
      });
    const documents: DocumentDeps = { keyring, publicUrl: config.publicUrl, seal };
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
      handler: ({ ctx, params, body }) => issueCertificates({ ctx, planId: params.id, input: body, afterChunk: seal }),
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
      handler: ({ ctx, params, body }) => correctCertificate({ ctx, id: params.id, input: body, afterChunk: seal }),
    });
    router.route({
      method: 'GET',
      url: '/api/v1/certificates/:id/certificate.pdf',
      summary: '下载电子证书（PDF，机构电子印章签名；持证人或发证机构） Download the signed certificate PDF',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      params: IdParams,
      response: null,
      raw: { contentType: 'application/pdf' },
      handler: async ({ ctx, params, reply }) => {
        const pdf = await downloadCertificatePdf({ ctx, deps: documents, id: params.id });
        return reply.header('content-disposition', attachment(pdf.fileName)).header('cache-control', 'no-store').type('application/pdf').send(Buffer.from(pdf.bytes));
      },
    });
    router.route({
      method: 'GET',
      url: '/api/v1/certificates/:id/credential.json',
      summary: '下载电子凭证文件（可离线核验：npx jiping verify） Download the verifiable credential file',
      tags: ['certificates'],
      access: ALLOW_SIGNED_IN,
      params: IdParams,
      response: null,
      raw: { contentType: 'application/json' },
      handler: async ({ ctx, params, reply }) => {
        const file = await downloadCredential({ ctx, keyring, publicUrl: config.publicUrl, id: params.id });
        return reply.header('content-disposition', attachment(file.fileName)).header('cache-control', 'no-store').type('application/json').send(file.content);
      },
    });
    for (const format of ['pdf', 'zip'] as const) {
      router.route({
        method: 'GET',
        url: `/api/v1/plans/:id/certificates.${format}`,
        summary:
          format === 'pdf'
            ? '批量下载计划的电子证书（合并为一个 PDF） All of a plan’s certificates as one PDF'
            : '批量下载计划的电子证书（zip，每本一个签名 PDF） All of a plan’s certificates as a zip',
        tags: ['certificates'],
        access: ALLOW_SIGNED_IN,
        params: IdParams,
        response: null,
        raw: { contentType: format === 'pdf' ? 'application/pdf' : 'application/zip' },
        handler: async ({ ctx, params, reply }) => {
          const file = await downloadPlanCertificates({ ctx, deps: documents, planId: params.id, format });
          const body = file.content instanceof Uint8Array ? Buffer.from(file.content) : file.content;
          return reply
            .header('content-disposition', attachment(file.fileName))
            .header('cache-control', 'no-store')
            .type(format === 'pdf' ? 'application/pdf' : 'application/zip')
            .send(body);
        },
      });
    }
  };
}

export const certificateRoutes = certificateRoutesWith();
