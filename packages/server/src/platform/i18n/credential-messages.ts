import type { Locale } from '@jiping/domain';

/** Messages of certificate credentials and their signing keys, in both languages. */
export const CREDENTIAL_MESSAGES: Record<string, Record<Locale, string>> = {
  'entity.certificate': { 'zh-CN': '证书', 'en-US': 'certificate' },
  'entity.signingKey': { 'zh-CN': '签名密钥', 'en-US': 'signing key' },
  'policy.signingKeys.notYours': {
    'zh-CN': '只有本机构的管理员或市人社局可以查看和轮换证书签名密钥。',
    'en-US': "Only the institution's administrators or the city may see and rotate its certificate signing keys.",
  },
};
