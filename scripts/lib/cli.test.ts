import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './cli.ts';

const spec = {
  name: 'demo',
  usage: 'usage: node scripts/demo.ts [dir] [--n <count>] [--quick]\n',
  options: { n: { type: 'string' }, quick: { type: 'boolean' } },
  maxPositionals: 1,
} as const;

describe('parseCommandLine', () => {
  it('returns the values and positionals of a good command line', () => {
    expect(parseCommandLine(['out', '--n', '3', '--quick'], spec)).toEqual({
      kind: 'run',
      values: { n: '3', quick: true },
      positionals: ['out'],
    });
  });

  it.each([['--help'], ['-h'], ['--n', '3', '--help'], ['--bogus', '--help']])('%s asks for the usage', (...argv) => {
    expect(parseCommandLine(argv, spec)).toEqual({
      kind: 'help',
      text: 'usage: node scripts/demo.ts [dir] [--n <count>] [--quick]',
    });
  });

  it.each([
    [['--bogus'], "demo: Unknown option '--bogus'; see --help"],
    [['--n'], "demo: Option '--n <value>' argument missing; see --help"],
    [['--quick=yes'], "demo: Option '--quick' does not take an argument; see --help"],
    [['a', 'b'], "demo: unexpected argument 'b'; see --help"],
  ])('refuses %j in one line naming the problem', (argv, message) => {
    const result = parseCommandLine(argv, spec);
    expect(result).toEqual({ kind: 'error', message });
    expect(message).not.toContain('\n');
  });
});
