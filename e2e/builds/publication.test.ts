/**
 * Drafts and scheduled stories: left out of every production output, shown by `astro dev`;
 * the news sitemap lists exactly the stories of the 48 hours before the build's "now";
 * the sitemaps validate against the official schemas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  makeArticle,
  makeTopic,
  startDevServer,
  type DevServer,
  type FixtureBuildResult,
} from './support/build-fixture.ts';
import { getFileOfPath, listFiles } from './support/dist-files.ts';
import { SCHEMA_DIR, validateWithSchema, writeNewsSitemapSchema } from './support/xml-schema.ts';

/** The build's "now": Tuesday 10 January 2017, 12:00 UTC (13:00 in Brussels). */
const NOW = Date.parse('2017-01-10T12:00:00Z');
const SOURCE_DATE_EPOCH = NOW / 1000;
const HOUR = 3600_000;

/** ISO date-time with a +01:00 offset (Brussels in winter) for `ms` since 1970. */
function brussels(ms: number): string {
  return new Date(ms + HOUR).toISOString().replace(/\.000Z$/, '+01:00');
}

interface FixtureStory {
  slug: string;
  /** A word found nowhere else in the build, to look for the story in every output file. */
  marker: string;
  publishedAt: string;
  draft?: boolean;
}

const old: FixtureStory = { slug: 'accord-ancien', marker: 'Albatros', publishedAt: brussels(NOW - 96 * HOUR) };
const recent: FixtureStory = {
  slug: 'perquisitions-recentes',
  marker: 'Bergeronnette',
  publishedAt: brussels(NOW - 17 * HOUR),
};
const windowStart: FixtureStory = {
  slug: 'debut-de-fenetre',
  marker: 'Cormoran',
  publishedAt: brussels(NOW - 48 * HOUR + 60_000),
};
const beforeWindow: FixtureStory = {
  slug: 'avant-la-fenetre',
  marker: 'Dodo',
  publishedAt: brussels(NOW - 48 * HOUR - 60_000),
};
// Dated inside the news window: a leak would show in the news sitemap too.
const draft: FixtureStory = {
  slug: 'brouillon-enquete',
  marker: 'Xylophage',
  publishedAt: brussels(NOW - 3 * HOUR),
  draft: true,
};
const scheduled: FixtureStory = {
  slug: 'article-programme',
  marker: 'Quetzalcoatl',
  publishedAt: brussels(NOW + HOUR),
};

const published = [old, recent, windowStart, beforeWindow];
const hidden = [draft, scheduled];

function titleOf(story: FixtureStory): string {
  return `Enquête ${story.marker} à Bruxelles`;
}

const files = [
  makeTopic('terrorisme'),
  ...[...published, ...hidden].map((story) =>
    makeArticle(story.slug, {
      title: titleOf(story),
      publishedAt: story.publishedAt,
      ...(story.draft ? { draft: true } : {}),
    }),
  ),
];

/** The places a published story shows up: if the hidden stories leaked, they would be there. */
const LISTINGS = [
  'index.html',
  'sujets/terrorisme/index.html',
  'rss.xml',
  'sujets/terrorisme/rss.xml',
  'sitemap-0.xml',
];

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

describe('publication: drafts, scheduled stories, news sitemap', () => {
  let build: FixtureBuildResult;
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  beforeAll(async () => {
    build = await buildFixture('publication', files, { sourceDateEpoch: SOURCE_DATE_EPOCH });
    if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  });

  it('publishes every past story in each listing, feed and sitemap', () => {
    for (const story of published) {
      expect(getFileOfPath(build.outDir, `/articles/${story.slug}/`), story.slug).toBeDefined();
      for (const file of LISTINGS) expect(read(file), `${story.slug} in ${file}`).toContain(`/articles/${story.slug}/`);
    }
  });

  it.each(hidden.map((s) => [s.draft ? 'the draft' : 'the scheduled story', s] as const))(
    'leaves %s out of every output file',
    (_label, story) => {
      expect(getFileOfPath(build.outDir, `/articles/${story.slug}/`)).toBeUndefined();
      const leaks = listFiles(build.outDir).filter((file) => {
        const text = readFileSync(join(build.outDir, file), 'latin1').toLowerCase();
        return text.includes(story.slug) || text.includes(story.marker.toLowerCase());
      });
      expect(leaks).toEqual([]);
    },
  );

  it('lists exactly the stories of the 48 hours before SOURCE_DATE_EPOCH in the news sitemap', () => {
    const urls = (xml.parse(read('news-sitemap.xml')).urlset.url ?? []) as {
      loc: string;
      'news:news': { 'news:title': string; 'news:publication_date': string };
    }[];
    expect(urls.map((u) => u.loc)).toEqual(
      [recent, windowStart].map((s) => `https://vigie.example/articles/${s.slug}/`),
    );
    expect(urls.map((u) => u['news:news']['news:title'])).toEqual([titleOf(recent), titleOf(windowStart)]);
    expect(urls.map((u) => Date.parse(u['news:news']['news:publication_date']))).toEqual(
      [recent, windowStart].map((s) => Date.parse(s.publishedAt)),
    );
  });

  it('lists the news sitemap and sitemap-0.xml in the sitemap index', () => {
    const locs = (xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[])
      .map((s) => s.loc)
      .sort();
    expect(locs).toEqual(['https://vigie.example/news-sitemap.xml', 'https://vigie.example/sitemap-0.xml']);
  });

  it.each([
    ['news-sitemap.xml', 'sitemap.xsd + sitemap-news.xsd'],
    ['sitemap-0.xml', 'sitemap.xsd'],
    ['sitemap-index.xml', 'siteindex.xsd'],
  ])('%s validates against %s', (file, schema) => {
    const xsd = file === 'news-sitemap.xml' ? writeNewsSitemapSchema() : join(SCHEMA_DIR, schema);
    const result = validateWithSchema(join(build.outDir, file), xsd);
    expect(result.valid, result.output).toBe(true);
  });
});

// Astro defines `import.meta.env.<NAME>` from every process.env variable, Vite's own names included,
// so a stray DEV in the build's environment (Vitest sets DEV=1 in its workers) must not publish drafts.
describe('publication with DEV set in the environment', () => {
  it.each(['1', 'false'])('keeps the draft and the scheduled story out when DEV=%s', async (value) => {
    const build = await buildFixture('publication-dev-variable', files, {
      sourceDateEpoch: SOURCE_DATE_EPOCH,
      env: { DEV: value },
    });
    expect(build.exitCode, build.output).toBe(0);
    expect(getFileOfPath(build.outDir, `/articles/${recent.slug}/`)).toBeDefined();
    expect(
      hidden.filter((story) => getFileOfPath(build.outDir, `/articles/${story.slug}/`)).map((story) => story.slug),
    ).toEqual([]);
  });
});

describe('publication under astro dev', () => {
  let server: DevServer;

  beforeAll(async () => {
    server = await startDevServer('publication-dev', files, { sourceDateEpoch: SOURCE_DATE_EPOCH });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it.each(hidden.map((s) => [s.draft ? 'the draft' : 'the scheduled story', s] as const))(
    'shows %s to editors',
    async (_label, story) => {
      const response = await fetch(`${server.origin}/articles/${story.slug}/`);
      const html = await response.text();
      expect(response.status, server.getOutput()).toBe(200);
      expect(html).toContain(titleOf(story));
    },
  );

  // The control: the dev server does not answer 200 for any article URL.
  it('answers 404 for a story that does not exist', async () => {
    const response = await fetch(`${server.origin}/articles/histoire-inexistante/`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});
