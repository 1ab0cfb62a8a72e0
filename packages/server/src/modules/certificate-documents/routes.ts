import { endpoints, IdParams } from '@jiping/contracts';
import { institutionSealPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { assertMayUploadSeal, readSeal, uploadSeal } from './upload-seal.ts';
import { SEAL_IMAGE_LIMITS } from './seal-image.ts';

const TAGS = ['certificate-documents'];

/**
 * The seal routes. Certificate PDFs are served by the certificates module's download routes,
 * which authorise and then call `certificatePdf` / `certificatesPdf` / `certificatesZip`.
 */
export function certificateDocumentRoutes(router: Router) {
  router.route({
    ...endpoints.uploadInstitutionSeal,
    summary: '上传机构电子印章图片（PNG，≤512 KB，100–2000 像素；multipart 字段 file） Upload the institution seal image',
    tags: TAGS,
    access: (actor) => institutionSealPolicy(actor, 'upload'),
    handler: async ({ ctx, params, request }) => {
      // Who may, before the upload is read.
      await assertMayUploadSeal(ctx, params.id);
      const { content } = await receiveFile(request, SEAL_IMAGE_LIMITS.maxBytes);
      return uploadSeal({ ctx, institutionId: params.id, content });
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/institutions/:id/seal',
    summary: '机构电子印章图片（未上传时 404：证书使用系统生成的印章） The institution seal image',
    tags: TAGS,
    access: (actor) => institutionSealPolicy(actor, 'read'),
    params: IdParams,
    response: null,
    raw: { contentType: 'image/png' },
    handler: async ({ ctx, params, reply }) => {
      const image = await readSeal({ ctx, institutionId: params.id });
      return reply.header('cache-control', 'private, no-cache').type('image/png').send(image);
    },
  });
}
