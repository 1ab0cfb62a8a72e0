import { endpoints } from '@jiping/contracts';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { fixedWindowLimiter } from '../../platform/http/rate-limit.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { blindIndex } from '../../platform/crypto/pii.ts';
import { AppError } from '../../platform/errors.ts';
import { XLSX_CONTENT_TYPE } from '../../platform/files/row-error-report.ts';
import { getCertificateStatus } from './certificate-status.ts';
import { bulkVerify, verificationTemplateXlsx } from './bulk-verify.ts';
import { checkCredential } from './check-credential.ts';

/** Look-ups per client address and minute: a phone scanning a pile of certificates, not a crawler. */
const LOOKUPS_PER_MINUTE = 60;
/** Bulk lists per client address and hour: an employer's intake, not a sweep. */
const BULK_PER_HOUR = 20;
/** A list of at most 500 numbers and names is a few dozen KB; 2 MB leaves room for styling. */
const MAX_LIST_BYTES = 2 * 1024 * 1024;

const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function verificationRoutes(router: Router, { keyring, config }: AppDeps) {
  const lookups = fixedWindowLimiter({ limit: LOOKUPS_PER_MINUTE, windowMs: 60_000, messageKey: 'verification.tooManyLookups' });
  const bulk = fixedWindowLimiter({ limit: BULK_PER_HOUR, windowMs: 3_600_000, messageKey: 'verification.bulk.tooMany' });
  // Addresses are kept only as keyed hashes, as everywhere a limit needs them.
  const client = (ip: string) => blindIndex(keyring, 'client_address', ip);

  router.route({
    ...endpoints.publicCertificate,
    summary: '证书核验（公开；姓名为第二要素，未提供时姓名脱敏） Verify a certificate by number',
    tags: ['public'],
    access: { public: 'anyone holding a certificate number may check its standing' },
    handler: ({ ctx, params, query, request }) => {
      lookups.take(client(request.ip), ctx.now());
      return getCertificateStatus({ ctx, number: params.number, input: query });
    },
  });
  router.route({
    ...endpoints.checkCredential,
    summary: '核验电子凭证（粘贴或上传；以平台公布的密钥与状态列表核验） Verify a pasted credential',
    tags: ['public'],
    access: { public: 'anyone holding a credential may check it' },
    handler: ({ ctx, body, request }) => {
      lookups.take(client(request.ip), ctx.now());
      return checkCredential({ ctx, keyring, publicUrl: config.publicUrl, input: body });
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/public/certificates/verifications/template.xlsx',
    summary: '批量核验名单模板 Template of a bulk verification list',
    tags: ['public'],
    access: { public: 'the template holds no data' },
    response: null,
    raw: { contentType: XLSX_CONTENT_TYPE },
    handler: async ({ reply }) =>
      reply
        .header('content-disposition', attachment('证书批量核验名单.xlsx'))
        .type(XLSX_CONTENT_TYPE)
        .send(await verificationTemplateXlsx()),
  });
  router.route({
    method: 'POST',
    url: '/api/v1/public/certificates/verifications',
    summary: '批量核验证书（上传 .xlsx：证书编号、姓名；返回逐行结果 .xlsx） Bulk verification',
    tags: ['public'],
    access: { public: 'employers check the certificates of people they know by name, one list at a time' },
    upload: true,
    response: null,
    raw: { contentType: XLSX_CONTENT_TYPE },
    handler: async ({ ctx, request, reply }) => {
      bulk.take(client(request.ip), ctx.now());
      const { content } = await receiveFile(request, MAX_LIST_BYTES);
      if (content.length > MAX_LIST_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'verification.bulk.tooLarge', { max: '2 MB' });
      const result = await bulkVerify({ ctx, content });
      return reply.header('content-disposition', attachment('证书核验结果.xlsx')).header('cache-control', 'no-store').type(XLSX_CONTENT_TYPE).send(result);
    },
  });
}
