/**
 * Who wrote a story and where it first appeared, as one line under the headline
 * (« Par Martin Vachiery et Steve Damman · RTL INFO · publié le 6 janvier 2017 à 19 h »)
 * and as the short label lists print beside the brief label.
 */
import type { ArticleData } from '../schemas/article.ts';
import { formatCredits } from './credits.ts';

const listFormatter = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });

// A desk credited as « La rédaction de Vigie » reads « par la rédaction de Vigie » after « Par ».
const LEADING_ARTICLE = /^(?:(?:La|Le|Les)(?=\s)|L['’](?=\p{L}))/u;

/** Credited names after « Par »: roles in parentheses for republished pieces, names alone for briefs. */
export function formatBylineNames(data: Pick<ArticleData, 'credits' | 'kind'>): string {
  if (data.kind === 'article') return formatCredits(data.credits);
  const names = [...new Set(data.credits.map((c) => c.name))].map((name) =>
    name.replace(LEADING_ARTICLE, (a) => a.toLowerCase()),
  );
  return listFormatter.format(names);
}

/** The label lists show beside the brief label: the original publisher's name, if the story is republished. */
export function getSourceLabel(data: Pick<ArticleData, 'source'>): string | undefined {
  return data.source?.name;
}
