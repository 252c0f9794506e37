/**
 * Schema of a person or organisation the stories name (`content/people/<slug>.yaml`); the file
 * name is the slug of its page (`/personnes/<slug>/` or `/organisations/<slug>/`).
 */
import { z } from 'astro/zod';
import { httpUrl, text, unknownFieldError } from './fields.ts';

export const ENTITY_TYPES = ['person', 'organization'] as const;

const identifierFields = {
  /** The identifier's URL, e.g. a Wikidata item. */
  url: httpUrl,
  /** Where it was checked to be this person or organisation (a named source, never a guess). */
  checkedAgainst: text(300),
};

/** An outside identifier for `sameAs`, with the source it was checked against. */
export const identifierSchema = z.strictObject(identifierFields, unknownFieldError(Object.keys(identifierFields)));

const entityFields = {
  /** Name as readers see it and as the stories write it ("Jan Jambon"). */
  name: text(120),
  type: z.enum(ENTITY_TYPES, { error: `expected one of: ${ENTITY_TYPES.join(', ')}` }),
  /** Other spellings the stories use ("M. Jambon", "Etat islamique"); matched as whole words, case kept. */
  aliases: z.array(text(120), { error: 'expected a list of names' }).default([]),
  /** One factual sentence: who they are, as far as the stories are concerned. */
  description: text(400),
  /** Suspected or prosecuted in the stories: their page and the stories naming them recall the presumption of innocence. */
  suspect: z.boolean({ error: 'expected true or false' }).default(false),
  /** Outside identifiers (`sameAs`), each checked against a named source; none rather than a guess. */
  sameAs: z.array(identifierSchema).default([]),
};

/** A person or organisation. */
export const entitySchema = z.strictObject(entityFields, unknownFieldError(Object.keys(entityFields)));

/** A person or organisation after validation. */
export type EntityData = z.output<typeof entitySchema>;
