import { Card, Descriptions, Radio, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '@jiping/domain';
import type { Me } from '@jiping/contracts';
import { saveLocalePreference } from '../../api/preferences.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { applyLocale } from '../../layout/language.tsx';
import { ErrorAlert, PageTitle } from '../../layout/common.tsx';
import { GrantTag } from '../users/GrantTag.tsx';

type Choice = Locale | 'browser';

/** Who I am and the language the platform speaks to me in; `null` on the server means "follow the browser". */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const client = useQueryClient();
  const save = useFormMutation({
    mutationFn: async (choice: Choice) => {
      const locale = choice === 'browser' ? null : choice;
      await saveLocalePreference(client, locale);
      await applyLocale(locale ?? negotiateLocale(navigator.languages.join(',')) ?? DEFAULT_LOCALE);
    },
    // Everything the server words is read again in the new language.
    invalidate: [[]],
    success: () => t('profile.saved'),
  });
  // The choice shows at once; it settles on the saved value when the server has answered (the
  // mutation follows the latest choice only).
  const pending = save.isPending ? save.variables : null;
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      {save.error != null && <ErrorAlert error={save.error} />}
      <Card title={t('profile.account')}>
        <Descriptions column={1}>
          <Descriptions.Item label={t('users.username')}>{me.user.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.displayName')}>{me.user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('profile.roles')}>
            <Space size={[0, 4]} wrap>
              {me.grants.map((grant, index) => (
                <GrantTag key={index} grant={grant} />
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={<span id="profile-language">{t('profile.language')}</span>}>
            <Radio.Group
              aria-labelledby="profile-language"
              value={pending ?? me.user.locale ?? 'browser'}
              onChange={(e) => save.mutate(e.target.value as Choice)}
              options={[
                { value: 'browser', label: t('profile.followBrowser') },
                { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zhCN')}</span> },
                { value: 'en-US', label: <span lang="en">{t('language.enUS')}</span> },
              ]}
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
