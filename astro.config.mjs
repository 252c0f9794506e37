// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { getCacheDir, getOutDir, getSiteUrl } from './src/site.config.ts';
import { vigieSitemap } from './src/integrations/sitemap.ts';
import { vigieSearchIndex } from './src/integrations/search-index.ts';
import { vigieSocialCards } from './src/integrations/social-cards.ts';
import { vigiePublish } from './src/integrations/publish.ts';
import { hastPlugins, markdownFeatures, mdastPlugins } from './src/markdown/index.ts';

const site = getSiteUrl();

export default defineConfig({
  site,
  // One URL per page: directories with a trailing slash (`/articles/x/`), as the sitemap and canonicals say.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Separate output and cache folders let tests and benchmarks build other corpora side by side.
  outDir: getOutDir(),
  cacheDir: getCacheDir(),
  // Two entries claiming one URL is an editing mistake, never something to resolve silently.
  prerenderConflictBehavior: 'error',
  // Keep single spaces between inline elements ("Par <a>…</a>"); the Astro 7 default 'jsx' drops them.
  compressHTML: true,
  // Every page carries a strict Content-Security-Policy <meta>: scripts and styles only from this
  // origin or by hash (Astro computes them), no plugins, no base hijacking, forms only to self.
  // Header-only directives (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // News copy has no code blocks; Shiki's inline styles would also need 'unsafe-inline' under CSP.
    syntaxHighlight: false,
    // Sätteri: 5× faster than unified at rendering our bodies with our plugins, 1.35× on a cold
    // build of 1,000 stories (npm run bench -- --processors; README decisions).
    processor: satteri({ mdastPlugins, hastPlugins, features: markdownFeatures }),
  },
  // The text face, self-hosted from @fontsource (latin subset; the cards use the same family). Astro
  // writes the @font-face rules with font-display: swap and a metric-adjusted local fallback, so the
  // swap barely moves text (layout shift near zero); files are served from /_astro/fonts/ (CSP 'self').
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif-text',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          {
            src: ['./node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'],
            weight: '400',
            style: 'normal',
            display: 'swap',
          },
          {
            src: ['./node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2'],
            weight: '400',
            style: 'italic',
            display: 'swap',
          },
          {
            src: ['./node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2'],
            weight: '700',
            style: 'normal',
            display: 'swap',
          },
          {
            src: ['./node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-800-normal.woff2'],
            weight: '800',
            style: 'normal',
            display: 'swap',
          },
        ],
      },
    },
  ],
  integrations: [
    {
      // Tells the content code whether it runs under `astro dev` (drafts shown) or a build.
      name: 'vigie:dev-server-flag',
      hooks: {
        'astro:config:setup': ({ command, updateConfig }) => {
          updateConfig({ vite: { define: { __VIGIE_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
        },
      },
    },
    ...vigieSitemap(site),
    vigieSocialCards(),
    vigieSearchIndex(),
    // Last: publishes the staging folder once every other step has completed it.
    vigiePublish({ outDir: getOutDir(), cacheDir: getCacheDir(), site }),
  ],
});
