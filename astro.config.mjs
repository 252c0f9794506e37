// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { getSiteUrl } from './src/site.config.ts';
import { vigieSitemap } from './src/integrations/sitemap.ts';
import { hastPlugins, markdownFeatures } from './src/markdown/index.ts';

const site = getSiteUrl();

export default defineConfig({
  site,
  // One URL per page: directories with a trailing slash (`/articles/x/`), as the sitemap and canonicals say.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Separate output and cache folders let tests and benchmarks build other corpora side by side.
  outDir: process.env.VIGIE_OUT_DIR || './dist',
  cacheDir: process.env.VIGIE_CACHE_DIR || './node_modules/.astro',
  // Two entries claiming one URL is an editing mistake, never something to resolve silently.
  prerenderConflictBehavior: 'error',
  // Keep single spaces between inline elements ("Par <a>…</a>"); the Astro 7 default 'jsx' drops them.
  compressHTML: true,
  markdown: {
    // Sätteri renders Markdown 20–30× faster than unified (measured; see README decisions).
    processor: satteri({ hastPlugins, features: markdownFeatures }),
  },
  integrations: [...vigieSitemap(site)],
});
