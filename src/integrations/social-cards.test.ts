import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardCache } from '../lib/social/card-cache.ts';
import type { SocialCardInput } from '../lib/social/render-card.ts';
import { SOCIAL_CARD_MANIFEST, writeSocialCards } from './social-cards.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A stand-in PNG per input (signature + title), so tests check which card went where without drawing. */
const fakePng = (input: SocialCardInput) => Buffer.concat([PNG_SIGNATURE, Buffer.from(input.title)]);

let root: string;
let outDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigie-social-cards-'));
  outDir = join(root, 'dist');
  await mkdir(outDir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const cacheWithFakeCards = () =>
  createCardCache({
    dir: join(root, 'cache'),
    getKey: async (input) => Buffer.from(input.title).toString('hex'),
    render: async (input) => fakePng(input),
  });
const writeManifest = (value: unknown) =>
  writeFile(join(outDir, SOCIAL_CARD_MANIFEST), typeof value === 'string' ? value : JSON.stringify(value));

describe('writeSocialCards', () => {
  const entries = [
    { path: '/og/site.png', card: { title: 'Site' } },
    { path: '/og/articles/une-histoire.png', card: { title: 'Une histoire', kicker: 'Terrorisme' } },
    { path: '/og/sujets/terrorisme.png', card: { title: 'Terrorisme' } },
  ];

  it('writes each card at its path, deletes the list, and reuses cached cards on the next build', async () => {
    const cache = cacheWithFakeCards();
    await writeManifest(entries);
    expect(await writeSocialCards(outDir, cache)).toEqual({ written: 3, drawn: 3, reused: 0, copied: 0 });
    expect((await readFile(join(outDir, 'og/articles/une-histoire.png'))).subarray(8).toString()).toBe('Une histoire');
    expect((await readFile(join(outDir, 'og/sujets/terrorisme.png'))).subarray(8).toString()).toBe('Terrorisme');
    expect((await readdir(outDir)).sort()).toEqual(['og']);

    await writeManifest(entries);
    expect(await writeSocialCards(outDir, cache)).toEqual({ written: 3, drawn: 0, reused: 3, copied: 0 });
  });

  it('publishes each card as a hard link to its file in the card cache, sharing one file between equal cards', async () => {
    const cache = cacheWithFakeCards();
    await writeManifest([...entries, { path: '/og/articles/autre-histoire.png', card: { title: 'Une histoire' } }]);
    await writeSocialCards(outDir, cache);
    const published = await stat(join(outDir, 'og/articles/une-histoire.png'));
    const cached = await stat(await cache.getFile({ title: 'Une histoire', kicker: 'Terrorisme' }));
    expect(published.ino).toBe(cached.ino);
    // The cache file, this card and the other card with the same content: one inode, three names.
    expect(published.nlink).toBe(3);
    expect((await stat(join(outDir, 'og/articles/autre-histoire.png'))).ino).toBe(cached.ino);
  });

  it('replaces a card already in the output by rename, never writing into the file it replaces', async () => {
    const cache = cacheWithFakeCards();
    const previousSite = join(root, 'previous-site.png');
    await writeFile(previousSite, 'old card');
    await mkdir(join(outDir, 'og'));
    // As after a publish step: the output's card is a hard link shared with the previous site.
    await link(previousSite, join(outDir, 'og/site.png'));
    await writeManifest(entries);
    await writeSocialCards(outDir, cache);
    expect((await readFile(join(outDir, 'og/site.png'))).subarray(8).toString()).toBe('Site');
    expect(await readFile(previousSite, 'utf8')).toBe('old card');
  });

  it('names the missing list', async () => {
    await expect(writeSocialCards(outDir, cacheWithFakeCards())).rejects.toThrow(
      /social-cards\.json is missing: the build must include src\/pages\/social-cards\.json\.ts/,
    );
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['not an array', { path: '/og/a.png' }, /expected an array/],
    [
      'a path outside og/',
      [{ path: '/og/../index.html', card: { title: 'x' } }],
      /entry 0: path "\/og\/\.\.\/index\.html" is not \/og\/<slug…>\.png/,
    ],
    ['a path that is not a PNG', [{ path: '/og/a.svg', card: { title: 'x' } }], /is not \/og\/<slug…>\.png/],
    [
      'a path listed twice',
      [
        { path: '/og/a.png', card: { title: 'x' } },
        { path: '/og/a.png', card: { title: 'y' } },
      ],
      /entry 1: \/og\/a\.png is listed twice/,
    ],
    [
      'a card without title',
      [{ path: '/og/a.png', card: { title: ' ' } }],
      /entry 0 \(\/og\/a\.png\): card\.title must be a non-empty string/,
    ],
  ])(
    'refuses a list with %s, naming the file and the route to fix, and writes nothing',
    async (_case, manifest, message) => {
      await writeManifest(manifest);
      const error = await writeSocialCards(outDir, cacheWithFakeCards()).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(join(outDir, SOCIAL_CARD_MANIFEST));
      expect((error as Error).message).toContain('src/pages/social-cards.json.ts');
      expect(await readdir(outDir)).toEqual([SOCIAL_CARD_MANIFEST]);
    },
  );
});
