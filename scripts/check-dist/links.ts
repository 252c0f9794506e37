import type { Root } from 'hast';
import { getAttribute, getElements, getPosition } from './html.ts';
import type { Finding } from './report.ts';

/** A URL written in a page attribute. */
export interface Reference {
  url: string;
  attribute: string;
  line?: number;
  column?: number;
}

/** A same-site URL split into its decoded path and fragment (`fragment` is null when there is no `#`). */
export interface InternalUrl {
  path: string;
  fragment: string | null;
}

/** What the link checks need to know about the whole built site. */
export interface SiteIndex {
  /** Public origin of the site (`https://vigie.example`): absolute URLs on it count as internal. */
  origin: string;
  /** Every file of the build, relative to its root, with `/` separators. */
  files: ReadonlySet<string>;
  /** Fragment targets (`id`s and `<a name>`s) of each HTML file. */
  targetsByFile: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function getPageUrlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Element → attributes holding a single URL (hast property names). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
};

/** `<meta>` tags (by `property` or `name`) whose `content` is a URL of the site. */
const META_URL_NAMES = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** Parses a `srcset` value into its URLs (the descriptor after each URL is dropped). */
export function parseSrcset(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL-bearing attribute of the page (`href`, `src`, `srcset`, `poster`, `data`, `action`, and the `content` of URL meta tags), in document order. */
export function extractReferences(tree: Root): Reference[] {
  const references: Reference[] = [];
  for (const element of getElements(tree)) {
    const position = getPosition(element);
    for (const property of URL_ATTRIBUTES[element.tagName] ?? []) {
      const url = getAttribute(element, property);
      if (url !== undefined) references.push({ url, attribute: property.toLowerCase(), ...position });
    }
    // Social cards are written after the pages (src/integrations/social-cards.ts): check that each one a page announces exists.
    if (
      element.tagName === 'meta' &&
      META_URL_NAMES.has(getAttribute(element, 'property') ?? getAttribute(element, 'name') ?? '')
    ) {
      const url = getAttribute(element, 'content');
      if (url !== undefined) references.push({ url, attribute: 'content', ...position });
    }
    if (element.tagName === 'img' || element.tagName === 'source') {
      const srcset = getAttribute(element, 'srcSet', ',');
      if (srcset !== undefined) {
        for (const url of parseSrcset(srcset)) references.push({ url, attribute: 'srcset', ...position });
      }
    }
  }
  return references;
}

/**
 * Resolves `raw` against the page URL and returns its decoded path and fragment when it
 * stays on the site (relative, root-relative or absolute on `origin`); null for other hosts
 * and for non-HTTP schemes (`mailto:`, `tel:`, `data:`, `javascript:`).
 */
export function toInternalUrl(raw: string, pagePath: string, origin: string): InternalUrl | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), new URL(pagePath, origin));
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  const hashIndex = raw.indexOf('#');
  return {
    path: safeDecode(url.pathname),
    fragment: hashIndex === -1 ? null : safeDecode(url.hash.slice(1)),
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Maps a site path to the built file that answers it, following the trailing-slash policy:
 * `/x/` → `x/index.html`, `/x.xml` → `x.xml`; `/x` when only `x/index.html` exists is an
 * error (the site uses `trailingSlash: 'always'`, so the server answers 404 there).
 */
export function resolvePath(path: string, files: ReadonlySet<string>): { file: string } | { error: string } {
  const relative = path.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) {
    const file = `${relative}index.html`;
    return files.has(file) ? { file } : { error: `no ${file} in the build` };
  }
  if (files.has(relative)) return { file: relative };
  if (files.has(`${relative}/index.html`)) {
    return { error: `missing trailing slash: link to /${relative}/ (the site uses trailingSlash 'always')` };
  }
  return { error: `no ${relative} in the build` };
}

/** Ids and `<a name>` anchors of a page: the fragments that can be linked to. */
export function collectFragmentTargets(tree: Root): Set<string> {
  const targets = new Set<string>();
  for (const element of getElements(tree)) {
    const id = getAttribute(element, 'id');
    if (id) targets.add(id);
    if (element.tagName === 'a') {
      const name = getAttribute(element, 'name');
      if (name) targets.add(name);
    }
  }
  return targets;
}

/** Fragments that need no element: `#` and `#top` scroll to the top of the document (HTML spec). */
function isImplicitFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

/**
 * Checks every internal reference of one page: the target file must exist (`links`)
 * and a `#fragment` on an HTML target must name an element of that page (`fragments`).
 * Repeated identical URLs are reported once with a count.
 */
export function checkLinks(
  page: { file: string; tree: Root },
  site: SiteIndex,
): { links: Finding[]; fragments: Finding[] } {
  const pagePath = getPageUrlPath(page.file);
  const links = new Map<string, Finding & { count: number }>();
  const fragments = new Map<string, Finding & { count: number }>();
  const record = (map: typeof links, key: string, message: string, reference: Reference) => {
    const existing = map.get(key);
    if (existing) existing.count++;
    else map.set(key, { message, line: reference.line, column: reference.column, count: 1 });
  };
  for (const reference of extractReferences(page.tree)) {
    const internal = toInternalUrl(reference.url, pagePath, site.origin);
    if (!internal) continue;
    const key = `${reference.attribute}=${reference.url}`;
    const resolved = resolvePath(internal.path, site.files);
    if ('error' in resolved) {
      record(links, key, `${reference.attribute}="${reference.url}" → ${resolved.error}`, reference);
      continue;
    }
    if (internal.fragment === null || isImplicitFragment(internal.fragment)) continue;
    const targets = site.targetsByFile.get(resolved.file);
    if (targets && !targets.has(internal.fragment)) {
      record(
        fragments,
        key,
        `${reference.attribute}="${reference.url}" → no element with id "${internal.fragment}" in ${resolved.file}`,
        reference,
      );
    }
  }
  const toFindings = (map: typeof links): Finding[] =>
    [...map.values()].map(({ count, ...finding }) => ({
      ...finding,
      message: count > 1 ? `${finding.message} (${count}×)` : finding.message,
    }));
  return { links: toFindings(links), fragments: toFindings(fragments) };
}
