// Terminal output of an import: live progress and the result table or the problem list.
import type { ImportProgress, ImportResult } from './service';
import { describeProblem } from './problems';

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  const started = Date.now();
  return (p) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const detail = p.file ? ` ${p.file}${p.records !== undefined ? ` ${p.records.toLocaleString('da-DK')} rows` : ''}` : '';
    const text = `[${seconds}s] ${p.phase}${detail}`;
    if (stream.isTTY) stream.write(`\r\x1b[K${text}${p.phase === 'done' ? '\n' : ''}`);
    else if (p.phase !== 'reading' || p.records === 0) stream.write(`${text}\n`);
  };
}

export function printResult(result: ImportResult, out: NodeJS.WriteStream = process.stdout): void {
  if (result.status === 'succeeded') {
    out.write(`Import ${result.batchId} succeeded.\n`);
    out.write('file                 inserted   updated unchanged   removed\n');
    for (const c of result.counts) {
      out.write(`${c.file.padEnd(18)} ${[c.inserted, c.updated, c.unchanged, c.removed].map((n) => String(n).padStart(9)).join(' ')}\n`);
    }
    return;
  }
  out.write(`Import ${result.batchId} FAILED: nothing was changed. ${result.errorCount} problem(s):\n`);
  for (const e of result.errors) out.write(`  ${describeProblem(e)}\n`);
  const unlisted = result.errorCount - result.errors.length;
  if (unlisted > 0) out.write(`  ... and ${unlisted} more problem(s) not listed.\n`);
}
