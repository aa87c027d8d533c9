// Copies of the hand-made data set in test/fixtures/small that a test may break on purpose.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SMALL_FIXTURE = fileURLToPath(new URL('../fixtures/small', import.meta.url));
export const TEST_SECRET = 'test-secret-not-for-production';

export class FixtureCopy {
  readonly dir: string;

  constructor(source = SMALL_FIXTURE) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'tilsyn-fixture-'));
    cpSync(source, this.dir, { recursive: true });
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }

  /** Replaces exactly one occurrence, so a typo in a test cannot silently change nothing. */
  replace(file: string, from: string, to: string): this {
    const text = this.read(file);
    if (text.split(from).length !== 2) throw new Error(`expected "${from}" exactly once in ${file}`);
    writeFileSync(path.join(this.dir, file), text.replace(from, to));
    return this;
  }

  append(file: string, line: string): this {
    appendFileSync(path.join(this.dir, file), `${line}\n`);
    return this;
  }

  write(file: string, content: string | Buffer): this {
    writeFileSync(path.join(this.dir, file), content);
    return this;
  }

  remove(file: string): this {
    rmSync(path.join(this.dir, file));
    return this;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
