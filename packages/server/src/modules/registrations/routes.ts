import { endpoints, IdParams } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { AppError } from '../../platform/errors.ts';
import { applyToPlan } from './apply.ts';
import { reviewRegistration } from './review-registration.ts';
import { withdrawRegistration } from './withdraw-registration.ts';
import { getRegistration, listDirectRecognitions, listMyRegistrations, listOpenPlans, listPlanRegistrations } from './queries.ts';
import { decideDirectRecognition, requestDirectRecognition } from './direct-recognition.ts';
import { startImport } from './import/start-import.ts';
import { getImport, listPlanImports } from './import/import-view.ts';
import { importTemplateXlsx } from './import/read-sheet.ts';
import { importErrorReport } from './import/import-errors.ts';

const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The template never changes while the server runs: built once, not for every (anonymous) download. */
let importTemplate: Promise<Buffer> | null = null;

export function registrationRoutes(router: Router, { keyring, config, database }: AppDeps) {
  router.route({
    ...endpoints.openPlans,
    summary: '可报名的评价计划 Plans open for applications',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx }) => listOpenPlans({ ctx }),
  });
  router.route({
    ...endpoints.apply,
    summary: '个人申报（系统按申报条件初审并说明理由） Apply to a plan',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => applyToPlan({ ctx, planId: params.id, input: body }),
  });
  router.route({
    ...endpoints.planRegistrations,
    summary: '计划的报名名单 Applications to a plan',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, query }) => listPlanRegistrations({ ctx, planId: params.id, input: query }),
  });
  router.route({
    ...endpoints.myRegistrations,
    summary: '我的报名 My applications',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx }) => listMyRegistrations({ ctx }),
  });
  router.route({
    ...endpoints.registration,
    summary: '报名详情（含申报条件判定说明） An application with its explanation',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getRegistration({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.reviewRegistration,
    summary: '审核报名（不予受理须说明理由；人工放行不符合条件者须说明理由并标记） Review',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => reviewRegistration({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.withdrawRegistration,
    summary: '撤回报名 Withdraw',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => withdrawRegistration({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.requestDirectRecognition,
    summary: '申请破格（须写明理由并附证明材料，由区人社局复核） Request direct recognition',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => requestDirectRecognition({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.decideDirectRecognition,
    summary: '破格复核（区人社局，不能由申请人本人复核） Decide direct recognition',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => decideDirectRecognition({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.directRecognitions,
    summary: '破格复核清单 Direct recognition requests',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, query }) => listDirectRecognitions({ ctx, status: query.status }),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/registration-imports/template',
    summary: '团体报名 Excel 模板 Group registration template',
    tags: ['registrations'],
    access: { public: 'the template holds no data' },
    response: null,
    raw: { contentType: XLSX },
    handler: async ({ reply }) =>
      reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('团体报名模板.xlsx')}`)
        .type(XLSX)
        .send(await (importTemplate ??= importTemplateXlsx())),
  });
  router.route({
    ...endpoints.startImport,
    summary: '团体报名导入（multipart 字段 file、mode；须带 Idempotency-Key；异步处理） Start a group import',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params, request, reply }) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.multipartRequired');
      const part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'import.emptyFile');
      const field = part.fields['mode'];
      const mode = field && !Array.isArray(field) && 'value' in field ? String(field.value) : undefined;
      const key = request.headers['idempotency-key'];
      const result = await startImport({
        ctx,
        keyring,
        dataDir: config.dataDir,
        planId: params.id,
        idempotencyKey: Array.isArray(key) ? key[0] : key,
        mode,
        file: { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated },
        runner: database.runner,
      });
      reply.code(result.created ? 202 : 200);
      return result.view;
    },
  });
  router.route({
    ...endpoints.planImports,
    summary: '计划的团体报名导入记录 Imports of a plan',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listPlanImports({ ctx, planId: params.id }),
  });
  router.route({
    ...endpoints.registrationImport,
    summary: '导入进度与逐行错误 Import progress and row errors',
    tags: ['registrations'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getImport({ ctx, id: params.id }),
  });
  for (const format of ['xlsx', 'csv'] as const) {
    router.route({
      method: 'GET',
      url: `/api/v1/registration-imports/:id/errors.${format}`,
      summary: `导入错误明细（全部出错行，${format === 'xlsx' ? 'Excel' : 'CSV'}） Full error report of an import`,
      tags: ['registrations'],
      access: ALLOW_SIGNED_IN,
      params: IdParams,
      response: null,
      raw: { contentType: format === 'xlsx' ? XLSX : 'text/csv' },
      handler: async ({ ctx, params, reply }) => {
        const report = await importErrorReport({ ctx, id: params.id, format });
        return reply
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(report.fileName)}`)
          .type(report.contentType)
          .send(report.stream);
      },
    });
  }
}
