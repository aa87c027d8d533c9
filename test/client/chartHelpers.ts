import { formattersFor } from '../../client/i18n/format';
import { createFigureText } from '../../client/utils/figureText';
import { createAppI18n } from './fixtures';

/** A stand-in for `t` that shows the key and its named values, so builders can be checked without the messages. */
export const keyT = (key: string, named?: Record<string, unknown>) =>
  named && Object.keys(named).length > 0 ? `«${key}»${JSON.stringify(named)}` : `«${key}»`;

/** Figure text with key-showing translations and English number formats. */
export const keyText = createFigureText(keyT, formattersFor('en'));

/** Figure text as a Danish reader sees it. */
export function danishText() {
  const { t } = createAppI18n('da').global;
  return createFigureText((key, named, plural) => t(key, named ?? {}, plural ?? 1), formattersFor('da'));
}

/** The series of an option as a plain array (ECharts allows one object or an array). */
export function seriesOf(option: { series?: unknown }): Array<Record<string, any>> {
  const { series } = option;
  return (Array.isArray(series) ? series : [series]) as Array<Record<string, any>>;
}
