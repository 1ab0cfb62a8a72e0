import { endpoints, IdParams } from '@jiping/contracts';
import { canListObjections, canListResults, SUBMISSION_DECISIONS } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { fixedWindowLimiter } from '../../platform/http/rate-limit.ts';
import { blindIndex } from '../../platform/crypto/pii.ts';
import { listResults } from './list-results.ts';
import { getPlanResults } from './get-plan-results.ts';
import { publishResults } from './publish-results.ts';
import { submitResults } from './submit-results.ts';
import { decideSubmission } from './decide-submission.ts';
import { listObjections } from './list-objections.ts';
import { answerObjection } from './answer-objection.ts';
import { revealObjectionContact } from './reveal-objection-contact.ts';
import { getPublicResult, listPublicResults } from './public-results.ts';
import { submitObjection } from './submit-objection.ts';
import { downloadArchive } from './download-archive.ts';

const DECISION_SUMMARY = {
  accept: '区人社局核验通过评价结果（形成档案） Accept submitted results',
  return: '退回评价结果（须说明理由） Return submitted results',
} as const;

/** Reads of the public list per client address and minute: far above a person reading, far below a scraper. */
const PUBLIC_READS_PER_MINUTE = 120;

export function resultsRoutes(router: Router, { keyring }: AppDeps) {
  const publicReads = fixedWindowLimiter({ limit: PUBLIC_READS_PER_MINUTE, windowMs: 60_000, messageKey: 'results.tooManyReads' });
  // The address is kept only as a keyed hash, here as in the objections it limits.
  const client = (ip: string) => blindIndex(keyring, 'client_address', ip);

  router.route({
    ...endpoints.resultsList,
    summary: '评价结果公示与报送一览 Results of plans in scope',
    tags: ['results'],
    access: (actor) => canListResults(actor),
    handler: ({ ctx, query }) => listResults({ ctx, input: query }),
  });
  router.route({
    ...endpoints.planResults,
    summary: '评价计划的结果、公示、异议与报送 Results of one plan',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getPlanResults({ ctx, planId: params.id }),
  });
  router.route({
    ...endpoints.publishResults,
    summary: '公示评价结果（不少于规定的工作日数） Publish results',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => publishResults({ ctx, planId: params.id, input: body }),
  });
  router.route({
    ...endpoints.submitResults,
    summary: '向区人社局报送评价结果（逾期照收并记录） Submit final results to the district',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params }) => submitResults({ ctx, planId: params.id }),
  });
  for (const decision of SUBMISSION_DECISIONS) {
    router.route({
      ...endpoints.decideSubmission[decision],
      summary: DECISION_SUMMARY[decision],
      tags: ['results'],
      access: ALLOW_SIGNED_IN,
      handler: ({ ctx, params, body }) => decideSubmission({ ctx, planId: params.id, decision, input: body }),
    });
  }
  router.route({
    ...endpoints.objections,
    summary: '结果公示异议 Objections to answer or follow',
    tags: ['results'],
    access: (actor) => canListObjections(actor),
    handler: ({ ctx, query }) => listObjections({ ctx, input: query }),
  });
  router.route({
    ...endpoints.answerObjection,
    summary: '答复异议 Answer an objection',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => answerObjection({ ctx, keyring, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.revealObjectionContact,
    summary: '查看异议人完整联系方式（记入审计） Reveal an objector’s contact (audited)',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => revealObjectionContact({ ctx, keyring, id: params.id }),
  });
  router.route({
    ...endpoints.publicResults,
    summary: '评价结果公示（公开） Published results',
    tags: ['public'],
    access: { public: 'results are publicised to the public by rule' },
    handler: ({ ctx, query, request }) => {
      publicReads.take(client(request.ip), ctx.now());
      return listPublicResults({ ctx, input: query });
    },
  });
  router.route({
    ...endpoints.publicResult,
    summary: '一个计划的结果公示名单（公开：姓名脱敏，仅合格/不合格） One published list',
    tags: ['public'],
    access: { public: 'results are publicised to the public by rule' },
    handler: ({ ctx, params, request }) => {
      publicReads.take(client(request.ip), ctx.now());
      return getPublicResult({ ctx, id: params.id });
    },
  });
  router.route({
    ...endpoints.submitObjection,
    summary: '对公示结果提出异议（公开，按网络地址限次） Object to published results',
    tags: ['public'],
    access: { public: 'anyone may object during publicity' },
    status: 201,
    handler: ({ ctx, params, body, request }) => submitObjection({ ctx, keyring, publicationId: params.id, clientAddress: request.ip, input: body }),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/plans/:id/archive.zip',
    summary: '下载评价档案（zip，含目录；每次调阅记入审计） Download the plan’s file',
    tags: ['results'],
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: 'application/zip' },
    handler: async ({ ctx, params, reply }) => {
      const archive = await downloadArchive({ ctx, keyring, planId: params.id });
      return reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(archive.fileName)}`)
        .header('cache-control', 'no-store')
        .type('application/zip')
        .send(Buffer.from(archive.bytes));
    },
  });
}
