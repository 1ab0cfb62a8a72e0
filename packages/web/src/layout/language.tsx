import { useEffect } from 'react';
import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '@jiping/domain';
import i18n, { rememberLocale } from '../i18n/index.ts';
import { ApiError } from '../api/client.ts';
import { useMe } from '../api/me.ts';
import { saveLocalePreference } from '../api/preferences.ts';

/** Switches the interface language everywhere it shows: texts, Ant Design, dayjs, <html lang> and the tab title. */
export function applyLocale(locale: Locale) {
  rememberLocale(locale);
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
  return i18n.changeLanguage(locale).then(() => {
    document.title = i18n.t('brand.title');
  });
}

/** A saved preference of the signed-in user wins over the choice stored in this browser. */
export function useUserLocale() {
  const me = useMe();
  const saved = me.data?.user.locale;
  useEffect(() => {
    if (saved && saved !== i18n.language) void applyLocale(saved);
  }, [saved]);
}

/**
 * The header's language switch. Its accessible name is the language it switches to ("English" /
 * "中文"); a signed-in user's choice is also saved with their account.
 */
export function LanguageButton() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const { message } = App.useApp();
  const toggle = async () => {
    const next: Locale = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
    await applyLocale(next);
    if (me.data) {
      try {
        await saveLocalePreference(client, next);
      } catch (error) {
        void message.warning(t('language.notSaved', { reason: error instanceof ApiError ? error.detail : t('common.errorTitle') }));
      }
    }
    // The server words its data (district names, reasons) in the request's language: read it again.
    await client.invalidateQueries();
  };
  return (
    <Button type="text" lang={i18n.language === 'en-US' ? 'zh-CN' : 'en'} onClick={() => void toggle()}>
      {t('common.switchLanguage')}
    </Button>
  );
}
