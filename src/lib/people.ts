/**
 * Indexes of the people and organisations the stories name, and of the credited authors, built
 * once per build from plain data (no `astro:*`).
 */
import type { ArticleData } from '../schemas/article.ts';
import type { EntityData } from '../schemas/entity.ts';
import type { ContentProblem } from './corpus.ts';
import { findMentions, groupStoriesByEntity, type StoryMentions } from './mentions.ts';
import { getAuthorPath, getEntityPath } from './routes.ts';
import { slugify } from './slug.ts';

/** A person or organisation entry, with its page path. */
export interface Entity {
  id: string;
  filePath: string;
  data: EntityData;
  path: string;
}

/** A story as the indexes need it. */
export interface IndexedStory {
  id: string;
  data: Pick<ArticleData, 'title' | 'description' | 'credits'>;
  bodyText: string;
}

/** A credited journalist or desk: page path, roles as printed, stories newest first. */
export interface Author<S> {
  slug: string;
  name: string;
  path: string;
  roles: string[];
  stories: S[];
}

/**
 * Who names whom: story id → `about`/`mentions`, entity id → its stories (in `stories` order).
 * Two entries sharing a name or alias are a problem (a mention would be claimed twice).
 */
export function indexEntities<S extends IndexedStory>(
  entities: readonly Entity[],
  stories: readonly S[],
): {
  mentionsByStory: Map<string, StoryMentions<Entity>>;
  storiesByEntity: Map<string, S[]>;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, Entity>();
  for (const entity of entities) {
    for (const [index, name] of [entity.data.name, ...entity.data.aliases].entries()) {
      const twin = owner.get(name);
      if (twin && twin !== entity) {
        problems.push({
          filePath: entity.filePath,
          field: index === 0 ? 'name' : `aliases[${index - 1}]`,
          message: `"${name}" is already a name of ${twin.filePath}; one name must lead to one page`,
        });
      }
      owner.set(name, entity);
    }
  }
  const mentionsByStory = findMentions(
    entities,
    // A getter: each body is read when its story is scanned and dropped after, never all at once.
    stories.map((s) => ({
      id: s.id,
      title: s.data.title,
      description: s.data.description,
      get bodyText() {
        return s.bodyText;
      },
    })),
  );
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const idsByEntity = groupStoriesByEntity(
    mentionsByStory,
    stories.map((s) => s.id),
  );
  const storiesByEntity = new Map(
    [...idsByEntity].map(([id, storyIds]) => [id, storyIds.map((s) => storyById.get(s)!)]),
  );
  return { mentionsByStory, storiesByEntity, problems };
}

/** The page path of an entity entry. */
export function toEntity(id: string, filePath: string, data: EntityData): Entity {
  return { id, filePath, data, path: getEntityPath(id, data.type) };
}

/** Credited authors by slug of their name, each with the stories they are credited on, in `stories` order. */
export function indexAuthors<S extends IndexedStory>(stories: readonly S[]): Map<string, Author<S>> {
  const authors = new Map<string, Author<S>>();
  for (const story of stories) {
    for (const credit of story.data.credits) {
      const slug = slugify(credit.name);
      let author = authors.get(slug);
      if (!author) {
        author = { slug, name: credit.name, path: getAuthorPath(slug), roles: [], stories: [] };
        authors.set(slug, author);
      }
      if (!author.roles.includes(credit.role)) author.roles.push(credit.role);
      if (!author.stories.includes(story)) author.stories.push(story);
    }
  }
  return authors;
}
