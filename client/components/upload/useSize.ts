import { useI18n } from 'vue-i18n';
import { useFormat } from '../../composables/useFormat';
import { sizeParts } from './uploadSteps';

/** Formats a byte count for the upload page: `1,2 MB`. */
export function useSize(): (bytes: number) => string {
  const { t } = useI18n();
  const fmt = useFormat();
  return (bytes) => {
    const { key, value } = sizeParts(bytes);
    return t(`upload.size.${key}`, { n: fmt.value.decimal(value, key === 'bytes' ? 0 : 1) });
  };
}
