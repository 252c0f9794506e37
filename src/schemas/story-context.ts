/**
 * Schema of a story's context file (`content/context/<article-id>.yaml`): what Vigie adds around a
 * story whose text is data (an imported article must stay byte-identical to its import), kept beside
 * it rather than in it. The file name is the id of the article it annotates.
 */
import { z } from 'astro/zod';
import { eventSchema } from './article.ts';
import { slug, text, unknownFieldError } from './fields.ts';

const noteFields = {
  /** A phrase copied from one paragraph of the story; the note goes after that paragraph. */
  after: text(300),
  /** Id of the background brief the note links to (a file of `content/articles/`). */
  brief: slug,
};

/** One « Repère » placed between two paragraphs. */
export const contextNoteSchema = z.strictObject(noteFields, unknownFieldError(Object.keys(noteFields)));

const contextFields = {
  /** The dated event the story reports, for topic chronologies (when its own frontmatter cannot carry it). */
  event: eventSchema.optional(),
  /** « Repère » notes, in any order; each is placed after the paragraph holding its anchor phrase. */
  notes: z.array(contextNoteSchema, { error: 'expected a list of { after, brief }' }).default([]),
};

/** A story's context file. */
export const storyContextSchema = z.strictObject(contextFields, unknownFieldError(Object.keys(contextFields)));

/** A context file after validation. */
export type StoryContextData = z.output<typeof storyContextSchema>;
