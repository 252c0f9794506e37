/**
 * Who wrote a story and where it first appeared, as one line under the headline
 * (« Par Martin Vachiery et Steve Damman · RTL INFO · publié le 6 janvier 2017 à 19 h »)
 * and as the short label lists print beside the brief label.
 */
import type { ArticleData } from '../schemas/article.ts';
import { groupCredits } from './credits.ts';
import { slugify } from './slug.ts';

const listFormatter = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });

// A desk credited as « La rédaction de Vigie » reads « par la rédaction de Vigie » after « Par ».
const LEADING_ARTICLE = /^(?:(?:La|Le|Les)(?=\s)|L['’](?=\p{L}))/u;

/** A piece of the byline: a credited name (with the slug of its author page) or the text between names. */
export interface BylinePart {
  text: string;
  /** Set on a name: the slug of its `/auteurs/<slug>/` page. */
  authorSlug?: string;
}

/**
 * Credited names after « Par », in parts, so that pages can link each name to its author page:
 * roles in parentheses for republished pieces (groups joined by « ; »), names alone for briefs.
 */
export function getBylineParts(data: Pick<ArticleData, 'credits' | 'kind'>): BylinePart[] {
  const namesToParts = (names: string[], shown: (name: string) => string = (name) => name): BylinePart[] => {
    let nameIndex = 0;
    return listFormatter
      .formatToParts(names.map(shown))
      .map((part) =>
        part.type === 'element' ? { text: part.value, authorSlug: slugify(names[nameIndex++]!) } : { text: part.value },
      );
  };
  if (data.kind === 'brief') {
    const names = [...new Set(data.credits.map((c) => c.name))];
    return namesToParts(names, (name) => name.replace(LEADING_ARTICLE, (a) => a.toLowerCase()));
  }
  return groupCredits(data.credits).flatMap((group, index) => [
    ...(index > 0 ? [{ text: '\u202F; ' }] : []),
    ...namesToParts(group.names),
    { text: ` (${group.role})` },
  ]);
}

/** The credited names after « Par » as one line of text (feeds, tests). */
export function formatBylineNames(data: Pick<ArticleData, 'credits' | 'kind'>): string {
  return getBylineParts(data)
    .map((part) => part.text)
    .join('');
}

/** The label lists show beside the brief label: the original publisher's name, if the story is republished. */
export function getSourceLabel(data: Pick<ArticleData, 'source'>): string | undefined {
  return data.source?.name;
}
