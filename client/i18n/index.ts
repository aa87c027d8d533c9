import { createI18n } from 'vue-i18n';
import da, { type MessageSchema } from './da';
import en from './en';
import { isAppLocale, type AppLocale } from './format';

export type { MessageSchema };

const STORAGE_KEY = 'tilsyn.locale';

/** The language the user chose last time on this device; Danish otherwise. */
export function storedLocale(): AppLocale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : 'da';
  } catch {
    return 'da';
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or blocked storage: the choice simply is not remembered.
  }
}

export function createAppI18n(locale: AppLocale = 'da') {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'da',
    messages: { da, en },
  });
}
