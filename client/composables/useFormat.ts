import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { formattersFor, isAppLocale, type Formatters } from '../i18n/format';

/** The formatters of the current language; use as `fmt.percent(x)` in templates. */
export function useFormat(): ComputedRef<Formatters> {
  const { locale } = useI18n();
  return computed(() => formattersFor(isAppLocale(locale.value) ? locale.value : 'da'));
}
