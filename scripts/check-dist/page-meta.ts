import type { Root } from 'hast';
import { formatPosition, getAttribute, getElements, getPosition, getText, getTokens } from './html.ts';
import type { Finding } from './report.ts';

/** Exactly one `<h1>` per page: screen-reader users and crawlers take it as the page's subject. */
export function checkSingleH1(tree: Root): Finding[] {
  const headings = getElements(tree, 'h1');
  if (headings.length === 1) return [];
  if (headings.length === 0) return [{ message: 'no <h1> on the page' }];
  return [
    {
      message: `${headings.length} <h1> elements (at ${headings.map((h) => formatPosition(getPosition(h))).join(', ')}): ${headings
        .map((h) => JSON.stringify(getText(h).trim().slice(0, 60)))
        .join(', ')}`,
      ...getPosition(headings[1]!),
    },
  ];
}

/** Exactly one `<title>` in the head, with visible text (`<title>` inside inline SVG is not the page title). */
export function checkTitle(tree: Root): Finding[] {
  const head = getElements(tree, 'head')[0];
  const titles = head ? getElements(head, 'title') : [];
  if (titles.length === 0) return [{ message: 'no <title>' }];
  if (titles.length > 1) return [{ message: `${titles.length} <title> elements`, ...getPosition(titles[1]!) }];
  if (getText(titles[0]!).trim() === '') return [{ message: '<title> is empty', ...getPosition(titles[0]!) }];
  return [];
}

function getMetaByName(tree: Root, name: string) {
  return getElements(tree, 'meta').filter((m) => getAttribute(m, 'name')?.toLowerCase() === name);
}

/** Exactly one `<meta name="description">` with non-blank content (search snippets and link previews). */
export function checkDescription(tree: Root): Finding[] {
  const metas = getMetaByName(tree, 'description');
  if (metas.length === 0) return [{ message: 'no <meta name="description">' }];
  if (metas.length > 1)
    return [{ message: `${metas.length} <meta name="description"> elements`, ...getPosition(metas[1]!) }];
  if ((getAttribute(metas[0]!, 'content') ?? '').trim() === '') {
    return [{ message: '<meta name="description"> has empty content', ...getPosition(metas[0]!) }];
  }
  return [];
}

/** True when a `<meta name="robots">` forbids indexing (`noindex` or `none`). */
export function isNoindex(tree: Root): boolean {
  return getMetaByName(tree, 'robots').some((m) =>
    (getAttribute(m, 'content') ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .some((token) => token === 'noindex' || token === 'none'),
  );
}

/**
 * Indexable pages carry exactly one `<link rel="canonical">` with an absolute http(s) URL;
 * `noindex` pages (404) must carry none, since a canonical contradicts the noindex for crawlers.
 */
export function checkCanonical(tree: Root): Finding[] {
  const canonicals = getElements(tree, 'link').filter((l) => getTokens(l, 'rel').includes('canonical'));
  if (isNoindex(tree)) {
    return canonicals.length === 0
      ? []
      : [
          {
            message: `noindex page has a canonical link (${getAttribute(canonicals[0]!, 'href')})`,
            ...getPosition(canonicals[0]!),
          },
        ];
  }
  if (canonicals.length === 0) return [{ message: 'no <link rel="canonical">' }];
  if (canonicals.length > 1)
    return [{ message: `${canonicals.length} canonical links`, ...getPosition(canonicals[1]!) }];
  const href = getAttribute(canonicals[0]!, 'href') ?? '';
  if (!/^https?:\/\/[^/]/i.test(href)) {
    return [{ message: `canonical href is not an absolute http(s) URL: "${href}"`, ...getPosition(canonicals[0]!) }];
  }
  return [];
}
