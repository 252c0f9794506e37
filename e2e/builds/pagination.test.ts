/**
 * Topic archives are paginated by 20: with 45 stories, three pages of 20, 20 and 5, each with its
 * own title, linked to its neighbours, newest story first across the whole sequence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, makeArticle, makeTopic, type FixtureBuildResult } from './support/build-fixture.ts';
import {
  findElements,
  findFirst,
  getFileOfPath,
  getText,
  hasClass,
  parseHtml,
  readPage,
} from './support/dist-files.ts';

const TOPIC = 'terrorisme';
const STORY_COUNT = 45;
const HOUR = 3600_000;
const NEWEST = Date.parse('2017-01-09T12:00:00Z');

/**
 * The stories, newest first. Slugs are a permutation of 01…45 (step 17) so that file-name order
 * differs from date order, and every other date is written with a -05:00 offset so that the
 * order of the date strings differs from the order of the instants.
 */
const stories = Array.from({ length: STORY_COUNT }, (_, index) => {
  const instant = NEWEST - index * 5 * HOUR;
  const offsetHours = index % 2 === 0 ? 1 : -5;
  const local = new Date(instant + offsetHours * HOUR).toISOString().slice(0, 19);
  return {
    slug: `recit-${String(((index * 17) % STORY_COUNT) + 1).padStart(2, '0')}`,
    publishedAt: `${local}${offsetHours > 0 ? '+01:00' : '-05:00'}`,
  };
});

const PAGES = [`/sujets/${TOPIC}/`, `/sujets/${TOPIC}/page/2/`, `/sujets/${TOPIC}/page/3/`];

describe('topic pagination', () => {
  let build: FixtureBuildResult;

  beforeAll(async () => {
    const files = [
      makeTopic(TOPIC),
      ...stories.map((story, index) =>
        makeArticle(story.slug, { title: `Récit numéro ${index + 1}`, publishedAt: story.publishedAt }),
      ),
    ];
    build = await buildFixture('pagination', files);
    if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  });

  const storyLinksOf = (path: string) =>
    findElements(parseHtml(readPage(build.outDir, path)), (el) => hasClass(el, 'story-card')).map(
      (card) => findFirst(card, 'a')?.properties.href,
    );

  it('builds three pages of 20, 20 and 5 stories, and no fourth', () => {
    expect(PAGES.map((path) => storyLinksOf(path).length)).toEqual([20, 20, 5]);
    expect(getFileOfPath(build.outDir, `/sujets/${TOPIC}/page/4/`)).toBeUndefined();
    // Page 1 has one URL, the topic's own.
    expect(getFileOfPath(build.outDir, `/sujets/${TOPIC}/page/1/`)).toBeUndefined();
  });

  it.each([
    [2, PAGES[1]!],
    [3, PAGES[2]!],
  ])('says "Page %i sur 3" in the title and the h1', (page, path) => {
    const tree = parseHtml(readPage(build.outDir, path));
    expect(getText(findFirst(tree, 'title')!)).toContain(`Page ${page} sur 3`);
    expect(getText(findFirst(tree, 'h1')!)).toContain(`Page ${page} sur 3`);
  });

  it('gives each page its own title', () => {
    const titles = PAGES.map((path) => getText(findFirst(parseHtml(readPage(build.outDir, path)), 'title')!));
    expect(new Set(titles).size).toBe(PAGES.length);
  });

  it('links each page to its neighbours with rel=prev and rel=next, to built pages', () => {
    const relLinks = PAGES.map((path) => {
      const tree = parseHtml(readPage(build.outDir, path));
      const linkOf = (rel: string) =>
        findElements(tree, (el) => Array.isArray(el.properties.rel) && el.properties.rel.includes(rel)).map((el) =>
          String(el.properties.href),
        );
      return { prev: linkOf('prev'), next: linkOf('next') };
    });
    expect(relLinks).toEqual([
      { prev: [], next: [PAGES[1]] },
      { prev: [PAGES[0]], next: [PAGES[2]] },
      { prev: [PAGES[1]], next: [] },
    ]);
    for (const { prev, next } of relLinks) {
      for (const href of [...prev, ...next]) expect(getFileOfPath(build.outDir, href), href).toBeDefined();
    }
  });

  it('lists the stories newest first across the pages', () => {
    expect(PAGES.flatMap(storyLinksOf)).toEqual(stories.map((story) => `/articles/${story.slug}/`));
  });
});
