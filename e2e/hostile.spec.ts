/**
 * Hostile content: a corpus with script, event-handler and URL payloads in every field and raw
 * HTML in the body is built, served, and opened in Chromium. Nothing may run, every page and
 * feed must be free of executable markup, and the payloads written in frontmatter must come out
 * as text (escaped, not dropped) in pages and JSON-LD.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element as HastElement, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { applyFrenchTypography } from '../src/lib/typography.ts';
import { buildFixture } from './builds/support/build-fixture.ts';
import { listFiles } from './builds/support/dist-files.ts';
import { HOSTILE_ARTICLE, HOSTILE_TEXT, makeHostileCorpus } from './support/hostile-corpus.ts';
import { startStaticServer, type StaticServer } from '../scripts/lib/static-server.ts';

// One build for the whole file: its tests run in order in one worker, whatever `fullyParallel` says.
test.describe.configure({ mode: 'default' });

/** The one page allowed to load a script: search, with the bundle Astro emits for it. */
const SEARCH_PATH = '/recherche/';

let outDir: string;
let server: StaticServer;
let pagePaths: string[];
let feedFiles: string[];

test.beforeAll(async ({}, workerInfo) => {
  test.setTimeout(300_000);
  // One build folder per worker: after a failure Playwright starts a new worker, which runs this hook again.
  const build = await buildFixture(`hostile-${workerInfo.workerIndex}`, makeHostileCorpus());
  if (build.exitCode !== 0) throw new Error(`hostile fixture build failed:\n${build.output}`);
  outDir = build.outDir;
  const files = listFiles(outDir);
  pagePaths = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f === '404.html' ? '/404.html' : `/${f.replace(/index\.html$/, '')}`));
  feedFiles = files.filter((f) => f.endsWith('rss.xml'));
  server = await startStaticServer(outDir);
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const guardedPages = new WeakSet<Page>();

/** Opens `path` on the fixture server with every request to another host aborted. */
async function open(page: Page, path: string): Promise<void> {
  if (!guardedPages.has(page)) {
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
    );
    guardedPages.add(page);
  }
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  // Chromium shows a feed as an XML tree and may never report network idle for it.
  if (path.endsWith('.xml')) await page.waitForTimeout(300);
  else await page.waitForLoadState('networkidle');
}

test.describe('with the Content-Security-Policy bypassed', () => {
  // The CSP <meta> would block inline handlers anyway; the markup itself must be inert
  // (feed readers, caches and copies of the page do not carry the policy).
  test.use({ bypassCSP: true });

  test('no page or feed opens a dialog, even when its elements get hover, focus and toggle events', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    let current = '';
    page.on('dialog', async (dialog) => {
      dialogs.push(`${current}: ${dialog.type()} "${dialog.message()}"`);
      await dialog.dismiss();
    });
    for (const path of [...pagePaths, ...feedFiles.map((f) => `/${f}`)]) {
      current = path;
      await open(page, path);
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('*')) {
          for (const type of [
            'mouseover',
            'mouseenter',
            'focus',
            'focusin',
            'toggle',
            'load',
            'error',
            'animationstart',
          ]) {
            element.dispatchEvent(new Event(type));
          }
        }
      });
      // Event handlers and timers queued by the payloads get a moment to run.
      await page.waitForTimeout(100);
    }
    expect(dialogs).toEqual([]);
  });
});

/** What the browser's DOM holds that could run script or load foreign content, one line per finding. */
function findExecutableMarkup({ path, searchPath }: { path: string; searchPath: string }): Record<string, string[]> {
  const findings: Record<string, string[]> = { scripts: [], handlers: [], urls: [], embeds: [] };
  const show = (element: Element) => element.outerHTML.slice(0, 160);
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') continue;
    const src = script.getAttribute('src');
    if (path === searchPath && src?.startsWith('/_astro/') && !script.textContent?.trim()) continue;
    findings.scripts!.push(show(script));
  }
  const urlAttributes = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'srcset',
    'background',
    'cite',
    'ping',
    'xlink:href',
    'srcdoc',
  ]);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.handlers!.push(`${name} on ${show(element)}`);
      if (name === 'srcdoc') findings.urls!.push(`srcdoc on ${show(element)}`);
      if (!urlAttributes.has(name)) continue;
      const values =
        name === 'srcset'
          ? attribute.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [attribute.value];
      // Browsers ignore ASCII whitespace and control characters anywhere in a scheme ("jav&#x09;ascript:").
      const schemes = values.map((value) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase());
      if (schemes.some((value) => /^(javascript|data|vbscript):/.test(value)))
        findings.urls!.push(`${name} on ${show(element)}`);
    }
  }
  for (const element of document.querySelectorAll(
    'iframe, frame, frameset, object, embed, base, body style, body meta, body link',
  )) {
    findings.embeds!.push(show(element));
  }
  return findings;
}

