// Which files of a data set folder are present, and which are missing or unknown.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FILE_SPECS, type FileSpec } from './files';
import type { ProblemList } from './problems';
import { problemText } from './problem-text';

export interface PresentFile { spec: FileSpec; path: string }

export async function listDataSet(folder: string, problems: ProblemList): Promise<PresentFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    problems.add({ file: folder, line: null, column: null, value: null, ...problemText('folderUnreadable') });
    return [];
  }
  const known = new Set(FILE_SPECS.map((s) => s.file));
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
    if (!known.has(name)) {
      problems.add({
        file: name, line: null, column: null, value: null,
        ...problemText('notAFileOfTheFormat', { files: [...known].join(', ') }),
      });
    }
  }
  const present: PresentFile[] = [];
  for (const spec of FILE_SPECS) {
    if (names.includes(spec.file)) present.push({ spec, path: path.join(folder, spec.file) });
    else if (!spec.optional) {
      problems.add({ file: spec.file, line: null, column: null, value: null, ...problemText('fileMissing') });
    }
  }
  return present;
}
