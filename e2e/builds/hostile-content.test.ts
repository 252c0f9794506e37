/**
 * Hostile content that must still build, and what the build must make of it: a tag named in
 * prose stays text, a heading never takes an id of the page, a local raster image goes
 * through Astro's image pipeline while remote images are dropped, credit names reach the
 * feed as written, and the news sitemap is left out when it has nothing to list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_TOPIC_ID,
  buildFixture,
  makeArticle,
  makeTopic,
  rawFile,
  type FixtureBuildResult,
} from './support/build-fixture.ts';
import { TINY_PNG } from './support/broken-entries.ts';
import { listFiles, readPage } from './support/dist-files.ts';
import { SCHEMA_DIR, validateWithSchema } from './support/xml-schema.ts';

const CREDITS = ['1e3', '0x1F', '007', '1.50'];
const SLUG = 'balise-dans-la-prose';

const BODY = `Les pirates ont glissé une balise <script> dans la page du ministère.

## Contenu

Les enquêteurs ont retrouvé la trace des pirates.

![Le ministère après l'attaque](./ministere.png)

Un pixel <img src="https://tracker.example/p.gif" alt=""> et ![suivi](https://tracker.example/q.png) distants.
`;

const files = [
  makeTopic(BASE_TOPIC_ID),
  makeArticle(SLUG, { credits: CREDITS.map((name) => ({ name, role: 'Reportage' })) }, BODY),
  rawFile('articles/ministere.png', TINY_PNG),
];

describe('hostile content that builds', () => {
  let build: FixtureBuildResult;
  let page: string;

  beforeAll(async () => {
    // Default "now" 2017-01-10T12:00:00Z: the story (2017-01-06) is out of the news window.
    build = await buildFixture('hostile-content', files);
    if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
    page = readPage(build.outDir, `/articles/${SLUG}/`);
  });

  it('keeps a tag named in prose as text, and everything after it', () => {
    expect(page).toContain('une balise &lt;script&gt; dans la page du ministère');
    expect(page).toContain('Les enquêteurs ont retrouvé la trace des pirates.');
  });

  it('gives no two elements of the page the same id (## Contenu beside <main id="contenu">)', () => {
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids).toContain('contenu');
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('publishes the local image through the image pipeline, and no SVG from content', () => {
    const sources = [...page.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatch(/^\/_astro\/ministere\.[\w-]+\.(webp|png)$/);
    expect(existsSync(join(build.outDir, sources[0]!))).toBe(true);
    // public/favicon.svg is ours; nothing built from content may be an SVG.
    expect(listFiles(build.outDir).filter((file) => /\.svgz?$/i.test(file) && file !== 'favicon.svg')).toEqual([]);
  });

  it('keeps remote images out of pages and feeds', () => {
    const leaks = listFiles(build.outDir).filter((file) =>
      readFileSync(join(build.outDir, file), 'latin1').includes('tracker.example'),
    );
    expect(leaks).toEqual([]);
  });

  it.each(['rss.xml', `sujets/${BASE_TOPIC_ID}/rss.xml`])('prints credit names in %s exactly as written', (feed) => {
    const xml = readFileSync(join(build.outDir, feed), 'utf8');
    expect([...xml.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((match) => match[1])).toEqual(CREDITS);
  });

  it('leaves the empty news sitemap out of the output and of the index, which stays valid', () => {
    expect(existsSync(join(build.outDir, 'news-sitemap.xml'))).toBe(false);
    const index = readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://vigie.example/sitemap-0.xml',
    ]);
    const result = validateWithSchema(join(build.outDir, 'sitemap-index.xml'), join(SCHEMA_DIR, 'siteindex.xsd'));
    expect(result.valid, result.output).toBe(true);
  });
});
