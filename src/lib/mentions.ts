/**
 * Who each story names: people and organisations found by their name or aliases in the headline,
 * standfirst and text. Found rather than tagged, so an imported story (whose file stays as imported)
 * is linked like any other, and a name added to a story is picked up on the next build.
 */
import type { EntityData } from '../schemas/entity.ts';

/** A person or organisation as the matcher needs it. */
export interface EntityRecord {
  id: string;
  data: Pick<EntityData, 'name' | 'aliases'>;
}

/** A story's searchable text, in three parts. */
export interface MentionSource {
  id: string;
  title: string;
  description: string;
  bodyText: string;
}

/** What one story names: `about` in its headline or standfirst, `mentions` in its text only. */
export interface StoryMentions<E> {
  about: E[];
  mentions: E[];
}

// Typography puts no-break spaces in text; names are matched on plain spaces.
const normalizeSpaces = (text: string) => text.replace(/\s+/gu, ' ');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-sensitive matcher for any of `names` (`Jambon` does not match `Jambonneau`). */
export function buildNameMatcher(names: readonly string[]): RegExp {
  const alternatives = [...names]
    .map((n) => normalizeSpaces(n.trim()))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Story id → the entities it names, in the order of `entities`; stories naming none are absent. */
export function findMentions<E extends EntityRecord>(
  entities: readonly E[],
  stories: readonly MentionSource[],
): Map<string, StoryMentions<E>> {
  const matchers = entities.map((entity) => ({
    entity,
    matcher: buildNameMatcher([entity.data.name, ...entity.data.aliases]),
  }));
  const byStory = new Map<string, StoryMentions<E>>();
  // No entity, nothing to find: do not read every story's body for nothing.
  if (matchers.length === 0) return byStory;
  for (const story of stories) {
    const head = normalizeSpaces(`${story.title}\n${story.description}`);
    const body = normalizeSpaces(story.bodyText);
    const found: StoryMentions<E> = { about: [], mentions: [] };
    for (const { entity, matcher } of matchers) {
      if (matcher.test(head)) found.about.push(entity);
      else if (matcher.test(body)) found.mentions.push(entity);
    }
    if (found.about.length + found.mentions.length > 0) byStory.set(story.id, found);
  }
  return byStory;
}

/** Entity id → the ids of the stories naming it, in the order of `storyIdsInOrder`. */
export function groupStoriesByEntity<E extends { id: string }>(
  mentionsByStory: ReadonlyMap<string, StoryMentions<E>>,
  storyIdsInOrder: readonly string[],
): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const storyId of storyIdsInOrder) {
    const found = mentionsByStory.get(storyId);
    if (!found) continue;
    for (const entity of [...found.about, ...found.mentions]) {
      const list = byEntity.get(entity.id) ?? [];
      if (!byEntity.has(entity.id)) byEntity.set(entity.id, list);
      list.push(storyId);
    }
  }
  return byEntity;
}
