/**
 * Context files (`content/context/<article-id>.yaml`) checked against the articles and resolved:
 * each « Repère » note placed in its story's rendered HTML and pointed at its brief. Plain data,
 * no `astro:*`, so it is unit-tested without a build.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { StoryContextData } from '../schemas/story-context.ts';
import { placeContextNotes, type BodySegment } from './context-notes.ts';
import type { ContentProblem } from './corpus.ts';

/** A context file as loaded by the content layer. */
export interface StoryContextRecord {
  /** Id of the annotated article (the file name). */
  id: string;
  filePath: string;
  data: StoryContextData;
}

/** An article as the resolver needs it. */
export interface ContextTarget {
  id: string;
  filePath: string;
  data: Pick<ArticleData, 'kind'>;
  /** The rendered body. */
  html: string;
}

/** What a context file adds to one published story. */
export interface ResolvedContext<S> {
  event?: StoryContextData['event'];
  /** The body cut where notes go; each note is the published brief it links to. */
  segments: BodySegment<S>[];
}

/**
 * Checks every context file (its article exists; each note's brief exists and is a brief; each
 * anchor is in exactly one paragraph) and resolves them. `articles` are all entries, published or
 * not, so a brief that exists but is not out yet is no error: its note is left out until it is.
 */
export function resolveStoryContexts<S>(
  contexts: readonly StoryContextRecord[],
  articles: readonly ContextTarget[],
  publishedById: ReadonlyMap<string, S>,
): { byStoryId: Map<string, ResolvedContext<S>>; problems: ContentProblem[] } {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const problems: ContentProblem[] = [];
  const byStoryId = new Map<string, ResolvedContext<S>>();

  for (const context of contexts) {
    const article = articleById.get(context.id);
    if (!article) {
      problems.push({
        filePath: context.filePath,
        field: 'file name',
        message: `there is no article "${context.id}" in articles/; name the file after the article it annotates`,
      });
      continue;
    }
    const placements: { after: string; note: S | undefined; field: string }[] = [];
    context.data.notes.forEach((note, index) => {
      const field = `notes[${index}]`;
      const brief = articleById.get(note.brief);
      if (!brief) {
        problems.push({
          filePath: context.filePath,
          field: `${field}.brief`,
          message: `there is no article "${note.brief}"; use the file name (without .md) of a brief in articles/`,
        });
      } else if (brief.data.kind !== 'brief') {
        problems.push({
          filePath: context.filePath,
          field: `${field}.brief`,
          message: `"${note.brief}" is a reported story, not a brief; a « Repère » links to an entry with kind: brief`,
        });
      } else {
        placements.push({ after: note.after, note: publishedById.get(note.brief), field });
      }
    });
    const placed = placeContextNotes(article.html, placements);
    for (const problem of placed.problems) {
      problems.push({
        filePath: context.filePath,
        field: `${placements[problem.index]!.field}.after`,
        message: `${problem.message} (${article.filePath})`,
      });
    }
    if (!publishedById.has(context.id)) continue;
    byStoryId.set(context.id, {
      event: context.data.event,
      segments: placed.segments.map((s) => ({ html: s.html, notes: s.notes.filter((n): n is S => n !== undefined) })),
    });
  }
  return { byStoryId, problems };
}
