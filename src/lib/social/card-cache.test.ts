import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardCache, getDefaultCardCacheDir } from './card-cache.ts';
import { getSocialCardKey, renderSocialCard, type SocialCardInput } from './render-card.ts';

const INPUT: SocialCardInput = {
  title: '«\u00A0Un grand pas\u00A0»\u00A0: la coopération',
  kicker: 'Terrorisme',
  footer: '6 janvier 2017',
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-cards-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createCardCache', () => {
  it('draws a card once, then returns the same bytes without drawing it again', async () => {
    const render = vi.fn(renderSocialCard);
    const cache = createCardCache({ dir, render });
    const first = await cache.get(INPUT);
    const second = await cache.get({ ...INPUT });
    expect(second.equals(first)).toBe(true);
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.stats).toEqual({ rendered: 1, reused: 1 });
    expect((await sharp(first).metadata()).width).toBe(1200);
  });

  it('reuses the cards of a previous build (a new cache over the same folder)', async () => {
    const png = await createCardCache({ dir }).get(INPUT);
    const render = vi.fn(renderSocialCard);
    const nextBuild = createCardCache({ dir, render });
    expect((await nextBuild.get(INPUT)).equals(png)).toBe(true);
    expect(render).not.toHaveBeenCalled();
    expect(nextBuild.stats).toEqual({ rendered: 0, reused: 1 });
  });

  it('draws again when the title changes', async () => {
    const cache = createCardCache({ dir });
    const before = await cache.get(INPUT);
    const after = await cache.get({ ...INPUT, title: `${INPUT.title} renforcée` });
    expect(after.equals(before)).toBe(false);
    expect(cache.stats).toEqual({ rendered: 2, reused: 0 });
    expect((await readdir(dir)).sort()).toEqual(
      [
        `${await getSocialCardKey(INPUT)}.png`,
        `${await getSocialCardKey({ ...INPUT, title: `${INPUT.title} renforcée` })}.png`,
      ].sort(),
    );
  });

  it('draws a card requested by several pages at once only once', async () => {
    const render = vi.fn(renderSocialCard);
    const cache = createCardCache({ dir, render });
    const cards = await Promise.all([cache.get(INPUT), cache.get(INPUT), cache.get(INPUT)]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(cards[1]!.equals(cards[0]!)).toBe(true);
    expect(cards[2]!.equals(cards[0]!)).toBe(true);
  });

  it('leaves only finished cards in the folder, even when two caches write the same card', async () => {
    await Promise.all([createCardCache({ dir }).get(INPUT), createCardCache({ dir }).get(INPUT)]);
    expect(await readdir(dir)).toEqual([`${await getSocialCardKey(INPUT)}.png`]);
  });

  it('gives the path of the cached file, drawing it only when it is missing', async () => {
    const render = vi.fn(renderSocialCard);
    const cache = createCardCache({ dir, render });
    const file = await cache.getFile(INPUT);
    expect(file).toBe(join(dir, `${await getSocialCardKey(INPUT)}.png`));
    expect((await readFile(file)).equals(await renderSocialCard(INPUT))).toBe(true);
    expect(await cache.getFile({ ...INPUT })).toBe(file);
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.stats).toEqual({ rendered: 1, reused: 1 });
  });

  it('draws again over a truncated file', async () => {
    await writeFile(join(dir, `${await getSocialCardKey(INPUT)}.png`), Buffer.from([0x89, 0x50]));
    const cache = createCardCache({ dir });
    const png = await cache.get(INPUT);
    expect(cache.stats).toEqual({ rendered: 1, reused: 0 });
    expect((await sharp(png).metadata()).height).toBe(630);
  });

  it('tells the caller how long each drawing took, and only for drawn cards', async () => {
    const onRender = vi.fn();
    const cache = createCardCache({ dir, onRender });
    await cache.get(INPUT);
    await cache.get(INPUT);
    expect(onRender).toHaveBeenCalledTimes(1);
    expect(onRender).toHaveBeenCalledWith(INPUT, expect.any(Number));
  });

  it('does not store a card whose drawing failed', async () => {
    const cache = createCardCache({ dir, render: () => Promise.reject(new Error('satori failed')) });
    await expect(cache.get(INPUT)).rejects.toThrow('satori failed');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('getDefaultCardCacheDir', () => {
  it.each([
    [{}, '/site/node_modules/.astro/social-cards'],
    [{ VIGIE_CACHE_DIR: '/tmp/cache' }, '/tmp/cache/social-cards'],
    [{ VIGIE_CACHE_DIR: 'build-cache' }, '/site/build-cache/social-cards'],
    [{ VIGIE_CACHE_DIR: '  ' }, '/site/node_modules/.astro/social-cards'],
  ])('with %j is %s', (env, expected) => {
    expect(getDefaultCardCacheDir(env, '/site')).toBe(expected);
  });
});
