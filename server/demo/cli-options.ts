// Command-line flags of the demo generator, parsed into DemoOptions with errors that name
// the offending flag and value.
import { DEFAULT_SEED, validateDemoOptions, type DemoOptions } from './generate';

export const USAGE = 'usage: npm run demo-data -- --out <folder> [--scale N] [--seed S] [--until YYYY-MM-DD]';
const FLAGS = ['out', 'scale', 'seed', 'until'] as const;
type Flag = (typeof FLAGS)[number];

export class UsageError extends Error {}

function parseFlags(args: readonly string[]): Partial<Record<Flag, string>> {
  const values: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const name = match[1] as string;
    if (!(FLAGS as readonly string[]).includes(name)) throw new UsageError(`unknown flag --${name}`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    values[name as Flag] = value;
  }
  return values;
}

/** `today` (YYYY-MM-DD) is the default for --until. */
export function parseDemoArguments(args: readonly string[], today: string): DemoOptions {
  const flags = parseFlags(args);
  if (!flags.out) throw new UsageError('--out <folder> is required');
  const scale = flags.scale === undefined ? 1 : Number(flags.scale);
  if (flags.scale !== undefined && (flags.scale.trim() === '' || !Number.isFinite(scale))) {
    throw new UsageError(`--scale must be a number, got "${flags.scale}"`);
  }
  const options: DemoOptions = { outDir: flags.out, scale, seed: flags.seed ?? DEFAULT_SEED, until: flags.until ?? today };
  try {
    validateDemoOptions(options);
  } catch (error) {
    throw new UsageError(`--${(error as Error).message}`); // messages start with the option's name
  }
  return options;
}
