import { endpoints, IdParams } from '@jiping/contracts';
import { canReadOwnPerson, personPolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { registerPerson } from './register-person.ts';
import { getPerson, revealPerson } from './get-person.ts';
import { getOwnProfile, getProfile } from './get-profile.ts';
import { updateProfile } from './update-profile.ts';
import { uploadPersonFile } from './upload-person-file.ts';
import { readEvidenceFile } from './read-evidence-file.ts';
import { MAX_EVIDENCE_BYTES } from './evidence-files.ts';

export function peopleRoutes(router: Router, { keyring, files }: AppDeps) {
  router.route({
    ...endpoints.registerPerson,
    summary: '登记人员（按证件号去重，已存在则返回原记录） Register a person',
    tags: ['people'],
    access: (actor) => personPolicy(actor, 'create'),
    handler: async ({ ctx, body, reply }) => {
      const result = await registerPerson({ ctx, keyring, input: body });
      if (result.created) reply.code(201);
      return result;
    },
  });

  router.route({
    ...endpoints.myPerson,
    summary: '本人信息与申报材料（考生） The signed-in candidate with their profile',
    tags: ['people'],
    access: canReadOwnPerson,
    handler: ({ ctx }) => getOwnProfile({ ctx }),
  });

  router.route({
    ...endpoints.person,
    summary: '人员信息（证件号、手机号脱敏） A person, masked',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getPerson({ ctx, id: params.id }),
  });

  router.route({
    ...endpoints.revealPerson,
    summary: '查看完整证件号与手机号（留痕） Reveal full identity (audited)',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => revealPerson({ ctx, keyring, id: params.id }),
  });

  router.route({
    ...endpoints.profile,
    summary: '人员申报材料（工作经历、证书、学历、职称及证明文件） A person with their profile',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getProfile({ ctx, id: params.id }),
  });

  router.route({
    ...endpoints.updateProfile,
    summary: '保存申报材料（整体替换，按版本号防止覆盖他人修改） Save the profile',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => updateProfile({ ctx, id: params.id, input: body }),
  });

  router.route({
    ...endpoints.uploadPersonFile,
    summary: '上传本人证明材料（PDF/PNG/JPEG，≤10 MB；multipart 字段 purpose 与 file） Upload evidence',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: async ({ ctx, params, request }) => {
      const { fileName, content, fields } = await receiveFile(request, MAX_EVIDENCE_BYTES);
      return uploadPersonFile({ ctx, files, personId: params.id, upload: { purpose: fields.purpose ?? '', fileName, content } });
    },
  });

  router.route({
    method: 'GET',
    url: '/api/v1/evidence-files/:id',
    summary: '下载证明材料 Download an evidence file',
    tags: ['people'],
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ ctx, params, reply }) => {
      const file = await readEvidenceFile({ ctx, files, id: params.id });
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  });
}
