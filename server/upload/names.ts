// Which uploaded files make a data set: the names of ../shared/spec/data-format.md, each once,
// every required file present. Problems use the importer's record, so one table shows both.
import type { ImportErrorRecord } from '../db/schema';
import { problemText, type ProblemText } from '../importer/problem-text';
import { FILE_SPECS } from '../importer/files';

const KNOWN = new Set(FILE_SPECS.map((s) => s.file));

export type UploadedKind = 'csv' | 'zip' | 'other';

/** The file name without any folder a browser or zip tool put in front of it. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? '';
}

export function kindOf(name: string): UploadedKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.zip')) return 'zip';
  return 'other';
}

/** Only a known name is ever used as a path on disk. */
export function isKnownFile(name: string): boolean {
  return KNOWN.has(name);
}

export function fileProblem(file: string, text: ProblemText): ImportErrorRecord {
  return { file, line: null, column: null, value: null, ...text };
}

/** The problems with a set of uploaded CSV names (as uploaded, in order): unknown, repeated, missing. */
export function checkDataSetNames(names: readonly string[]): ImportErrorRecord[] {
  const problems: ImportErrorRecord[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!KNOWN.has(name)) {
      problems.push(fileProblem(name, problemText('notAFileOfTheFormat', { files: [...KNOWN].join(', ') })));
    } else if (seen.has(name)) {
      problems.push(fileProblem(name, problemText('fileUploadedTwice')));
    }
    seen.add(name);
  }
  for (const spec of FILE_SPECS) {
    if (!spec.optional && !seen.has(spec.file)) problems.push(fileProblem(spec.file, problemText('fileMissing')));
  }
  return problems;
}

/** The batch's source in the import history: what the admin uploaded, not the temporary folder. */
export function uploadSource(uploaded: readonly string[]): string {
  const shown = uploaded.slice(0, 3).join(', ');
  // Language-neutral: the history shows it as it is in Danish and English alike.
  const rest = uploaded.length > 3 ? ` +${uploaded.length - 3}` : '';
  return `upload: ${shown}${rest}`;
}
