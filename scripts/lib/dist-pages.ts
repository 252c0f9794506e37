import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getPageUrlPath } from '../check-dist/links.ts';

/** Every file of a build, as `/`-separated paths relative to `distDir`, sorted. */
export function listBuiltFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** URL paths of every HTML page of a build (`/`, `/articles/x/`, `/404.html`), sorted. */
export function listPagePaths(distDir: string): string[] {
  return listBuiltFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map(getPageUrlPath)
    .sort();
}

/**
 * The route pattern a page belongs to: its first path segment kept and each deeper segment
 * replaced by a star, so every article shares one pattern and `/sujets/` differs from a topic
 * page. Pages of one pattern come from one template: testing one of them covers the template.
 */
export function getRoutePattern(path: string): string {
  if (!path.endsWith('/')) return path;
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return `/${[segments[0], ...segments.slice(1).map(() => '*')].join('/')}/`;
}

/**
 * One page per route pattern, pattern → path, sorted by pattern. A path listed in `preferred`
 * (the lead story, say) represents its pattern; otherwise the first path in sort order does.
 */
export function pickPagePerRoute(paths: readonly string[], preferred: readonly string[] = []): Map<string, string> {
  const picked = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const pattern = getRoutePattern(path);
    if (!picked.has(pattern) || (preferred.includes(path) && !preferred.includes(picked.get(pattern)!)))
      picked.set(pattern, path);
  }
  return new Map([...picked].sort(([a], [b]) => a.localeCompare(b)));
}
