import { z } from 'zod';
import { canListFilings, type Actor } from '@jiping/domain';
import {
  ApproveBody,
  CreateFilingBody,
  DecisionBody,
  DemonstrationBody,
  FilingDetail,
  FilingIdParams,
  FilingListQuery,
  FilingPage,
  InstitutionFilingParams,
  UpdateFilingBody,
  VersionBody,
} from '@jiping/contracts';
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

const Created = z.object({ id: z.uuid(), status: z.string(), version: z.number().int() });
const Changed = Created;
const listAccess = (actor: Actor) => canListFilings(actor);

export function filingRoutes(router: Router, { files }: AppDeps) {
  router.route({
    method: 'POST',
    url: '/api/v1/filings/:id/attachments',
    summary: '上传备案附件（PDF/PNG/JPEG，≤10 MB；multipart 字段 purpose 与 file） Upload an attachment',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingIdParams,
    response: z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() }),
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
    params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }),
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
    method: 'GET',
    url: '/api/v1/filings',
    summary: '备案申请列表（审核队列） Filings in scope',
    tags: ['filings'],
    access: listAccess,
    query: FilingListQuery,
    response: FilingPage,
    handler: ({ ctx, query }) => listFilings({ ctx, input: query }),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/filings/:id',
    summary: '备案详情、时间线与可执行操作 Filing detail',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingIdParams,
    response: FilingDetail,
    handler: ({ ctx, params }) => getFiling({ ctx, id: params.id }),
  });

  for (const kind of ['initial', 'amendment', 'renewal'] as const) {
    const path = { initial: 'filings', amendment: 'amendments', renewal: 'renewals' }[kind];
    router.route({
      method: 'POST',
      url: `/api/v1/institutions/:id/${path}`,
      summary: { initial: '新建备案申请（草稿）', amendment: '新建变更申请（草稿）', renewal: '新建延续申请（草稿）' }[kind],
      tags: ['filings'],
      access: ALLOW_SIGNED_IN,
      params: InstitutionFilingParams,
      body: kind === 'initial' ? CreateFilingBody : CreateFilingBody.optional(),
      response: Created,
      status: 201,
      handler: ({ ctx, params, body }) => createFiling({ ctx, institutionId: params.id, kind, input: body ?? undefined }),
    });
  }

  router.route({
    method: 'PUT',
    url: '/api/v1/filings/:id',
    summary: '保存草稿或退回的申请 Save a draft',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingIdParams,
    body: UpdateFilingBody,
    response: Changed,
    handler: ({ ctx, params, body }) => updateFiling({ ctx, id: params.id, input: body }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/filings/:id/submit',
    summary: '提交或重新提交审核 Submit for review',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingIdParams,
    body: VersionBody,
    response: Changed,
    handler: ({ ctx, params, body }) => submitFiling({ ctx, id: params.id, input: body }),
  });

  router.route({
    method: 'POST',
    url: '/api/v1/filings/:id/approve',
    summary: '审核通过（分配备案编号、证书编号段与有效期） Approve',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: FilingIdParams,
    body: ApproveBody,
    response: Changed,
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
      method: 'POST',
      url: `/api/v1/filings/:id/${action}`,
      summary,
      tags: ['filings'],
      access: ALLOW_SIGNED_IN,
      params: FilingIdParams,
      body: DecisionBody,
      response: Changed,
      handler: ({ ctx, params, body }) => decideFiling({ ctx, id: params.id, action, input: body }),
    });
  }

  router.route({
    method: 'PUT',
    url: '/api/v1/institutions/:id/demonstration',
    summary: '认定/取消示范性社会培训评价组织 Demonstration designation',
    tags: ['filings'],
    access: ALLOW_SIGNED_IN,
    params: InstitutionFilingParams,
    body: DemonstrationBody,
    response: z.object({ demonstration: z.boolean(), version: z.number().int() }),
    handler: ({ ctx, params, body }) => setDemonstration({ ctx, institutionId: params.id, input: body }),
  });
}
