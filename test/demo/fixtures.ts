// Generates demo data sets into a temporary folder for the tests of this folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoDataSet, type DemoSummary } from '../../server/demo/generate';

export const UNTIL = '2026-11-23';
export const SEED = 'tilsyn-demo';

export class DemoFolders {
  private root = '';
  private count = 0;

  async setUp(): Promise<void> {
    this.root = await mkdtemp(join(tmpdir(), 'tilsyn-demo-test-'));
  }

  async tearDown(): Promise<void> {
    if (this.root) await rm(this.root, { recursive: true, force: true });
  }

  async generate(options: { scale: number; seed?: string; until?: string }): Promise<{ dir: string; summary: DemoSummary }> {
    const dir = join(this.root, `set-${++this.count}`);
    const summary = await generateDemoDataSet({ outDir: dir, scale: options.scale, seed: options.seed ?? SEED, until: options.until ?? UNTIL });
    return { dir, summary };
  }
}
