import type { Locale } from '@jiping/domain';

/** Messages shared by the supervision modules (registries, draws, inspections, rectification, document requests), in both languages. */
export const SUPERVISION_MESSAGES: Record<string, Record<Locale, string>> = {
  'policy.supervision.officersOnly': {
    'zh-CN': '监督检查由市、区人社部门和行业主管部门办理，您的账号不能办理。',
    'en-US': 'Supervision is run by the city and district bureaus and the industry authorities; your account cannot do this.',
  },
};
