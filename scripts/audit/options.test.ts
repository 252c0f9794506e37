import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, DEFAULT_RUNS, getPageFile, parseAuditArgs } from './options.ts';

describe('parseAuditArgs', () => {
  it('defaults to the given dist and the three reader pages', () => {
    expect(parseAuditArgs([], 'dist')).toEqual({
      help: false,
      options: { dist: 'dist', pages: [...DEFAULT_PAGES], runs: DEFAULT_RUNS },
    });
  });

  it('reads --dist, --json, repeated --page, --runs and --min', () => {
    expect(
      parseAuditArgs(
        ['--dist', '/tmp/d', '--json', 'out.json', '--page', '/', '--page', '/a-propos/', '--runs', '5', '--min', '90'],
        'dist',
      ),
    ).toEqual({
      help: false,
      options: { dist: '/tmp/d', json: 'out.json', pages: ['/', '/a-propos/'], runs: 5, min: 90 },
    });
  });

  it.each([
    [['--page', 'sujets/'], /--page must be a site path/],
    [['--min', '101'], /--min must be a number from 0 to 100/],
    [['--min', 'abc'], /--min must be a number/],
    [['--runs', '0'], /--runs must be a whole number from 1 to 9, got "0"/],
    [['--runs', '2.5'], /--runs must be a whole number/],
    [['--runs', '10'], /--runs must be a whole number/],
    [['--unknown'], /Unknown option '--unknown'/],
    [['positional'], /positional/i],
  ])('refuses %j', (argv, message) => {
    const parsed = parseAuditArgs(argv, 'dist');
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('recognises --help', () => {
    expect(parseAuditArgs(['--help'], 'dist')).toEqual({ help: true });
  });
});

describe('getPageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/sujets/terrorisme/', 'sujets/terrorisme/index.html'],
    ['/rss.xml', 'rss.xml'],
  ])('%s → %s', (path, file) => {
    expect(getPageFile(path)).toBe(file);
  });
});
