import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { TranslateWith } from '../charts/theme';
import { createFigureText, type FigureText } from '../utils/figureText';
import { useFormat } from './useFormat';

/** Figures as text in the current language (see utils/figureText.ts); use as `text.rate(x)`. */
export function useFigureText(): ComputedRef<FigureText> {
  const { t } = useI18n();
  const fmt = useFormat();
  const translate: TranslateWith = (key, named, plural) =>
    plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural);
  return computed(() => createFigureText(translate, fmt.value));
}
