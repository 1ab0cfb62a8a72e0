import { endpoints, FilingAttachmentParams } from '@jiping/contracts';
import { canListFilings, type Actor } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { AppError } from '../../platform/errors.ts';
import { addAttachment, MAX_ATTACHMENT_BYTES } from './add-attachment.ts';
import { readAttachment } from './read-attachment.ts';
import { createFiling } from './create-filing.ts';
import { updateFiling } from './update-filing.ts';
import { submitFiling } from './submit-filing.ts';
import { approveFiling } from './approve-filing.ts';
import { decideFiling, type ReasonedAction } from './decide-filing.ts';
import { setDemonstration } from './set-demonstration.ts';
import { getFiling, listFilings } from './queries.ts';

const listAccess = (actor: Actor) => canListFilings(actor);

export function filingRoutes(router: Router, { files }: AppDeps) {
  router.route({
    ...endpoints.addFilingAttachment,
    summary: '上传备案附件（PDF/PNG/JPEG，≤10 MB；multipart 字段 purpose 与 file） Upload an attachment',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'catalogue.multipartRequired');
      const part = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'catalogue.fileMissing');
      const content = await part.toBuffer();
      const purpose = (part.fields.purpose as { value?: string } | undefined)?.value ?? 'other';
      return addAttachment({ ctx, files, filingId: params.id, purpose, fileName: part.filename, content });
    },
  });

  router.route({
    method: 'GET',
    url: '/api/v1/filings/:id/attachments/:attachmentId',
    summary: '下载备案附件 Download an attachment',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingAttachmentParams,
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ ctx, params, reply }) => {
      const file = await readAttachment({ ctx, files, filingId: params.id, attachmentId: params.attachmentId });
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  });

  router.route({
    ...endpoints.filings,
    summary: '备案申请列表（审核队列） Filings in scope',
    tags: ['filings'],
    access: listAccess,
    handler: ({ ctx, query }) => listFilings({ ctx, input: query }),
  });

  router.route({
    ...endpoints.filing,
    summary: '备案详情、时间线与可执行操作 Filing detail',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getFiling({ ctx, id: params.id }),
  });

  for (const kind of ['initial', 'amendment', 'renewal'] as const) {
    const endpoint = { initial: endpoints.createFiling, amendment: endpoints.createAmendment, renewal: endpoints.createRenewal }[kind];
    router.route({
      ...endpoint,
      summary: { initial: '新建备案申请（草稿）', amendment: '新建变更申请（草稿）', renewal: '新建延续申请（草稿）' }[kind],
      tags: ['filings'],
      access: ALLOW_SIGNED_IN,
      status: 201,
      handler: ({ ctx, params, body }) => createFiling({ ctx, institutionId: params.id, kind, input: body ?? undefined }),
    });
  }

  router.route({
    ...endpoints.updateFiling,
    summary: '保存草稿或退回的申请 Save a draft',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => updateFiling({ ctx, id: params.id, input: body }),
  });

  router.route({
    ...endpoints.submitFiling,
    summary: '提交或重新提交审核 Submit for review',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => submitFiling({ ctx, id: params.id, input: body }),
  });

  router.route({
    ...endpoints.approveFiling,
    summary: '审核通过（分配备案编号、证书编号段与有效期） Approve',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => approveFiling({ ctx, id: params.id, input: body }),
  });

  const reasoned: Record<ReasonedAction, string> = {
    return: '退回修改（须说明理由） Return for correction',
    reject: '不予备案（须说明理由） Reject',
    suspend: '暂停备案 Suspend',
    restore: '恢复备案 Restore',
    terminate: '终止备案 Terminate',
    withdraw: '撤回申请 Withdraw an application',
  };
  for (const [action, summary] of Object.entries(reasoned) as Array<[ReasonedAction, string]>) {
    router.route({
      ...endpoints.decideFiling[action],
      summary,
      tags: ['filings'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params, body }) => decideFiling({ ctx, id: params.id, action, input: body }),
    });
  }

  router.route({
    ...endpoints.setDemonstration,
    summary: '认定/取消示范性社会培训评价组织 Demonstration designation',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => setDemonstration({ ctx, institutionId: params.id, input: body }),
  });
}
