import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type Locale } from '@jiping/domain';
import type { GrantView } from '@jiping/contracts';

/** A grant as one tag: the role and the scope it covers. */
export function GrantTag({ grant }: { grant: GrantView }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const scope = [grant.districtName, grant.institutionName, grant.occupationCodes.join(locale === 'zh-CN' ? '、' : ', ')].filter(Boolean);
  return (
    <Tag color="blue" style={{ whiteSpace: 'normal' }}>
      {[ROLE_LABELS[grant.role][locale], ...scope].join(' · ')}
    </Tag>
  );
}
