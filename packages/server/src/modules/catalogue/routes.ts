import { CatalogueExportQuery, endpoints } from '@jiping/contracts';
import { cataloguePolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogueTemplateXlsx } from './catalogue-file.ts';
import { importCatalogue } from './import-catalogue.ts';
import { exportCatalogue } from './export-catalogue.ts';
import { getOccupationEligibility, setOccupationEligibility } from './occupation-eligibility.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The template never changes while the server runs: built once, not for every (anonymous) download. */
let catalogueTemplate: Promise<Buffer> | null = null;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function catalogueRoutes(router: Router) {
  router.route({
    ...endpoints.importCatalogue,
    summary: '导入职业目录（CSV 或 Excel，multipart 字段 file；有错误行则不导入并逐行报告） Import the catalogue',
    tags: ['catalogue'],
    access: (actor) => cataloguePolicy(actor, 'import'),
    handler: async ({ ctx, request, reply }) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'catalogue.multipartRequired');
      const part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!part) throw new AppError('VALIDATION', 'catalogue.fileMissing');
      const file = await part.toBuffer();
      const result = await importCatalogue({ ctx, file, fileName: part.filename });
      // A file with bad rows is a well-formed request whose content is refused: 422 with the report.
      if (!result.ok) reply.code(422);
      return result;
    },
  });

  router.route({
    method: 'GET',
    url: '/api/v1/catalogue/template.xlsx',
    summary: '下载职业目录导入模板 Import template',
    tags: ['catalogue'],
    access: { public: 'the template holds no data' },
    response: null,
    raw: { contentType: XLSX },
    handler: async ({ reply }) =>
      reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('职业目录导入模板.xlsx')}`)
        .type(XLSX)
        .send(await (catalogueTemplate ??= catalogueTemplateXlsx())),
  });

  router.route({
    method: 'GET',
    url: '/api/v1/catalogue/export',
    summary: '导出职业目录 Export the catalogue',
    tags: ['catalogue'],
    access: { public: 'the registrable catalogue is public' },
    query: CatalogueExportQuery,
    response: null,
    raw: { contentType: XLSX },
    handler: async ({ ctx, query, reply }) =>
      reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`职业目录.${query.format}`)}`)
        .type(query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .send(await exportCatalogue({ ctx, format: query.format })),
  });

  router.route({
    ...endpoints.occupationEligibility,
    summary: '职业的申报条件（标准模板与本职业差异） Eligibility rules of an occupation',
    tags: ['catalogue'],
    access: { public: 'the conditions for applying are public' },
    handler: ({ ctx, params }) => getOccupationEligibility({ ctx, code: params.code }),
  });
  router.route({
    ...endpoints.setOccupationEligibility,
    summary: '设置职业的申报条件（市级，仅影响此后的申报） Set eligibility rules',
    tags: ['catalogue'],
    access: (actor) => cataloguePolicy(actor, 'import'),
    handler: ({ ctx, params, body }) => setOccupationEligibility({ ctx, code: params.code, input: body }),
  });
}
