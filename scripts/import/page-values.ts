/**
 * Which value of an HTML import comes from the command line and which from the page: every
 * option wins; what the page states fills the rest (dates, authors, publisher, section,
 * canonical URL), and the entry lists the fields taken from the page. Also refuses a page whose
 * language is not French unless the editor allowed that language.
 */
import type { Credit } from './credits.ts';
import { ImportError } from './errors.ts';
import type { ImportOptions } from './options.ts';
import type { PageMetadata } from './page-metadata.ts';
import type { HtmlCapture } from './parse-html-capture.ts';
import { PAGE_FIELDS } from '../../src/schemas/article.ts';

/** A frontmatter field an import can take from the page. */
export type PageField = (typeof PAGE_FIELDS)[number];

/** Role of a person the page names as author. */
export const PAGE_AUTHOR_ROLE = 'Texte';
/** Role of an organisation (desk, agency) the page names as author. */
export const PAGE_DESK_ROLE = 'Rédaction';

/** The values an import will use, and where each page value was read. */
export interface ResolvedPageValues {
  publishedAt?: string;
  updatedAt?: string;
  /** Credits named by the page; absent when options give credits or the page names nobody. */
  credits?: Credit[];
  sourceName?: string;
  sourceUrl?: string;
  sourceSection?: string;
  /** The page's language, as it states it (e.g. `fr-BE`). */
  language?: string;
  /** Fields taken from the page, in frontmatter order, each with where it was read. */
  fromPage: { field: PageField; from: string }[];
}

/** Merges options with what an HTML page states (options first). */
export function resolvePageValues(options: ImportOptions, html: HtmlCapture): ResolvedPageValues {
  const { page } = html;
  const fromPage: ResolvedPageValues['fromPage'] = [];
  const pick = (field: PageField, option: string | undefined, found: { value: string; from: string } | undefined) => {
    if (option !== undefined) return option;
    if (found) fromPage.push({ field, from: found.from });
    return found?.value;
  };
  if (!options.title) fromPage.push({ field: 'title', from: html.headlineFrom });
  if (!options.standfirst) fromPage.push({ field: 'description', from: html.standfirstFrom });
  const publishedAt = pick('publishedAt', options.publishedAt, page.publishedAt);
  let updatedAt = options.updatedAt;
  // The page's modification date counts only when it is later than the first publication.
  if (updatedAt === undefined && page.updatedAt && publishedAt && isLater(page.updatedAt.value, publishedAt)) {
    updatedAt = pick('updatedAt', undefined, page.updatedAt);
  }
  const credits = options.credits.length > 0 ? undefined : pageCredits(page);
  if (credits) fromPage.push({ field: 'credits', from: page.authors!.from });
  const sourceName = pick('source.name', options.sourceName, page.publisher);
  const sourceUrl = pick('source.url', options.sourceUrl, page.canonicalUrl);
  const sourceSection = pick('source.section', options.sourceSection, page.section);
  const order = (entry: { field: PageField }) => PAGE_FIELDS.indexOf(entry.field);
  return withoutUndefined({
    publishedAt,
    updatedAt,
    credits,
    sourceName,
    sourceUrl,
    sourceSection,
    language: page.language?.value,
    fromPage: fromPage.sort((a, b) => order(a) - order(b)),
  });
}

/**
 * Refuses a page whose stated language is not French, unless `allowed` (a language such as `en`)
 * matches it. A page that states no language is taken as French.
 */
export function assertLanguageAllowed(language: string | undefined, allowed: string | undefined): void {
  if (!language) return;
  const primary = language.toLowerCase().split(/[-_]/)[0]!;
  if (primary === 'fr' || primary === allowed?.toLowerCase()) return;
  throw new ImportError(`the page is in "${language}", not French`, {
    hint: `Vigie publishes in French; to import it all the same, pass --allow-language ${primary}`,
  });
}

function pageCredits(page: PageMetadata): Credit[] | undefined {
  const authors = page.authors?.value ?? [];
  if (authors.length === 0) return undefined;
  const publisher = page.publisher?.value;
  return authors.map(({ name, kind }) => ({
    name,
    role: kind === 'organization' ? PAGE_DESK_ROLE : publisher ? `${PAGE_AUTHOR_ROLE}, ${publisher}` : PAGE_AUTHOR_ROLE,
  }));
}

function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
