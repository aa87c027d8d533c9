import { computed, watchEffect, type WritableComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { storeLocale } from '../i18n';
import { isAppLocale, type AppLocale } from '../i18n/format';

/**
 * The interface language: changing it updates vue-i18n, `<html lang>` (so screen readers switch
 * voice) and the choice remembered on this device.
 */
export function useLocale(): WritableComputedRef<AppLocale> {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>({
    get: () => (isAppLocale(locale.value) ? locale.value : 'da'),
    set: (value) => {
      locale.value = value;
      storeLocale(value);
    },
  });
  watchEffect(() => {
    document.documentElement.lang = current.value;
  });
  return current;
}
