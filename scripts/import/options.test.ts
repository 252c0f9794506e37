import { describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { type ImportOptions, parseImportArgs, parseTopicList, USAGE } from './options.ts';

const REQUIRED = ['capture.txt', '--published-at', '2017-01-06T19:00:00+01:00', '--topics', 'terrorisme,securite'];
const DEFAULTS: ImportOptions = {
  capture: 'capture.txt',
  publishedAt: '2017-01-06T19:00:00+01:00',
  topics: ['terrorisme', 'securite'],
  credits: [],
  references: [],
  kind: 'article',
  draft: false,
  contentDir: 'content',
  dryRun: false,
  force: false,
};

const parse = (argv: string[], env: Record<string, string | undefined> = {}) => parseImportArgs(argv, env);

describe('parseImportArgs', () => {
  it.each<[string, string[], Partial<ImportOptions>, Record<string, string>?]>([
    ['required options only', REQUIRED, {}],
    [
      'options before the capture, --name=value form',
      ['--topics=terrorisme', '--published-at=2017-01-06T18:00:00Z', 'capture.txt'],
      { topics: ['terrorisme'], publishedAt: '2017-01-06T18:00:00Z' },
    ],
    ['spaces around topics', [...REQUIRED.slice(0, 4), ' terrorisme , securite ,'], {}],
    [
      'every option',
      [
        ...REQUIRED,
        '--slug',
        'mon-article',
        '--credit',
        'Martin Vachiery=Reportage RTLINFO 19H',
        '--credit',
        'Steve Damman=Reportage RTLINFO 19H',
        '--source-name',
        'RTL INFO',
        '--source-url',
        'https://www.rtl.be/x?a=1',
        '--source-section',
        'Belgique / Politique',
        '--reference',
        'Belga=https://www.belga.be/',
        '--reference',
        'Le Soir',
        '--date-note',
        'Date déduite : le 6 ; -1 h',
        '--updated-at',
        '2017-01-07T08:00:00+01:00',
        '--kind',
        'brief',
        '--draft',
        '--content-dir',
        '/tmp/contenu',
        '--dry-run',
        '--force',
      ],
      {
        slug: 'mon-article',
        credits: [
          { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
          { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
        ],
        sourceName: 'RTL INFO',
        sourceUrl: 'https://www.rtl.be/x?a=1',
        sourceSection: 'Belgique / Politique',
        references: [{ name: 'Belga', url: 'https://www.belga.be/' }, { name: 'Le Soir' }],
        dateNote: 'Date déduite : le 6 ; -1 h',
        updatedAt: '2017-01-07T08:00:00+01:00',
        kind: 'brief',
        draft: true,
        contentDir: '/tmp/contenu',
        dryRun: true,
        force: true,
      },
    ],
    ['content dir from VIGIE_CONTENT_DIR', REQUIRED, { contentDir: 'autre' }, { VIGIE_CONTENT_DIR: 'autre' }],
    [
      '--content-dir wins over VIGIE_CONTENT_DIR',
      [...REQUIRED, '--content-dir', 'ici'],
      { contentDir: 'ici' },
      { VIGIE_CONTENT_DIR: 'autre' },
    ],
    [
      'no --published-at (a saved page may state it; checked once the capture is read)',
      ['capture.html', '--topics', 'terrorisme,securite'],
      { capture: 'capture.html', publishedAt: undefined },
    ],
    [
      'page overrides',
      [...REQUIRED, '--title', ' Un  titre ', '--standfirst', 'Un chapeau.', '--allow-language', 'EN'],
      { title: 'Un titre', standfirst: 'Un chapeau.', allowLanguage: 'en' },
    ],
    [
      'a capture named like an option after --',
      ['--published-at', '2017-01-06T19:00:00+01:00', '--topics', 'terrorisme,securite', '--', '--capture.txt'],
      { capture: '--capture.txt' },
    ],
  ])('%s', (_, argv, expected, env = {}) => {
    expect(parse(argv, env)).toEqual({ help: false, options: { ...DEFAULTS, ...expected } });
  });

  it.each([['--help'], ['-h'], ['--unknown', '--help']])('%j asks for help', (...argv) => {
    expect(parse(argv)).toEqual({ help: true });
  });

  it('documents every option in the usage text', () => {
    for (const option of [
      '--published-at',
      '--topics',
      '--slug',
      '--credit',
      '--source-name',
      '--source-url',
      '--source-section',
      '--title',
      '--standfirst',
      '--allow-language',
      '--date-note',
      '--kind',
      '--content-dir',
      '--dry-run',
      '--force',
      '--help',
      '2 MiB',
    ]) {
      expect(USAGE).toContain(option);
    }
  });

  it.each<[string, string[], RegExp]>([
    ['no capture', REQUIRED.slice(1), /^no capture file given\. Run "npm run import -- --help" for usage$/],
    ['two captures', [...REQUIRED, 'other.txt'], /expected one capture file, got 2: "capture.txt", "other.txt"/],
    ['an unknown option', [...REQUIRED, '--titre', 'x'], /^unknown option --titre\./],
    ['an unknown option with a value', [...REQUIRED, '--titre=x'], /^unknown option --titre\./],
    ['a single-dash option', [...REQUIRED, '-f'], /^unknown option -f\./],
    ['a missing value at the end', [...REQUIRED, '--slug'], /^--slug needs a value/],
    ['an option where a value should be', [...REQUIRED, '--slug', '--force'], /^--slug needs a value/],
    ['a value for a flag', [...REQUIRED, '--force=yes'], /^--force takes no value/],
    ['a repeated option', [...REQUIRED, '--slug', 'a', '--slug', 'b'], /^--slug is given twice/],
    ['a blank --title', [...REQUIRED, '--title', '  '], /^--title is blank/],
    [
      'a malformed --allow-language',
      [...REQUIRED, '--allow-language', 'english'],
      /--allow-language "english" is not a language code/,
    ],
    [
      'a date without offset',
      ['capture.txt', '--published-at', '2017-01-06T19:00:00', '--topics', 'terrorisme'],
      /--published-at "2017-01-06T19:00:00" is not an ISO 8601 date-time with offset/,
    ],
    [
      'an impossible date',
      ['capture.txt', '--published-at', '2017-13-45T19:00:00+01:00', '--topics', 'terrorisme'],
      /is not an ISO 8601 date-time with offset/,
    ],
    ['a bad --updated-at', [...REQUIRED, '--updated-at', 'demain'], /--updated-at "demain" is not an ISO 8601/],
    ['no --topics', ['capture.txt', '--published-at', '2017-01-06T19:00:00+01:00'], /^--topics is required/],
    ['a malformed slug', [...REQUIRED, '--slug', 'Mon Article'], /--slug "Mon Article" is not a slug/],
    ['an unknown kind', [...REQUIRED, '--kind', 'opinion'], /--kind "opinion" is not one of: article, brief/],
    [
      'a malformed credit',
      [...REQUIRED, '--credit', 'Martin Vachiery'],
      /--credit "Martin Vachiery" is not of the form "Name=Role"/,
    ],
    [
      'a reference with an empty URL',
      [...REQUIRED, '--reference', 'Belga='],
      /--reference "Belga=" is not of the form/,
    ],
  ])('refuses %s', (_, argv, message) => {
    expect(() => parse(argv)).toThrow(ImportError);
    expect(() => parse(argv)).toThrow(message);
  });
});

describe('parseTopicList', () => {
  it.each<[string, string[] | RegExp]>([
    ['terrorisme', ['terrorisme']],
    ['a,b-c,d2', ['a', 'b-c', 'd2']],
    [',,', /--topics lists no topic/],
    ['terrorisme,Sécurité', /--topics: "Sécurité" is not a slug/],
    ['A,B', /--topics: "A", "B" are not slugs/],
    ['a,b,a', /--topics lists "a" twice/],
  ])('%j', (value, expected) => {
    if (expected instanceof RegExp) expect(() => parseTopicList(value)).toThrow(expected);
    else expect(parseTopicList(value)).toEqual(expected);
  });
});
