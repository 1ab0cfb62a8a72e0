import { App, Card, Descriptions, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import type { Locale } from '@jiping/domain';
import type { Me } from '@jiping/contracts';
import { api, ApiError } from '../../api/client.ts';
import { applyLocale } from '../../layout/language.tsx';
import { PageTitle } from '../../layout/common.tsx';

export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const save = async (locale: Locale | null) => {
    try {
      await api('/api/v1/me/preferences', { method: 'PATCH', body: { locale, version: me.user.version } });
      if (locale) await applyLocale(locale);
      await client.invalidateQueries({ queryKey: ['me'] });
      void message.success(t('profile.saved'));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.detail : String(error));
      await client.invalidateQueries({ queryKey: ['me'] });
    }
  };
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Card>
        <Descriptions column={1}>
          <Descriptions.Item label={t('users.username')}>{me.user.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.displayName')}>{me.user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('profile.language')}>
            <Radio.Group
              aria-label={t('profile.language')}
              value={me.user.locale ?? 'browser'}
              onChange={(e) => void save(e.target.value === 'browser' ? null : (e.target.value as Locale))}
              options={[
                { value: 'browser', label: t('profile.followBrowser') },
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
