/**
 * Frontmatter contract of an article entry (`content/articles/<slug>.md`).
 * Shared by the Astro build (`src/content.config.ts`) and the importer, so an
 * imported entry is validated exactly as the build will validate it.
 * Topic references are checked against the topics collection in `src/lib/content.ts`.
 */
import { z } from 'astro/zod';
import { calendarDay, dateTimeWithOffset, httpUrl, slug, text, unknownFieldError } from './fields.ts';

/** Longest accepted headline, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Longest accepted standfirst, in characters. */
export const MAX_DESCRIPTION_LENGTH = 1000;

/** Most topics an article may list: each one puts the story on a topic page and in a topic feed. */
export const MAX_TOPICS_PER_ARTICLE = 10;

/** A person or desk credited for the piece, with their role as printed. */
export const creditSchema = z.object({
  name: text(120),
  role: text(160),
});

/** The original publication of a republished piece. */
export const sourceSchema = z.object({
  name: text(120),
  url: httpUrl,
  /** Section of the original publication, e.g. "Belgique / Politique". */
  section: text(120).optional(),
});

/** A source named by a background brief (URL optional: printed or archive sources have none). */
export const referenceSchema = z.object({
  name: text(300),
  url: httpUrl.optional(),
});

/** A dated event the story is about, listed in topic chronologies. */
export const eventSchema = z.object({
  date: calendarDay,
  label: text(200),
});

export const ARTICLE_KINDS = ['article', 'brief'] as const;

/** Fields the importer can read from a saved page instead of the command line. */
export const PAGE_FIELDS = [
  'title',
  'description',
  'publishedAt',
  'updatedAt',
  'credits',
  'source.name',
  'source.url',
  'source.section',
] as const;

/** The importer's record of an entry read from a saved page: the page's language and the fields it gave. */
export const importedSchema = z.strictObject({
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, { error: 'expected a language tag, e.g. fr or fr-BE' })
    .optional(),
  fromPage: z.array(z.enum(PAGE_FIELDS, { error: `expected some of: ${PAGE_FIELDS.join(', ')}` })).optional(),
});

/** What a dated change to a published story was: new information, or the fix of an error. */
export const UPDATE_KINDS = ['update', 'correction'] as const;

/** A dated change to a published story, shown on its page, in feeds and on /corrections/. */
export const updateSchema = z.object({
  date: dateTimeWithOffset,
  kind: z.enum(UPDATE_KINDS, { error: `expected one of: ${UPDATE_KINDS.join(', ')}` }).default('update'),
  /** What changed, written for readers. */
  text: text(600),
});

/** Editorial weight on the home page: higher comes first within its block; most stories keep 0. */
export const MAX_PRIORITY = 9;

const articleFields = {
  title: text(MAX_TITLE_LENGTH),
  /** The standfirst (chapeau), shown under the headline and used as meta description. */
  description: text(MAX_DESCRIPTION_LENGTH),
  publishedAt: dateTimeWithOffset,
  updatedAt: dateTimeWithOffset.optional(),
  /** Editorial note on the dates, e.g. that the day of publication is inferred. */
  dateNote: text(400).optional(),
  topics: z
    .array(slug, { error: 'expected a list of topic slugs, e.g. [terrorisme, securite]' })
    .min(1, { error: 'list at least one topic' })
    .max(MAX_TOPICS_PER_ARTICLE, {
      error: (issue) =>
        `lists ${Array.isArray(issue.input) ? issue.input.length : 'too many'} topics; keep the ${MAX_TOPICS_PER_ARTICLE} that matter most (at most ${MAX_TOPICS_PER_ARTICLE})`,
    })
    .refine((topics) => new Set(topics).size === topics.length, { error: 'lists the same topic twice' }),
  credits: z
    .array(creditSchema, { error: 'expected a list of { name, role }' })
    .min(1, { error: 'credit at least one person or desk' }),
  source: sourceSchema.optional(),
  references: z.array(referenceSchema).default([]),
  kind: z.enum(ARTICLE_KINDS, { error: `expected one of: ${ARTICLE_KINDS.join(', ')}` }).default('article'),
  event: eventSchema.optional(),
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  /** Written by the importer for a saved page; not shown to readers. */
  imported: importedSchema.optional(),
  priority: z
    .number({ error: `expected a whole number from 0 to ${MAX_PRIORITY}` })
    .int({ error: `expected a whole number from 0 to ${MAX_PRIORITY}` })
    .min(0, { error: `expected a whole number from 0 to ${MAX_PRIORITY}` })
    .max(MAX_PRIORITY, { error: `expected a whole number from 0 to ${MAX_PRIORITY}` })
    .default(0),
  /** Dated updates and corrections, oldest first; `updatedAt` must be the newest one's date. */
  updates: z.array(updateSchema, { error: 'expected a list of { date, kind, text }' }).default([]),
};

/** Frontmatter of an article or background brief. */
export const articleSchema = z
  .strictObject(articleFields, unknownFieldError(Object.keys(articleFields)))
  .superRefine((data, ctx) => {
    // Zod runs this even when a date field failed (and kept its string): compare real dates only.
    const { publishedAt, updatedAt } = data as { publishedAt: unknown; updatedAt: unknown };
    if (updatedAt instanceof Date && publishedAt instanceof Date && updatedAt.getTime() < publishedAt.getTime()) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'is earlier than publishedAt; an update cannot precede first publication',
      });
    }
    data.updates.forEach((update, index) => {
      if (update.date.getTime() < data.publishedAt.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'date'],
          message: 'is earlier than publishedAt; an update cannot precede first publication',
        });
      }
      const previous = data.updates[index - 1];
      if (previous && update.date.getTime() < previous.date.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updates', index, 'date'], message: 'list updates oldest first' });
      }
    });
    const newestUpdate = data.updates.at(-1);
    if (newestUpdate && data.updatedAt?.getTime() !== newestUpdate.date.getTime()) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'must equal the date of the newest entry of updates, so pages, feeds and sitemaps agree',
      });
    }
    if (data.kind === 'brief' && data.references.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'a brief must name at least one source' });
    }
  });

/** Article frontmatter as written in the entry file (dates still strings). */
export type ArticleFrontmatterInput = z.input<typeof articleSchema>;
/** Article frontmatter after validation (dates as `Date`). */
export type ArticleData = z.output<typeof articleSchema>;
