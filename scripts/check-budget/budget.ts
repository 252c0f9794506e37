/**
 * Byte and zero-JavaScript budget of reader pages (home, articles, topics), as pure functions.
 * A page's first render needs its HTML and every render-blocking stylesheet; together they must
 * fit in about one TCP initial congestion window (10 segments ≈ 14 KB) once compressed.
 */
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { getAttribute, getElements, getTokens, parseHtml } from '../check-dist/html.ts';
import { getPageKind, PAGE_KINDS, toSitePath, type PageKind } from '../../src/lib/routes.ts';

/** Largest allowed gzip size of a page's HTML plus its render-blocking CSS, in bytes (14 KiB). */
export const BUDGET_BYTES = 14 * 1024;

/**
 * zlib level used to measure: 6 is zlib's default and what most servers use for on-the-fly gzip;
 * hosts that serve Brotli send fewer bytes, so this errs on the safe side.
 */
export const GZIP_LEVEL = 6;

/** Page kinds under budget (`underBudget` in the routes module), in report order. */
export const PAGE_TYPES = (Object.keys(PAGE_KINDS) as PageKind[]).filter((kind) => PAGE_KINDS[kind].underBudget);
export type PageType = PageKind;

/**
 * Page kind of a built file, from its path relative to the site folder (`/`-separated), when
 * that kind is under budget (home, articles, topic pages); anything else → undefined.
 */
export function classifyPage(file: string): PageType | undefined {
  const kind = getPageKind(toSitePath(file));
  return kind && PAGE_KINDS[kind].underBudget ? kind : undefined;
}

/** Gzip size of `content` in bytes, at {@link GZIP_LEVEL}. */
export function getGzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

/** What a page asks the browser for before its first render, and what breaks the rules. */
export interface PageInspection {
  /** `href` of each render-blocking stylesheet, in document order. */
  stylesheets: string[];
  /** Rule breaks: JavaScript of any kind, images without intrinsic size. */
  problems: string[];
}

// A stylesheet whose media query cannot match a screen does not block rendering.
function isRenderBlockingStylesheet(link: Element): boolean {
  if (!getTokens(link, 'rel').includes('stylesheet') || getTokens(link, 'rel').includes('alternate')) return false;
  if (link.properties.disabled !== undefined && link.properties.disabled !== false) return false;
  const media = getAttribute(link, 'media', ',')?.trim().toLowerCase();
  return !media || !/^(?:only\s+)?print$/.test(media);
}

function describeScript(script: Element): string {
  const src = getAttribute(script, 'src');
  if (src) return `script: <script src="${src}">`;
  const length = script.children.reduce((n, child) => n + (child.type === 'text' ? child.value.length : 0), 0);
  return `script: inline <script> of ${length} characters`;
}

/** Finds the render-blocking stylesheets and the rule breaks of one HTML page. */
export function inspectPage(html: string): PageInspection {
  const tree = parseHtml(html);
  const stylesheets: string[] = [];
  const problems: string[] = [];
  for (const element of getElements(tree)) {
    const tag = element.tagName;
    if (tag === 'script') {
      // JSON-LD is data for crawlers; browsers never execute it.
      const type = getAttribute(element, 'type')?.trim().toLowerCase();
      if (type !== 'application/ld+json') problems.push(describeScript(element));
    } else if (tag === 'link') {
      const rel = getTokens(element, 'rel');
      const href = getAttribute(element, 'href') ?? '';
      if (rel.includes('modulepreload')) problems.push(`script: <link rel="modulepreload" href="${href}">`);
      else if (rel.includes('preload') && getAttribute(element, 'as') === 'script')
        problems.push(`script: <link rel="preload" as="script" href="${href}">`);
      else if (isRenderBlockingStylesheet(element)) stylesheets.push(href);
    } else if (tag === 'img') {
      const missing = ['width', 'height'].filter((name) => !getAttribute(element, name)?.trim());
      if (missing.length > 0)
        problems.push(
          `img: <img src="${getAttribute(element, 'src') ?? ''}"> has no ${missing.join(' or ')} attribute`,
        );
    }
    const handlers = Object.keys(element.properties).filter((name) => /^on[a-z]/i.test(name));
    if (handlers.length > 0)
      problems.push(
        `script: <${tag}> has event handler attribute(s) ${handlers.map((h) => h.toLowerCase()).join(', ')}`,
      );
  }
  return { stylesheets, problems };
}

/**
 * Path of a stylesheet inside the site folder, from its `href` on the page at `pageFile`
 * (`/_astro/a.css` → `_astro/a.css`, `../b.css` from `articles/x/index.html` → `articles/b.css`);
 * undefined for other origins, which cannot be measured.
 */
export function resolveAssetPath(href: string, pageFile: string): string | undefined {
  if (/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href)) return undefined;
  const url = new URL(href, `http://site.invalid/${pageFile}`);
  return decodeURIComponent(url.pathname).replace(/^\/+/, '');
}

/** Sizes and verdict of one page. */
export interface PageMeasure {
  file: string;
  type: PageType;
  /** Gzip bytes of the HTML document. */
  htmlGzip: number;
  /** Gzip bytes of all render-blocking stylesheets, each compressed on its own as a server sends it. */
  cssGzip: number;
  /** `htmlGzip + cssGzip`. */
  total: number;
  /** Every reason the page fails; empty when it passes. */
  problems: string[];
}

/** Everything {@link measurePage} needs about one page. */
export interface PageInput {
  file: string;
  type: PageType;
  html: string;
  /** Reads a file of the site by its path inside the site folder; undefined when it does not exist. */
  readAsset: (path: string) => Uint8Array | undefined;
}

/** Measures one page against {@link BUDGET_BYTES} and the zero-JavaScript and image-size rules. */
export function measurePage(input: PageInput, budget = BUDGET_BYTES): PageMeasure {
  const { stylesheets, problems } = inspectPage(input.html);
  const htmlGzip = getGzipSize(input.html);
  let cssGzip = 0;
  for (const href of new Set(stylesheets)) {
    const path = resolveAssetPath(href, input.file);
    const content = path === undefined ? undefined : input.readAsset(path);
    if (content === undefined) {
      problems.push(
        `css: cannot measure stylesheet ${href} (${path === undefined ? 'other origin' : 'not in the build'})`,
      );
      continue;
    }
    cssGzip += getGzipSize(content);
  }
  const total = htmlGzip + cssGzip;
  if (total > budget) {
    problems.unshift(
      `size: ${total} bytes gzip (HTML ${htmlGzip} + CSS ${cssGzip}) is ${total - budget} over the budget of ${budget}`,
    );
  }
  return { file: input.file, type: input.type, htmlGzip, cssGzip, total, problems };
}
