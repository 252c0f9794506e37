import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import type { Capture } from './capture.ts';
import { ImportError } from './errors.ts';
import {
  type EntryMetadata,
  FRONTMATTER_KEYS,
  toEntry,
  toEntryText,
  toFrontmatter,
  toMarkdownBody,
  validateFrontmatter,
} from './to-entry.ts';

const capture: Capture = {
  headline: '"On a fait un grand pas": voici comment',
  standfirst: 'Un objectif commun: renforcer la coopération. Martin Vachiery y a assisté pour le RTLINFO 19H.',
  blocks: [
    { type: 'paragraph', text: 'Premier paragraphe.' },
    { type: 'subhead', text: '"Les services se parlent"' },
    { type: 'paragraph', text: 'Deux * trois\nsuite.' },
  ],
};

const metadata: EntryMetadata = {
  publishedAt: '2017-01-06T19:00:00+01:00',
  topics: ['terrorisme', 'securite'],
  credits: [{ name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' }],
  kind: 'article',
};

const full: EntryMetadata = {
  ...metadata,
  updatedAt: '2017-01-07T08:30:00+01:00',
  dateNote: "Date déduite : l'heure est indicative.",
  source: { name: 'RTL INFO', url: 'https://www.rtl.be/info/x.aspx', section: 'Belgique / Politique' },
  references: [{ name: 'Belga', url: 'https://www.belga.be/' }, { name: 'Le Soir, 7 janvier 2017' }],
  draft: true,
  imported: { language: 'fr-BE', fromPage: ['title', 'source.url'] },
};

/** Frontmatter as Astro reads it (js-yaml), then through the schema the build uses. */
function readBack(entry: string) {
  const { frontmatter, content } = parseFrontmatter(entry);
  return { frontmatter, content, parsed: articleSchema.safeParse(frontmatter) };
}

describe('toEntry', () => {
  it('writes the minimal entry exactly', () => {
    expect(toEntry(capture, metadata)).toBe(
      [
        '---',
        `title: '"On a fait un grand pas": voici comment'`,
        'description: "Un objectif commun: renforcer la coopération. Martin Vachiery y a assisté pour le RTLINFO 19H."',
        'publishedAt: "2017-01-06T19:00:00+01:00"',
        'topics:',
        '  - terrorisme',
        '  - securite',
        'credits:',
        '  - name: Martin Vachiery',
        '    role: Reportage RTLINFO 19H',
        'kind: article',
        '---',
        '',
        'Premier paragraphe.',
        '',
        '## "Les services se parlent"',
        '',
        'Deux \\* trois',
        'suite.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['minimal', metadata],
    ['every field', full],
  ])('%s: keys in contract order, dates quoted, read back by Astro as the same valid data', (_, meta) => {
    const entry = toEntry(capture, meta);
    const { frontmatter, parsed } = readBack(entry);
    expect(parsed.success).toBe(true);
    expect(Object.keys(frontmatter)).toEqual(FRONTMATTER_KEYS.filter((key) => key in frontmatter));
    expect(frontmatter).toEqual(toFrontmatter(capture, meta));
    expect(entry).toMatch(/^publishedAt: "2017-01-06T19:00:00\+01:00"$/m);
    expect(entry.endsWith('\n')).toBe(true);
    expect(entry.endsWith('\n\n')).toBe(false);
  });

  it('writes every field of the full metadata in order', () => {
    expect(Object.keys(toFrontmatter(capture, full))).toEqual([...FRONTMATTER_KEYS]);
    expect(toEntry(capture, full)).toMatch(/^updatedAt: "2017-01-07T08:30:00\+01:00"$/m);
  });

  it('leaves draft out unless true, and an empty reference list out', () => {
    const frontmatter = toFrontmatter(capture, { ...metadata, draft: false, references: [] });
    expect(Object.keys(frontmatter)).not.toContain('draft');
    expect(Object.keys(frontmatter)).not.toContain('references');
  });

  it('does not repeat the headline or the standfirst in the body', () => {
    const { content } = readBack(toEntry(capture, metadata));
    expect(content).not.toContain('voici comment');
    expect(content).not.toContain('Un objectif commun');
  });

  it('never wraps long lines', () => {
    const long = { ...capture, standfirst: `${'mot '.repeat(200)}fin.` };
    const entry = toEntry(long, metadata);
    expect(entry).toContain(`description: ${'mot '.repeat(200)}fin.\n`);
  });

  it.each([
    'yes',
    'no',
    'on',
    '2017-01-06',
    '12',
    '1e3',
    'null',
    '~',
    '.5',
    '0x1F',
    'true',
    '<<',
    '- x',
    '#x',
    '@x',
    '!x',
  ])('keeps the headline %j a string for YAML 1.1 readers', (headline) => {
    const { frontmatter } = readBack(toEntryText(toFrontmatter({ ...capture, headline }, metadata), []));
    expect(frontmatter.title).toBe(headline);
  });

  it('ends right after the frontmatter when the body is empty', () => {
    expect(toEntryText(toFrontmatter({ ...capture, blocks: [] }, metadata), [])).toMatch(/\nkind: article\n---\n$/);
  });
});

describe('toMarkdownBody', () => {
  it.each([
    [[], ''],
    [
      [
        { type: 'paragraph' as const, text: 'Un.' },
        { type: 'paragraph' as const, text: 'Deux.' },
      ],
      'Un.\n\nDeux.',
    ],
    [
      [
        { type: 'subhead' as const, text: 'C #' },
        { type: 'paragraph' as const, text: '- x' },
      ],
      '## C \\#\n\n\\- x',
    ],
  ])('%j', (blocks, expected) => {
    expect(toMarkdownBody(blocks)).toBe(expected);
  });
});

describe('validateFrontmatter', () => {
  it.each([
    [
      'a headline over 200 characters',
      toFrontmatter({ ...capture, headline: 'x'.repeat(201) }, metadata),
      /title \(from the headline, or --title\): must be at most 200 characters/,
    ],
    [
      'an unquoted-style date',
      { ...toFrontmatter(capture, metadata), publishedAt: new Date('2017-01-06') },
      /publishedAt \(from --published-at, or the page\): write the date in quotes/,
    ],
    [
      'an update before publication',
      toFrontmatter(capture, { ...metadata, updatedAt: '2017-01-01T00:00:00+01:00' }),
      /updatedAt \(from --updated-at, or the page\): is earlier than publishedAt/,
    ],
    [
      'a source without URL',
      toFrontmatter(capture, { ...metadata, source: { name: 'RTL INFO' } }),
      /source\.url \(from --source-name, --source-url, --source-section, or the page\)/,
    ],
    [
      'a credit with an empty name',
      toFrontmatter(capture, { ...metadata, credits: [{ name: ' ', role: 'x' }] }),
      /credits\[0\]\.name \(from --credit.*\): must not be empty/,
    ],
    [
      'a brief without references',
      toFrontmatter(capture, { ...metadata, kind: 'brief' }),
      /references \(from --reference\): a brief must name at least one source/,
    ],
    [
      'a page field the schema does not know',
      toFrontmatter(capture, { ...metadata, imported: { fromPage: ['auteur'] } }),
      /imported\.fromPage\[0\] \(from the saved page\): expected some of: title, description/,
    ],
    [
      'a language that is not a language tag',
      toFrontmatter(capture, { ...metadata, imported: { language: 'français', fromPage: [] } }),
      /imported\.language \(from the saved page\): expected a language tag, e\.g\. fr or fr-BE/,
    ],
  ])('refuses %s, naming the field and its origin', (_, frontmatter, message) => {
    expect(() => validateFrontmatter(frontmatter)).toThrow(ImportError);
    expect(() => validateFrontmatter(frontmatter)).toThrow(message);
  });

  it('lists every problem in one message', () => {
    const frontmatter = toFrontmatter(
      { ...capture, headline: 'x'.repeat(201) },
      { ...metadata, source: { name: 'RTL INFO', url: 'ftp://x' } },
    );
    expect(() => validateFrontmatter(frontmatter)).toThrow(
      /^the entry would be invalid: title .*; source\.url .*Fix the option or the capture named above$/,
    );
  });
});
