/**
 * Schema of a topic entry (`content/topics/<slug>.yaml`); the file name is the slug.
 */
import { z } from 'astro/zod';
import { text, unknownFieldError } from './fields.ts';

const topicFields = {
  /** French name as shown to readers, accents kept ("Coopération franco-belge"). */
  name: text(80),
  /** Intro paragraph shown at the top of the topic page and in its feed. */
  description: text(1000),
  /** Show a chronology of the dated events of the topic's stories on its page. */
  chronology: z.boolean({ error: 'expected true or false' }).default(false),
};

export const topicSchema = z.strictObject(topicFields, unknownFieldError(Object.keys(topicFields)));

export type TopicData = z.output<typeof topicSchema>;
