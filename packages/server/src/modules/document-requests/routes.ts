import { endpoints, FollowUpFileParams } from '@jiping/contracts';
import { canListSupervisionRequests } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { AppError } from '../../platform/errors.ts';
import { maxUploadBytes } from '../../platform/files/inspection-upload.ts';
import { listDocumentRequests } from './list-document-requests.ts';
import { downloadDocumentFile, getDocumentRequest } from './read-document-request.ts';
import { createDocumentRequest } from './create-document-request.ts';
import { assertMayUploadDocument, uploadDocumentFile } from './upload-document-file.ts';
import { stepDocumentRequest } from './decide-document-request.ts';

/** Who may act depends on the inspection (its inspectors and department) or the institution, so each use case decides after loading it. */
export function documentRequestRoutes(router: Router, { files, config }: AppDeps) {
  router.route({
    ...endpoints.documentRequests,
    summary: '调取资料通知列表（按状态、逾期、区、机构、检查筛选） Document requests in scope',
    tags: ['supervision'],
    access: (actor) => canListSupervisionRequests(actor),
    handler: ({ ctx, query }) => listDocumentRequests({ ctx, input: query }),
  });
  router.route({
    ...endpoints.documentRequest,
    summary: '调取资料详情、已提交文件与经过 One document request',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getDocumentRequest({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.createDocumentRequest,
    summary: '向被检查机构调取资料（1–20 项材料与期限） Ask the institution for materials',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => createDocumentRequest({ ctx, inspectionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.uploadDocumentRequestFile,
    summary: '上传调取的资料（PDF/图片/XLSX/DOCX/ZIP ≤50 MB，MP4 视频 ≤200 MB，按内容识别） Upload a requested file',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      await assertMayUploadDocument(ctx, params.id);
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'catalogue.multipartRequired');
      const part = await request.file({ limits: { fileSize: maxUploadBytes('materials') + 1, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'upload.fileMissing');
      return uploadDocumentFile({ ctx, files, dataDir: config.dataDir, requestId: params.id, file: { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated } });
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/document-requests/:id/files/:fileId',
    summary: '下载调取的资料（每次下载记入审计） Download a requested file',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    params: FollowUpFileParams,
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ ctx, params, reply }) => {
      const file = await downloadDocumentFile({ ctx, files, id: params.id, fileId: params.fileId });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  });
  router.route({
    ...endpoints.answerDocumentRequest,
    summary: '提交调取的资料（须已上传文件） Mark the request answered',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => stepDocumentRequest({ ctx, id: params.id, step: 'answer', input: body }),
  });
  router.route({
    ...endpoints.closeDocumentRequest,
    summary: '办结调取资料 Close the request',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => stepDocumentRequest({ ctx, id: params.id, step: 'close', input: body }),
  });
}
