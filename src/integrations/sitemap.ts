/**
 * `@astrojs/sitemap` wired to content dates. The integration runs after the
 * pages are built and cannot query collections, so the build emits
 * `/sitemap-lastmod.json` (see `src/pages/sitemap-lastmod.json.ts`); `serialize`
 * reads it, and a last hook removes it from the output.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { getBuildPlan } from '../lib/build-plan.ts';
import { getPageKind, isInSitemap } from '../lib/routes.ts';
import { isEmptyUrlset, removeSitemapFromIndex } from '../lib/seo/sitemap.ts';

/** Build-time file carrying page path → ISO last-modified date. */
const LASTMOD_FILE = 'sitemap-lastmod.json';
/** The Google News sitemap, written by `src/pages/news-sitemap.xml.ts`. */
const NEWS_SITEMAP_FILE = 'news-sitemap.xml';
/** The index `@astrojs/sitemap` writes. */
const SITEMAP_INDEX_FILE = 'sitemap-index.xml';

/** The sitemap integrations, given the site origin (for the news sitemap's URL). */
export function vigieSitemap(site: string): AstroIntegration[] {
  let outDir: URL | undefined;
  let lastModified: Record<string, string> | undefined;
  const getLastModified = (): Record<string, string> => {
    lastModified ??= JSON.parse(readFileSync(new URL(LASTMOD_FILE, outDir), 'utf8')) as Record<string, string>;
    return lastModified;
  };
  return [
    {
      name: 'vigie:sitemap-output-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    withEveryPage(
      sitemap({
        filter: (page) => {
          const path = new URL(page).pathname;
          // A page type missing from the routes module would silently leave the sitemap.
          if (!getPageKind(path)) {
            throw new Error(
              `[vigie:sitemap] the build produced ${path}, which no entry of PAGE_KINDS in src/lib/routes.ts matches; add its page kind there.`,
            );
          }
          return isInSitemap(path);
        },
        customSitemaps: [new URL(NEWS_SITEMAP_FILE, site).href],
        // Image and video tags are not used; keep the documents to the namespaces they need.
        namespaces: { news: false, xhtml: false, image: false, video: false },
        serialize(item) {
          const date = getLastModified()[new URL(item.url).pathname];
          if (date) item.lastmod = date;
          else delete item.lastmod;
          return item;
        },
      }),
    ),
    {
      name: 'vigie:sitemap-lastmod-cleanup',
      hooks: {
        'astro:build:done': ({ dir }) => {
          rmSync(new URL(LASTMOD_FILE, dir), { force: true });
          // No story in the last 48 hours: an empty urlset fails sitemap.xsd, so neither the
          // file nor its index entry is published.
          const news = new URL(NEWS_SITEMAP_FILE, dir);
          const index = new URL(SITEMAP_INDEX_FILE, dir);
          if (existsSync(news) && isEmptyUrlset(readFileSync(news, 'utf8'))) {
            rmSync(news);
            if (existsSync(index)) {
              const loc = new URL(NEWS_SITEMAP_FILE, site).href;
              writeFileSync(index, removeSitemapFromIndex(readFileSync(index, 'utf8'), loc));
            }
          }
        },
      },
    },
  ];
}

/**
 * `@astrojs/sitemap` lists the pages Astro rendered in this build; an incremental build renders
 * only the changed ones. The wrapper hands it every page of the new site instead: those rendered
 * now plus every keyed page the build plan recorded (site paths ending in `/` are pages, the
 * others are files such as feeds).
 */
function withEveryPage(integration: AstroIntegration): AstroIntegration {
  const buildDone = integration.hooks['astro:build:done'];
  if (!buildDone) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (params) => {
        const pathnames = new Set(params.pages.map((page) => page.pathname.replace(/^\//, '')));
        for (const path of getBuildPlan().keys.keys()) if (path.endsWith('/')) pathnames.add(path.replace(/^\//, ''));
        const pages = [...pathnames].sort().map((pathname) => ({ pathname }));
        return buildDone({ ...params, pages });
      },
    },
  };
}
