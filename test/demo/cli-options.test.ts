import { describe, expect, it } from 'vitest';
import { parseDemoArguments, UsageError } from '../../server/demo/cli-options';

const TODAY = '2026-11-23';

describe('demo-data command-line flags', () => {
  it('defaults to scale 1, seed tilsyn-demo and today', () => {
    expect(parseDemoArguments(['--out', '/tmp/x'], TODAY)).toEqual({ outDir: '/tmp/x', scale: 1, seed: 'tilsyn-demo', until: TODAY });
  });

  it('reads every flag, with a space or an equals sign, fractional scales included', () => {
    expect(parseDemoArguments(['--out=/tmp/y', '--scale', '0.05', '--seed=abc', '--until', '2020-02-29'], TODAY))
      .toEqual({ outDir: '/tmp/y', scale: 0.05, seed: 'abc', until: '2020-02-29' });
  });

  it.each([
    [['--scale', '2'], /--out <folder> is required/],
    [['--out', 'x', '--sclae', '2'], /unknown flag --sclae/],
    [['--out', 'x', '--scale', 'ten'], /--scale must be a number, got "ten"/],
    [['--out', 'x', '--scale', '0'], /--scale must be a number above 0/],
    [['--out', 'x', '--until', '2026-02-30'], /--until must be a date YYYY-MM-DD, got "2026-02-30"/],
    [['--out', 'x', '--until', '2016-12-31'], /--until must be on or after 2017-01-01/],
    [['--out', '--scale', '1'], /--out needs a value/],
    [['--out', 'x', 'extra'], /unexpected argument "extra"/],
  ])('rejects %j naming the flag', (args, message) => {
    expect(() => parseDemoArguments(args, TODAY)).toThrow(UsageError);
    expect(() => parseDemoArguments(args, TODAY)).toThrow(message);
  });
});
