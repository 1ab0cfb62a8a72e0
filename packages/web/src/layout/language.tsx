import { useEffect } from 'react';
import { Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '@jiping/domain';
import i18n, { rememberLocale } from '../i18n/index.ts';
import { api } from '../api/client.ts';
import { useMe } from '../api/me.ts';

export function applyLocale(locale: Locale) {
  rememberLocale(locale);
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
  return i18n.changeLanguage(locale);
}

/** A saved preference of the signed-in user wins over the browser's stored choice. */
export function useUserLocale() {
  const me = useMe();
  const saved = me.data?.user.locale;
  useEffect(() => {
    if (saved && saved !== i18n.language) void applyLocale(saved);
  }, [saved]);
}

/** Switches the language; a signed-in user's choice is saved with their account. */
export function LanguageButton() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const toggle = async () => {
    const next: Locale = i18n.language === 'zh-CN' ? 'en-US' : 'zh-CN';
    await applyLocale(next);
    if (me.data) {
      await api('/api/v1/me/preferences', { method: 'PATCH', body: { locale: next, version: me.data.user.version } }).catch(() => undefined);
    }
    await client.invalidateQueries();
  };
  return (
    <Button type="text" onClick={() => void toggle()}>
      {t('common.switchLanguage')}
    </Button>
  );
}
