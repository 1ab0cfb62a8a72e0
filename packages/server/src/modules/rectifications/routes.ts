import { endpoints, FollowUpFileParams } from '@jiping/contracts';
import { canListSupervisionRequests } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { AppError } from '../../platform/errors.ts';
import { maxUploadBytes } from '../../platform/files/inspection-upload.ts';
import { listRectifications } from './list-rectifications.ts';
import { downloadRectificationFile, getRectification } from './read-rectification.ts';
import { getInspectionFollowUp } from './inspection-follow-up.ts';
import { orderRectification } from './order-rectification.ts';
import { assertMayUploadEvidence, uploadRectificationFile } from './upload-rectification-file.ts';
import { respondRectification } from './respond-rectification.ts';
import { decideRectification } from './decide-rectification.ts';
import { getSupervisionRecord } from './institution-record.ts';
import { decideSanction } from './decide-sanction.ts';

/** Who may act depends on the inspection (its inspectors and department) or the institution, so each use case decides after loading it. */
export function rectificationRoutes(router: Router, { files, config }: AppDeps) {
  router.route({
    ...endpoints.rectifications,
    summary: '整改通知列表（按状态、逾期、区、机构、检查筛选） Rectification orders in scope',
    tags: ['supervision'],
    access: (actor) => canListSupervisionRequests(actor),
    handler: ({ ctx, query }) => listRectifications({ ctx, input: query }),
  });
  router.route({
    ...endpoints.rectification,
    summary: '整改通知详情、整改材料与处理经过 One rectification order',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getRectification({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.inspectionFollowUp,
    summary: '检查的整改通知与调取资料 Rectification orders and document requests of an inspection',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getInspectionFollowUp({ ctx, inspectionId: params.id }),
  });
  router.route({
    ...endpoints.orderRectification,
    summary: '下达整改通知（整改要求与期限） Order rectification',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => orderRectification({ ctx, inspectionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.uploadRectificationFile,
    summary: '上传整改材料（PDF/PNG/JPEG，≤10 MB，按内容识别） Upload rectification evidence',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      await assertMayUploadEvidence(ctx, params.id);
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'catalogue.multipartRequired');
      const part = await request.file({ limits: { fileSize: maxUploadBytes('evidence') + 1, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'upload.fileMissing');
      return uploadRectificationFile({ ctx, files, dataDir: config.dataDir, orderId: params.id, file: { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated } });
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/rectifications/:id/files/:fileId',
    summary: '下载整改材料（每次下载记入审计） Download rectification evidence',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    params: FollowUpFileParams,
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ ctx, params, reply }) => {
      const file = await downloadRectificationFile({ ctx, files, id: params.id, fileId: params.fileId });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  });
  router.route({
    ...endpoints.respondRectification,
    summary: '提交整改情况（须已上传整改材料） Respond to a rectification order',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => respondRectification({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.acceptRectification,
    summary: '整改验收通过 Accept the rectification',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => decideRectification({ ctx, id: params.id, decision: 'accept', input: body }),
  });
  router.route({
    ...endpoints.reopenRectification,
    summary: '整改不合格，退回重新整改（须说明理由） Reopen the rectification',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => decideRectification({ ctx, id: params.id, decision: 'reopen', input: body }),
  });
  router.route({
    ...endpoints.institutionSupervisionRecord,
    summary: '机构的整改与处理记录（未结、逾期整改数与处理决定） An institution’s supervision record',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getSupervisionRecord({ ctx, institutionId: params.id }),
  });
  router.route({
    ...endpoints.decideSanction,
    summary: '作出约谈、暂停备案或终止备案决定（须说明理由） Decide a sanction',
    tags: ['supervision'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => decideSanction({ ctx, institutionId: params.id, input: body }),
  });
}
