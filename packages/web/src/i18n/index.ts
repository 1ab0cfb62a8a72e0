import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@jiping/domain';
import zhCN from './zh-CN.ts';
import enUS from './en-US.ts';

const STORAGE_KEY = 'jiping.locale';

export function storedLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

export function rememberLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: storedLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export default i18n;
