import { endpoints, IdParams } from '@jiping/contracts';
import { canSupervise, canonicalJson } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { blindIndex } from '../../platform/crypto/pii.ts';
import { fixedWindowLimiter } from '../../platform/http/rate-limit.ts';
import { createTask } from './create-task.ts';
import { updateTask } from './update-task.ts';
import { publishTask } from './publish-task.ts';
import { drawTask } from './draw-task.ts';
import { cancelTask } from './cancel-task.ts';
import { getTask, listTasks, taskOptions } from './read-tasks.ts';
import { candidatesFile, drawRecord, getPublicTask, listPublicTasks } from './public-tasks.ts';

/** Public reads per client address and minute: checking a draw takes a handful; a loop over every task is not a check. */
const PUBLIC_READS_PER_MINUTE = 120;
const JSON_FILE = 'application/json; charset=utf-8';
const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** 双随机抽查: the departments' tasks (each use case asks the task's policy once it has the task), and the public record. */
export function inspectionDrawRoutes(router: Router, { keyring }: AppDeps) {
  const officers = { access: canSupervise };
  const publicReads = fixedWindowLimiter({ limit: PUBLIC_READS_PER_MINUTE, windowMs: 60_000, messageKey: 'inspectionDraw.tooManyReads' });
  const limit = (ip: string, now: Date) => publicReads.take(blindIndex(keyring, 'client_address', ip), now);

  router.route({
    ...endpoints.inspectionTaskOptions,
    summary: '抽查任务表单选项（检查事项、检查人员领域、比例范围） Options of the task form',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx }) => taskOptions({ ctx }),
  });
  router.route({
    ...endpoints.inspectionTasks,
    summary: '双随机抽查任务列表 Random-inspection tasks',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, query }) => listTasks({ ctx, input: query }),
  });
  router.route({
    ...endpoints.createInspectionTask,
    summary: '新建抽查任务（草稿） Draft a random-inspection task',
    tags: ['inspection-draws'],
    ...officers,
    status: 201,
    handler: ({ ctx, body }) => createTask({ ctx, input: body }),
  });
  router.route({
    ...endpoints.inspectionTask,
    summary: '抽查任务详情与抽取结果 A task and its draw',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, params }) => getTask({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.updateInspectionTask,
    summary: '修改抽查任务草稿 Change a draft task',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, params, body }) => updateTask({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.publishInspectionTask,
    summary: '公示承诺：冻结候选名单并公布承诺值 Publish: freeze the candidate lists and commit to the secret',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, params, body }) => publishTask({ ctx, keyring, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.drawInspectionTask,
    summary: '现场抽取：录入见证人数值，揭示密钥并抽取（每个任务仅一次） Draw, once per task',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, params, body }) => drawTask({ ctx, keyring, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.cancelInspectionTask,
    summary: '取消抽查任务（须说明理由） Cancel a task with a reason',
    tags: ['inspection-draws'],
    ...officers,
    handler: ({ ctx, params, body }) => cancelTask({ ctx, id: params.id, input: body }),
  });

  const publicAccess = { public: '双随机抽查的承诺、候选名单与抽取记录向社会公开，任何人可复核' };
  router.route({
    ...endpoints.publicInspectionTasks,
    summary: '已公示的抽查任务（公开） Published random-inspection tasks',
    tags: ['public'],
    access: publicAccess,
    handler: ({ ctx, query, request }) => {
      limit(request.ip, ctx.now());
      return listPublicTasks({ ctx, input: query });
    },
  });
  router.route({
    ...endpoints.publicInspectionTask,
    summary: '抽查任务公示页：承诺值、见证人、抽取结果（公开） A published task',
    tags: ['public'],
    access: publicAccess,
    handler: ({ ctx, params, request }) => {
      limit(request.ip, ctx.now());
      return getPublicTask({ ctx, id: params.id });
    },
  });
  router.route({
    ...endpoints.publicDrawRecord,
    summary: '抽取记录（供浏览器复核） The draw record, for checking in the browser',
    tags: ['public'],
    access: publicAccess,
    handler: async ({ ctx, params, request }) => {
      limit(request.ip, ctx.now());
      return (await drawRecord({ ctx, id: params.id })).record;
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/public/inspection-tasks/:id/candidates.json',
    summary: '候选名单（规范化 JSON，SHA-256 即公布的摘要） Candidate lists; their SHA-256 is the published digest',
    tags: ['public'],
    access: publicAccess,
    params: IdParams,
    response: null,
    raw: { contentType: JSON_FILE },
    handler: async ({ ctx, params, request, reply }) => {
      limit(request.ip, ctx.now());
      const file = await candidatesFile({ ctx, id: params.id });
      return reply.header('content-disposition', attachment(file.fileName)).type(JSON_FILE).send(Buffer.from(file.content, 'utf8'));
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/public/inspection-tasks/:id/draw.json',
    summary: '完整抽取记录下载（npx jiping draw verify 可离线复核） The full draw record',
    tags: ['public'],
    access: publicAccess,
    params: IdParams,
    response: null,
    raw: { contentType: JSON_FILE },
    handler: async ({ ctx, params, request, reply }) => {
      limit(request.ip, ctx.now());
      const { number, record } = await drawRecord({ ctx, id: params.id });
      return reply
        .header('content-disposition', attachment(`draw-${number}.json`))
        .type(JSON_FILE)
        .send(Buffer.from(canonicalJson(record), 'utf8'));
    },
  });
}
