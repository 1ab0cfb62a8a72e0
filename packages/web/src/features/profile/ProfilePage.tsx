import { useRef, useState } from 'react';
import { App, Card, Descriptions, Radio, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '@jiping/domain';
import type { Me } from '@jiping/contracts';
import { ApiError } from '../../api/client.ts';
import { saveLocalePreference } from '../../api/preferences.ts';
import { applyLocale } from '../../layout/language.tsx';
import { PageTitle } from '../../layout/common.tsx';
import { GrantTag } from '../users/GrantTag.tsx';

type Choice = Locale | 'browser';

/** Who I am and the language the platform speaks to me in; `null` on the server means "follow the browser". */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const client = useQueryClient();
  const { message } = App.useApp();
  // The choice shows at once; it settles on the saved value when the server has answered.
  const [pending, setPending] = useState<Choice | null>(null);
  const latest = useRef(0);
  const save = async (choice: Choice) => {
    const locale = choice === 'browser' ? null : choice;
    const attempt = ++latest.current;
    setPending(choice);
    try {
      await saveLocalePreference(client, locale);
      await applyLocale(locale ?? negotiateLocale(navigator.languages.join(',')) ?? DEFAULT_LOCALE);
      await client.invalidateQueries();
      void message.success(t('profile.saved'));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.detail : t('common.errorTitle'));
    } finally {
      if (attempt === latest.current) setPending(null);
    }
  };
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
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
              onChange={(e) => void save(e.target.value as Choice)}
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
