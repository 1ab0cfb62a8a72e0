import { endpoints, IdParams } from '@jiping/contracts';
import { canListScores } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { AppError } from '../../platform/errors.ts';
import { XLSX_CONTENT_TYPE } from '../../platform/files/row-error-report.ts';
import { listScoringSessions } from './list-scoring-sessions.ts';
import { getScoreSheet } from './score-sheet.ts';
import { enterScore } from './enter-score.ts';
import { signOffSession } from './sign-off-session.ts';
import { requestScoreCorrection } from './request-correction.ts';
import { decideScoreCorrection } from './decide-correction.ts';
import { listScoreCorrections } from './list-corrections.ts';
import { listMyScores } from './my-scores.ts';
import { startScoreImport } from './import/start-score-import.ts';
import { getScoreImport, listSessionScoreImports, scoreImportErrorReport } from './import/score-import-view.ts';
import { scoreTemplate } from './import/score-template.ts';

/** A score sheet is one session's: far below the group registration file's 100 MB. */
const MAX_SCORE_SHEET_BYTES = 20 * 1024 * 1024;
const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function scoreRoutes(router: Router, { config, database }: AppDeps) {
  router.route({
    ...endpoints.scoringSessions,
    summary: '评分与成绩管理的场次（考评员：本人参与的场次；机构：本机构；区、市：辖区） Sessions to score',
    tags: ['scores'],
    access: (actor) => canListScores(actor),
    handler: ({ ctx, query }) => listScoringSessions({ ctx, input: query }),
  });
  router.route({
    ...endpoints.scoreSheet,
    summary: '场次成绩表（按座位号；考评员评分独立，全部评完后可见他人评分与合成成绩） Score sheet of a session',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getScoreSheet({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.enterScore,
    summary: '录入成绩（0–100 分，最多两位小数；操作技能、综合评审由本场考评员各自评分，理论由机构录入） Enter a score',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => enterScore({ ctx, sessionId: params.id, registrationId: params.registrationId, input: body }),
  });
  router.route({
    ...endpoints.signOffSession,
    summary: '成绩确认并锁定（须考试结束、督导记录已提交、到考考生均有成绩） Sign the session off',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => signOffSession({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.requestScoreCorrection,
    summary: '申请更正已锁定的成绩（须说明理由，由另一名机构管理员审批） Request a correction',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => requestScoreCorrection({ ctx, sessionId: params.id, registrationId: params.registrationId, input: body }),
  });
  router.route({
    ...endpoints.scoreCorrections,
    summary: '成绩更正记录（机构、区人社局、市局可查） Score corrections',
    tags: ['scores'],
    access: (actor) => canListScores(actor),
    handler: ({ ctx, query }) => listScoreCorrections({ ctx, input: query }),
  });
  router.route({
    ...endpoints.decideScoreCorrection,
    summary: '审批成绩更正（机构管理员，不能由申请人本人审批） Decide a correction',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => decideScoreCorrection({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.myScores,
    summary: '我的成绩（场次成绩确认后可见） My scores and results',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx }) => listMyScores({ ctx }),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/exam-sessions/:id/score-template.xlsx',
    summary: '场次成绩表模板（已填准考证号、姓名、座位号） Score sheet template of a session',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: XLSX_CONTENT_TYPE },
    handler: async ({ ctx, params, reply }) => {
      const template = await scoreTemplate({ ctx, id: params.id });
      return reply.header('content-disposition', attachment(template.fileName)).type(XLSX_CONTENT_TYPE).send(template.content);
    },
  });
  router.route({
    ...endpoints.startScoreImport,
    summary: '导入成绩表（multipart 字段 file；须带 Idempotency-Key；任何一行有误则整表不导入；异步处理） Import a score sheet',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params, request, reply }) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.multipartRequired');
      const part = await request.file({ limits: { fileSize: MAX_SCORE_SHEET_BYTES, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'import.emptyFile');
      const key = request.headers['idempotency-key'];
      const result = await startScoreImport({
        ctx,
        dataDir: config.dataDir,
        sessionId: params.id,
        idempotencyKey: Array.isArray(key) ? key[0] : key,
        file: { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated },
        runner: database.runner,
      });
      reply.code(result.created ? 202 : 200);
      return result.view;
    },
  });
  router.route({
    ...endpoints.sessionScoreImports,
    summary: '场次的成绩导入记录 Score imports of a session',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listSessionScoreImports({ ctx, sessionId: params.id }),
  });
  router.route({
    ...endpoints.scoreImport,
    summary: '成绩导入进度与逐行错误 Score import progress and row errors',
    tags: ['scores'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getScoreImport({ ctx, id: params.id }),
  });
  for (const format of ['xlsx', 'csv'] as const) {
    router.route({
      method: 'GET',
      url: `/api/v1/score-imports/:id/errors.${format}`,
      summary: `成绩导入错误明细（全部出错行，${format === 'xlsx' ? 'Excel' : 'CSV'}） Full error report of a score import`,
      tags: ['scores'],
      access: ALLOW_SIGNED_IN,
      params: IdParams,
      response: null,
      raw: { contentType: format === 'xlsx' ? XLSX_CONTENT_TYPE : 'text/csv' },
      handler: async ({ ctx, params, reply }) => {
        const report = await scoreImportErrorReport({ ctx, id: params.id, format });
        return reply.header('content-disposition', attachment(report.fileName)).type(report.contentType).send(report.stream);
      },
    });
  }
}
