import { endpoints, IdParams } from '@jiping/contracts';
import { nationalExportPolicy } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { nationalExportOverview, getBatch } from './overview.ts';
import { prepareBatch } from './prepare-batch.ts';
import { downloadBatch, type ExportFormat } from './download-batch.ts';
import { acknowledgeBatch, rejectBatch } from './decide-batch.ts';

const CONTENT_TYPE: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function nationalExportRoutes(router: Router, { keyring }: AppDeps) {
  const cityOnly = { access: (actor: Parameters<typeof nationalExportPolicy>[0]) => nationalExportPolicy(actor, 'read') };
  router.route({
    ...endpoints.nationalExportOverview,
    summary: '全国联网上报：待上报变更、逾期与批次 National export overview',
    tags: ['national-export'],
    ...cityOnly,
    handler: ({ ctx }) => nationalExportOverview({ ctx }),
  });
  router.route({
    ...endpoints.prepareNationalExport,
    summary: '将待上报的证书变更生成上报批次 Prepare a batch of waiting certificate changes',
    tags: ['national-export'],
    ...cityOnly,
    status: 201,
    handler: ({ ctx }) => prepareBatch({ ctx }),
  });
  router.route({
    ...endpoints.nationalExportBatch,
    summary: '上报批次详情 One export batch',
    tags: ['national-export'],
    ...cityOnly,
    handler: ({ ctx, params }) => getBatch({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.acknowledgeNationalExport,
    summary: '登记全国系统回执 Record the national system’s receipt',
    tags: ['national-export'],
    ...cityOnly,
    handler: ({ ctx, params, body }) => acknowledgeBatch({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.rejectNationalExport,
    summary: '登记全国系统退回并重新生成批次 Record a rejection; the events go again in a new attempt',
    tags: ['national-export'],
    ...cityOnly,
    handler: ({ ctx, params, body }) => rejectBatch({ ctx, id: params.id, input: body }),
  });
  for (const format of ['csv', 'json'] as const) {
    router.route({
      method: 'GET',
      url: `/api/v1/national-export/batches/:id/export.${format}`,
      summary: `下载上报文件（${format.toUpperCase()}，含完整证件号码，每次下载记入审计） Download the batch as ${format.toUpperCase()}`,
      tags: ['national-export'],
      ...cityOnly,
      params: IdParams,
      response: null,
      raw: { contentType: CONTENT_TYPE[format] },
      handler: async ({ ctx, params, reply }) => {
        const file = await downloadBatch({ ctx, keyring, id: params.id, format });
        return reply
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'no-store')
          .header('x-content-sha256', file.digest)
          .type(CONTENT_TYPE[format])
          .send(Buffer.from(file.content, 'utf8'));
      },
    });
  }
}
