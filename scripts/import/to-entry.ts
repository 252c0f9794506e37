/**
 * {@link Capture} + editorial metadata → the text of an entry file `content/articles/<slug>.md`:
 * YAML frontmatter validated by `articleSchema`, then the body in Markdown. The headline and the
 * standfirst live in the frontmatter (`title`, `description`) and are not repeated in the body.
 */
import { Document } from 'yaml';
import type { z } from 'astro/zod';
import { type ArticleFrontmatterInput, articleSchema } from '../../src/schemas/article.ts';
import type { Capture, CaptureBlock } from './capture.ts';
import type { Credit } from './credits.ts';
import { ImportError } from './errors.ts';
import { escapeMarkdown, escapeMarkdownHeading } from './markdown-escape.ts';

/** Editorial data that does not come from the capture. */
export interface EntryMetadata {
  /** ISO 8601 date-time with offset, e.g. `2017-01-06T19:00:00+01:00`. */
  publishedAt: string;
  updatedAt?: string;
  dateNote?: string;
  topics: string[];
  credits: Credit[];
  source?: { name?: string; url?: string; section?: string };
  references?: { name: string; url?: string }[];
  kind: 'article' | 'brief';
  /** Written only when true. */
  draft?: boolean;
  /** For a saved page: its language and the fields read from it. */
  imported?: { language?: string; fromPage: string[] };
}

/** Frontmatter keys in the order they are written. */
export const FRONTMATTER_KEYS = [
  'title',
  'description',
  'publishedAt',
  'updatedAt',
  'dateNote',
  'topics',
  'credits',
  'source',
  'references',
  'kind',
  'draft',
  'imported',
] as const;

// Where each field comes from, so a schema message points the editor at what to change.
const FIELD_ORIGINS: Record<string, string> = {
  title: 'the headline, or --title',
  description: 'the standfirst, or --standfirst',
  publishedAt: '--published-at, or the page',
  updatedAt: '--updated-at, or the page',
  dateNote: '--date-note',
  topics: '--topics',
  credits: "--credit, the page's authors, or the credit sentence of the standfirst",
  source: '--source-name, --source-url, --source-section, or the page',
  references: '--reference',
  kind: '--kind',
  draft: '--draft',
  imported: 'the saved page',
};

/** The frontmatter object of an entry, keys in {@link FRONTMATTER_KEYS} order, absent values left out. */
export function toFrontmatter(capture: Capture, metadata: EntryMetadata): Record<string, unknown> {
  const values: Record<string, unknown> = {
    title: capture.headline,
    description: capture.standfirst,
    publishedAt: metadata.publishedAt,
    updatedAt: metadata.updatedAt,
    dateNote: metadata.dateNote,
    topics: metadata.topics,
    credits: metadata.credits.map(({ name, role }) => ({ name, role })),
    source:
      metadata.source &&
      withoutUndefined({ name: metadata.source.name, url: metadata.source.url, section: metadata.source.section }),
    references: metadata.references?.length
      ? metadata.references.map((ref) => withoutUndefined({ name: ref.name, url: ref.url }))
      : undefined,
    kind: metadata.kind,
    draft: metadata.draft ? true : undefined,
    imported: metadata.imported && {
      ...(metadata.imported.language ? { language: metadata.imported.language } : {}),
      ...(metadata.imported.fromPage.length > 0 ? { fromPage: metadata.imported.fromPage } : {}),
    },
  };
  return withoutUndefined(Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, values[key]])));
}

/**
 * Checks a frontmatter object against `articleSchema`. Throws one {@link ImportError} listing every
 * problem with the field it concerns and where that field comes from.
 */
export function validateFrontmatter(frontmatter: Record<string, unknown>): ArticleFrontmatterInput {
  const result = articleSchema.safeParse(frontmatter);
  if (result.success) return frontmatter as ArticleFrontmatterInput;
  throw new ImportError(`the entry would be invalid: ${result.error.issues.map(describeIssue).join('; ')}`, {
    hint: 'Fix the option or the capture named above',
  });
}

/** One zod issue as `field (from origin): message`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field =
    issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
      .join('') || 'frontmatter';
  const origin = FIELD_ORIGINS[String(issue.path[0])];
  return `${field}${origin ? ` (from ${origin})` : ''}: ${issue.message}`;
}

/** The Markdown body: subheads as `## ` headings, blocks separated by one blank line. */
export function toMarkdownBody(blocks: readonly CaptureBlock[]): string {
  return blocks
    .map((block) => (block.type === 'subhead' ? `## ${escapeMarkdownHeading(block.text)}` : escapeMarkdown(block.text)))
    .join('\n\n');
}

/**
 * The entry file text: `---`, YAML (dates double-quoted, lines never wrapped), `---`, a blank
 * line and the body; ends with exactly one newline.
 */
export function toEntryText(frontmatter: Record<string, unknown>, blocks: readonly CaptureBlock[]): string {
  // YAML 1.1 rules make the writer quote every string a YAML 1.1 reader (js-yaml, used by Astro)
  // would turn into a date, boolean or number: the dates above all, which the schema wants quoted.
  const yaml = new Document(frontmatter, { version: '1.1' }).toString({ lineWidth: 0 });
  const body = toMarkdownBody(blocks);
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/** Builds and validates the frontmatter, then returns the entry file text. */
export function toEntry(capture: Capture, metadata: EntryMetadata): string {
  const frontmatter = toFrontmatter(capture, metadata);
  validateFrontmatter(frontmatter);
  return toEntryText(frontmatter, capture.blocks);
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
