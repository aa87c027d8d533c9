// An import problem in the reader's language: the importer stores each problem's code and values
// beside its English text (server/importer/problem-text.ts), and the page words it from
// i18n `upload.problem.<code>`. A problem without a code this page knows keeps the importer's English.

export interface ImportProblem { message: string; code?: string; params?: Record<string, string | number> }

export interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
}

const OVERLAPS = new Set(['employmentOverlap', 'assignmentOverlap']);

/** The text and, when it is the importer's own English, `lang` 'en' (so a screen reader says it right). */
export function problemText(i18n: Translator, problem: ImportProblem): { text: string; lang: 'en' | null } {
  const key = `upload.problem.${problem.code ?? ''}`;
  if (!problem.code || problem.code === 'part' || !i18n.te(key)) return { text: problem.message, lang: 'en' };
  const values: Record<string, unknown> = { ...problem.params };
  if (OVERLAPS.has(problem.code)) {
    values.period = i18n.t(values.to === undefined ? 'upload.problem.part.periodOpen' : 'upload.problem.part.periodClosed', values);
    values.where = values.line === undefined ? i18n.t('upload.problem.part.alreadyImported') : i18n.t('upload.problem.part.onLine', values);
  }
  return { text: i18n.t(key, values), lang: null };
}