test('no page holds a script other than JSON-LD, an on* attribute, a javascript:/data: URL or an embedding element', async ({
  page,
}) => {
  // One navigation per page of the build, which now has person, organisation and author pages too.
  test.setTimeout(240_000);
  const all: Record<string, string[]> = { scripts: [], handlers: [], urls: [], embeds: [] };
  for (const path of pagePaths) {
    await open(page, path);
    const findings = await page.evaluate(findExecutableMarkup, { path, searchPath: SEARCH_PATH });
    for (const [kind, list] of Object.entries(findings))
      all[kind]!.push(...list.map((finding) => `${path}: ${finding}`));
  }
  expect(pagePaths.length, 'pages built').toBeGreaterThanOrEqual(8);
  expect.soft(all.scripts, '<script> elements other than JSON-LD').toEqual([]);
  expect.soft(all.handlers, 'on* attributes').toEqual([]);
  expect.soft(all.urls, 'javascript:, data: or vbscript: URLs').toEqual([]);
  expect.soft(all.embeds, 'iframe, object, embed, base, and style/meta/link in the body').toEqual([]);
});

/** Every string value inside a JSON value. */
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

test('JSON-LD blocks parse as JSON and carry the payloads as text', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  const stringsByPath = new Map<string, string[]>();
  for (const path of pagePaths) {
    await open(page, path);
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    const strings: string[] = [];
    for (const block of blocks) {
      try {
        strings.push(...collectStrings(JSON.parse(block)));
      } catch (error) {
        errors.push(`${path}: ${(error as Error).message}`);
      }
    }
    stringsByPath.set(path, strings);
  }
  expect(errors).toEqual([]);
  // The site typesets frontmatter text once per build (« », no-break spaces), JSON-LD included.
  const article = stringsByPath.get(`/articles/${HOSTILE_ARTICLE}/`) ?? [];
  for (const text of [
    HOSTILE_TEXT.title,
    HOSTILE_TEXT.description,
    HOSTILE_TEXT.creditName,
    HOSTILE_TEXT.creditRole,
    HOSTILE_TEXT.topicName,
  ]) {
    expect.soft(article, `article JSON-LD holds ${JSON.stringify(text)}`).toContain(applyFrenchTypography(text));
  }
  expect
    .soft(stringsByPath.get('/sujets/hostile/') ?? [], 'topic JSON-LD holds the topic name')
    .toContain(applyFrenchTypography(HOSTILE_TEXT.topicName));
});

test('payloads written in frontmatter are shown as text, not dropped', async ({ page }) => {
  await open(page, `/articles/${HOSTILE_ARTICLE}/`);
  const seen = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
  const typeset = applyFrenchTypography;
  expect(await seen('h1')).toBe(typeset(HOSTILE_TEXT.title));
  expect(await seen('.article__standfirst')).toBe(typeset(HOSTILE_TEXT.description));
  expect(await seen('.byline')).toContain(typeset(HOSTILE_TEXT.creditName));
  expect(await seen('.byline')).toContain(typeset(HOSTILE_TEXT.creditRole));
  expect(await seen('.article__references')).toContain(typeset(HOSTILE_TEXT.referenceName));
  expect(await page.title()).toContain(typeset(HOSTILE_TEXT.title));
  await open(page, '/sujets/hostile/');
  expect(await seen('h1')).toBe(typeset(HOSTILE_TEXT.topicName));
  expect(await seen('.topic-page__intro')).toBe(typeset(HOSTILE_TEXT.topicDescription));
});

const htmlParser = unified().use(rehypeParse, { fragment: true });
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'style',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'form',
]);
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'poster',
  'srcSet',
  'background',
  'cite',
  'ping',
  'xLinkHref',
]);

/** What `html`, rendered by a feed reader, could run: forbidden elements, on* attributes, script URLs. */
function findExecutableHtml(html: string): string[] {
  const findings: string[] = [];
  const tree: Root = htmlParser.parse(html);
  visit(tree, 'element', (element: HastElement) => {
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) findings.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) findings.push(`${name} on <${element.tagName}>`);
      if (!URL_PROPERTIES.has(name)) continue;
      const urls = (Array.isArray(value) ? value : [value]).map((url) =>
        String(url)
          .replace(/[\u0000-\u0020]/g, '')
          .toLowerCase(),
      );
      if (urls.some((url) => /^(javascript|data|vbscript):/.test(url)))
        findings.push(`${name}=${String(value)} on <${element.tagName}>`);
    }
  });
  return findings;
}

interface FeedItem {
  title: string;
  description: string;
  'content:encoded'?: string;
}

test('RSS feeds parse and hold nothing executable in content:encoded or descriptions', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  expect(feedFiles, 'site and topic feeds').toEqual(
    expect.arrayContaining(['rss.xml', 'sujets/hostile/rss.xml', 'sujets/autre/rss.xml']),
  );
  for (const file of feedFiles) {
    const xml = readFileSync(join(outDir, file), 'utf8');
    expect(XMLValidator.validate(xml), `${file} is well-formed`).toBe(true);
    const channel = parser.parse(xml).rss.channel as { description: string; item?: FeedItem[] };
    const items = channel.item ?? [];
    expect(items.length, `${file} has items`).toBeGreaterThan(0);
    for (const item of items) {
      const where = `${file} item ${JSON.stringify(item.title)}`;
      expect(item['content:encoded'], `${where} has content:encoded`).toBeTruthy();
      expect.soft(findExecutableHtml(item['content:encoded'] ?? ''), `${where} content:encoded`).toEqual([]);
      // RSS 2.0 descriptions are entity-encoded HTML: readers render what they decode to.
      expect.soft(findExecutableHtml(item.description), `${where} description`).toEqual([]);
    }
    expect.soft(findExecutableHtml(channel.description), `${file} channel description`).toEqual([]);
  }
});
