import { endpoints } from '@jiping/contracts';
import { withEvidenceFiles } from './relation-view.ts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { MAX_EVIDENCE_BYTES } from '../people/index.ts';
import { uploadInstitutionFile } from './upload-institution-file.ts';
import { listAgreements } from './list-agreements.ts';
import { createAgreement } from './create-agreement.ts';
import { listRelations } from './list-relations.ts';
import { createRelation } from './create-relation.ts';
import { endRelation } from './end-relation.ts';

/** Who may act depends on the institution's district and admins, so each use case decides after loading it. */
export function relationRoutes(router: Router, { keyring, files }: AppDeps) {
  router.route({
    ...endpoints.uploadInstitutionFile,
    summary: '上传协议或人员关系证明材料（PDF/PNG/JPEG，≤10 MB；multipart 字段 purpose 与 file） Upload institution evidence',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      const { fileName, content, fields } = await receiveFile(request, MAX_EVIDENCE_BYTES);
      return uploadInstitutionFile({ ctx, files, institutionId: params.id, upload: { purpose: fields.purpose ?? '', fileName, content } });
    },
  });

  router.route({
    ...endpoints.agreements,
    summary: '校企合作与委托评价协议 Agreements',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params }) => ({ items: await withEvidenceFiles(ctx.db, (await listAgreements({ ctx, institutionId: params.id })).items) }),
  });

  router.route({
    ...endpoints.createAgreement,
    summary: '登记校企合作或委托评价协议（仅用人单位） Record an agreement',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, body }) => (await withEvidenceFiles(ctx.db, [await createAgreement({ ctx, institutionId: params.id, input: body })]))[0]!,
  });

  router.route({
    ...endpoints.relations,
    summary: '人员关系（可按姓名或脱敏证件号片段查询） Relations with people',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params, query }) => ({ items: await withEvidenceFiles(ctx.db, (await listRelations({ ctx, institutionId: params.id, input: query })).items) }),
  });

  router.route({
    ...endpoints.createRelation,
    summary: '登记人员关系（按证件号找到或登记人员） Record a relation',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, body }) => (await withEvidenceFiles(ctx.db, [await createRelation({ ctx, keyring, institutionId: params.id, input: body })]))[0]!,
  });

  router.route({
    ...endpoints.endRelation,
    summary: '终止人员关系（按版本号防止覆盖他人修改） End a relation',
    tags: ['relations'],
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params, body }) => (await withEvidenceFiles(ctx.db, [await endRelation({ ctx, id: params.id, input: body })]))[0]!,
  });
}
