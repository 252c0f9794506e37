import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { getCardFonts } from './card-fonts.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './paths.ts';
import {
  buildCardTree,
  chooseTitleSize,
  countLines,
  getSocialCardKey,
  renderSocialCard,
  TITLE_BOX,
  TITLE_FONT_SIZES,
  type SocialCardInput,
} from './render-card.ts';

const LEAD_TITLE =
  "«\u00A0On a fait un grand pas en avant depuis les attentats de Paris\u00A0»\u00A0: voici comment la Belgique et la France coopèrent aujourd'hui contre le terrorisme";
const FRENCH_TITLE =
  '«\u00A0Œuvre à peine née\u202F? Déjà là\u202F!\u00A0», dit-il\u00A0; ça s’est su à Liège — et à Lœuvre';

const { faces } = await getCardFonts();
const boldFaces = faces.filter((f) => f.weight === 700);

describe('renderSocialCard', () => {
  it('makes a 1200×630 PNG', async () => {
    const png = await renderSocialCard({ title: LEAD_TITLE, kicker: 'Terrorisme', footer: '6 janvier 2017' });
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([SOCIAL_IMAGE_WIDTH, SOCIAL_IMAGE_HEIGHT]);
  });

  it('keeps the exact colours of the design (the former 256-colour palette shifted the paper)', async () => {
    const png = await renderSocialCard({ title: LEAD_TITLE, kicker: 'Terrorisme', footer: '6 janvier 2017' });
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      `#${[...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(pixel(20, 300)).toBe('#fdfcf9'); // paper, left margin
    expect(pixel(600, 5)).toBe('#8a1c1c'); // accent band along the top
    expect(pixel(600, 125)).toBe('#1b1b1b'); // rule under the header
  });

  it('finds a glyph for every character of French text', async () => {
    const onMissingGlyphs = vi.fn();
    await renderSocialCard(
      { title: FRENCH_TITLE, kicker: 'Coopération franco-belge', footer: '1er février 2016' },
      { onMissingGlyphs },
    );
    await renderSocialCard({ title: 'Łukasz, Ősz, Şahin et Čapek', kicker: 'Justice' }, { onMissingGlyphs });
    expect(onMissingGlyphs).not.toHaveBeenCalled();
  });

  it('reports the characters no face can draw', async () => {
    const onMissingGlyphs = vi.fn();
    const input = { title: 'Paris → Bruxelles 漢' };
    await renderSocialCard(input, { onMissingGlyphs });
    expect(onMissingGlyphs).toHaveBeenCalledWith(expect.arrayContaining(['→', '漢']), input);
  });

  it('warns on the console by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await renderSocialCard({ title: 'Paris → Bruxelles' });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"→"'));
    } finally {
      warn.mockRestore();
    }
  });

  it('draws different pixels for different titles', async () => {
    const a = await sharp(await renderSocialCard({ title: 'Justice' }))
      .raw()
      .toBuffer();
    const b = await sharp(await renderSocialCard({ title: 'Justicé' }))
      .raw()
      .toBuffer();
    expect(a.equals(b)).toBe(false);
  });
});

describe('countLines', () => {
  const perChar = (s: string) => s.length * 10;
  it.each([
    ['', 100, 0],
    ['un deux trois', 130, 1],
    ['un deux trois', 70, 2],
    ['un deux trois', 10, 3],
    // No-break spaces glue words: "pas\u202F!" cannot be split.
    ['un pas\u202F!', 60, 2],
    ['«\u00A0oui\u00A0»', 10, 1],
  ])('%j in %i px takes %i lines', (text, width, lines) => {
    expect(countLines(text, width, perChar)).toBe(lines);
  });
});

describe('chooseTitleSize', () => {
  it.each([
    ['Terrorisme', TITLE_FONT_SIZES[0]],
    ['Coopération franco-belge', TITLE_FONT_SIZES[0]],
  ])('sets a short title (%s) at the largest size', (title, size) => {
    expect(chooseTitleSize(title, boldFaces)).toMatchObject({ fontSize: size, fits: true });
  });

  it('shrinks the lead story title to fit the box', () => {
    const choice = chooseTitleSize(LEAD_TITLE, boldFaces);
    expect(choice.fits).toBe(true);
    expect(choice.fontSize).toBeLessThan(TITLE_FONT_SIZES[0]);
    expect(choice.lines).toBeLessThanOrEqual(TITLE_BOX.maxLines);
  });

  it('gives up at the smallest size when nothing fits', () => {
    expect(chooseTitleSize('mot '.repeat(120), boldFaces)).toMatchObject({
      fontSize: TITLE_FONT_SIZES.at(-1),
      fits: false,
    });
  });
});

/** Boxes satori computes for the card of `input`, by text content. */
async function layOutCard(
  input: SocialCardInput,
): Promise<Map<string, { top: number; bottom: number; width: number }>> {
  const boxes = new Map<string, { top: number; bottom: number; width: number }>();
  await satori(
    buildCardTree(input, chooseTitleSize(input.title, boldFaces)) as unknown as Parameters<typeof satori>[0],
    {
      width: SOCIAL_IMAGE_WIDTH,
      height: SOCIAL_IMAGE_HEIGHT,
      fonts: faces,
      onNodeDetected: (node) => {
        if (node.textContent)
          boxes.set(node.textContent, { top: node.top, bottom: node.top + node.height, width: node.width });
      },
    },
  );
  return boxes;
}

describe('card layout', () => {
  it.each([
    ['the lead story', LEAD_TITLE],
    ['a 200-character title', `${'Le procès des attentats de Bruxelles reprend '.repeat(5)}`.slice(0, 200)],
    ['a one-word title', 'Renseignement'],
  ])('keeps %s between the kicker and the footer, inside the margins', async (_label, title) => {
    const boxes = await layOutCard({ title, kicker: 'Terrorisme', footer: '6 janvier 2017' });
    const headline = boxes.get(title)!;
    expect(headline.top).toBeGreaterThanOrEqual(boxes.get('Terrorisme')!.bottom);
    expect(headline.bottom).toBeLessThanOrEqual(boxes.get('6 janvier 2017')!.top);
    expect(headline.bottom - headline.top).toBeLessThanOrEqual(TITLE_BOX.height);
    expect(headline.width).toBeLessThanOrEqual(TITLE_BOX.width);
  });
});

describe('getSocialCardKey', () => {
  it('is stable for one input and changes with any field', async () => {
    const input = { title: 'Justice', kicker: 'Sujet', footer: '3 articles' };
    const key = await getSocialCardKey(input);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await getSocialCardKey({ ...input })).toBe(key);
    const others = await Promise.all([
      getSocialCardKey({ ...input, title: 'Justicé' }),
      getSocialCardKey({ ...input, kicker: 'Sujets' }),
      getSocialCardKey({ ...input, footer: '4 articles' }),
    ]);
    expect(new Set([key, ...others]).size).toBe(4);
  });
});
