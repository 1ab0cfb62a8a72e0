import { endpoints, IdParams } from '@jiping/contracts';
import { canListInspections, canSupervise } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { AppError } from '../../platform/errors.ts';
import { listInspections } from './list-inspections.ts';
import { inspectionFormOptions } from './form-options.ts';
import { createInspection } from './create-inspection.ts';
import { getInspection } from './get-inspection.ts';
import { startInspection } from './start-inspection.ts';
import { saveChecklist } from './save-checklist.ts';
import { addFinding } from './add-finding.ts';
import { removeFinding } from './remove-finding.ts';
import { assertMayAddFile, uploadInspectionFile } from './upload-file.ts';
import { saveConclusion } from './save-conclusion.ts';
import { submitInspection } from './submit-inspection.ts';
import { confirmInspection } from './confirm-inspection.ts';
import { reassignInspection } from './reassign-inspection.ts';
import { cancelInspection } from './cancel-inspection.ts';
import { publishInspection } from './publish-inspection.ts';
import { downloadInspectionReport } from './download-report.ts';
import { readInspectionFile } from './read-file.ts';
import { getPublicInspection, listPublicInspections } from './public-inspections.ts';
import { INSPECTION_FILE_LIMITS, INSPECTION_FILE_MAX_BYTES } from './inspection-files.ts';

const TAGS = ['inspections'];
const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Inspections (督导检查): officers create and publish, assigned inspectors work them on a tablet, the public reads published results. */
export function inspectionRoutes(router: Router, { files }: AppDeps) {
  router.route({
    ...endpoints.inspections,
    summary: '督导检查一览（监管范围内；督导员为指派给本人的） Inspections in scope',
    tags: TAGS,
    access: (actor) => canListInspections(actor),
    handler: ({ ctx, query }) => listInspections({ ctx, input: query }),
  });
  router.route({
    ...endpoints.inspectionFormOptions,
    summary: '发起督导检查的可选项：检查事项、督导员（标明回避）、场次 Options of the creation form',
    tags: TAGS,
    access: (actor) => canSupervise(actor),
    handler: ({ ctx, query }) => inspectionFormOptions({ ctx, input: query }),
  });
  router.route({
    ...endpoints.createInspection,
    summary: '发起日常督导、专项督导或考场现场督导（≥2 名督导员，回避已申报利害关系者） Create an inspection',
    tags: TAGS,
    access: (actor) => canSupervise(actor),
    status: 201,
    handler: ({ ctx, body }) => createInspection({ ctx, input: body }),
  });
  router.route({
    ...endpoints.inspection,
    summary: '督导检查详情（机构在检查完成后可查看） One inspection',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getInspection({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.startInspection,
    summary: '开始检查（指派的督导员） Start the inspection',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => startInspection({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.saveInspectionChecklist,
    summary: '保存检查表（合格/不合格/不适用；按版本号防止覆盖） Save the checklist',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => saveChecklist({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.addInspectionFinding,
    summary: '记录发现的问题（针对检查项或综合） Record a finding',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => addFinding({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.removeInspectionFinding,
    summary: '删除误记的问题及其文件（检查中） Remove a finding',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => removeFinding({ ctx, id: params.id, findingId: params.findingId }),
  });
  router.route({
    ...endpoints.uploadInspectionFile,
    summary: `上传照片或文件（JPEG/PNG/PDF/DOCX/XLSX ≤${INSPECTION_FILE_LIMITS.document / 1024 / 1024} MB，MP4 ≤${INSPECTION_FILE_LIMITS.video / 1024 / 1024} MB；multipart 字段 findingId 与 file） Upload a photo or file`,
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      // Who may, before the upload is read.
      await assertMayAddFile(ctx, params.id);
      const received = await receiveFile(request, INSPECTION_FILE_MAX_BYTES).catch((error: { code?: string }) => {
        if (error?.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', 'inspection.videoTooLarge', { max: `${INSPECTION_FILE_MAX_BYTES / 1024 / 1024} MB` });
        throw error;
      });
      return uploadInspectionFile({ ctx, files, id: params.id, findingId: received.fields.findingId, upload: received });
    },
  });
  router.route({
    ...endpoints.saveInspectionConclusion,
    summary: '填写检查结论与小结 Write the conclusion',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => saveConclusion({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.submitInspection,
    summary: '提交检查结果（检查表须全部填写） Submit the result',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => submitInspection({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.confirmInspection,
    summary: '督导员确认检查结果（本人；全部确认后检查完成） Confirm the result',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => confirmInspection({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.reassignInspection,
    summary: '改派督导员（开始检查前，组织部门） Reassign the inspectors',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => reassignInspection({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.cancelInspection,
    summary: '取消检查（须说明理由，组织部门） Cancel the inspection',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => cancelInspection({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.publishInspection,
    summary: '公开检查结果（一公开；可不予公开的字段由经办人标明） Publish the result',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => publishInspection({ ctx, id: params.id, input: body }),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/inspections/:id/report.pdf',
    summary: '下载督导检查报告（PDF，每次下载记入审计） Download the inspection report',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: 'application/pdf' },
    handler: async ({ ctx, params, reply }) => {
      const pdf = await downloadInspectionReport({ ctx, id: params.id });
      return reply.header('content-disposition', attachment(pdf.fileName)).header('cache-control', 'no-store').type('application/pdf').send(pdf.bytes);
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/inspection-files/:id',
    summary: '下载督导检查的照片或文件 Download a file of an inspection',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ ctx, params, reply }) => {
      const file = await readInspectionFile({ ctx, files, id: params.id });
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  });
  router.route({
    ...endpoints.publicInspections,
    summary: '公开的督导检查结果（一公开；按区、机构名称、年度） Published inspection results',
    tags: TAGS,
    access: { public: '检查结果依法向社会公开（双随机、一公开），无需登录即可查询' },
    handler: ({ ctx, query }) => listPublicInspections({ ctx, input: query }),
  });
  router.route({
    ...endpoints.publicInspection,
    summary: '一项公开的督导检查结果 One published inspection result',
    tags: TAGS,
    access: { public: '检查结果依法向社会公开（双随机、一公开），无需登录即可查询' },
    handler: ({ ctx, params }) => getPublicInspection({ ctx, id: params.id }),
  });
}
