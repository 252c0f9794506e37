/**
 * Social card (OpenGraph / Twitter image) of a page: a 1200×630 PNG with the
 * site name, a kicker, the headline and a footer line, drawn with satori
 * (element tree → SVG) and rasterised and encoded with resvg.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '../../site.config.ts';
import { CARD_FONT_FAMILY, getCardFonts, measureText, type CardFontFace } from './card-fonts.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './paths.ts';

/**
 * Bump when the output changes without the element tree changing (PNG options,
 * font patching, rasteriser settings), so cached cards are redrawn.
 */
export const SOCIAL_CARD_RENDERER_VERSION = 3;

/** What a card shows; every string already typeset (no-break spaces, « »). */
export interface SocialCardInput {
  /** Headline, wrapped on up to five lines and shrunk to fit. */
  title: string;
  /** Short label above the headline (topic name, "Sujet"); printed in capitals. */
  kicker?: string;
  /** Line at the bottom (publication date, story count). */
  footer?: string;
}

/** Options of `renderSocialCard`. */
export interface RenderSocialCardOptions {
  /**
   * Called with the characters no bundled face can draw (they would print as
   * boxes); defaults to a console warning. Never called for French text.
   */
  onMissingGlyphs?: (characters: string[], input: SocialCardInput) => void;
}

/** A satori element: the object form of JSX. */
export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardElement | (string | CardElement)[];
    [key: string]: unknown;
  };
}

const COLORS = { paper: '#fdfcf9', ink: '#1b1b1b', muted: '#555555', rule: '#d9d4c7', accent: '#8a1c1c' } as const;
const PADDING_X = 72;
const TITLE_LINE_HEIGHT = 1.14;
/** Font sizes tried for the headline, largest first (px). */
export const TITLE_FONT_SIZES = [96, 88, 82, 76, 70, 64, 58, 54, 50, 46, 42] as const;
/** Room for the headline: the card minus header, kicker, footer and margins (px); `render-card.test.ts` checks it against satori's layout. */
export const TITLE_BOX = { width: SOCIAL_IMAGE_WIDTH - 2 * PADDING_X, height: 340, maxLines: 5 } as const;

/**
 * Lines `text` takes when wrapped greedily at ordinary spaces into `width` px.
 * No-break spaces (U+00A0, U+202F) never break, as in satori.
 */
export function countLines(text: string, width: number, measure: (s: string) => number): number {
  const words = text.split(' ').filter((w) => w !== '');
  let lines = 0;
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && measure(candidate) > width) {
      lines++;
      current = word;
    } else {
      current = candidate;
    }
  }
  return current === '' ? lines : lines + 1;
}

/**
 * The largest size of `TITLE_FONT_SIZES` at which the headline fits `TITLE_BOX`
 * in the bold face, or the smallest one (the text is then clamped with an ellipsis).
 */
export function chooseTitleSize(
  title: string,
  boldFaces: readonly CardFontFace[],
): { fontSize: number; lines: number; fits: boolean } {
  let lines = 0;
  for (const fontSize of TITLE_FONT_SIZES) {
    // 3 % slack: satori kerns and may break after hyphens, the estimate does neither.
    lines = countLines(title, TITLE_BOX.width * 0.97, (s) => measureText(s, fontSize, boldFaces));
    if (lines <= TITLE_BOX.maxLines && lines * fontSize * TITLE_LINE_HEIGHT <= TITLE_BOX.height)
      return { fontSize, lines, fits: true };
  }
  return { fontSize: TITLE_FONT_SIZES.at(-1)!, lines, fits: false };
}

function el(
  type: string,
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
): CardElement {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** The site's favicon mark (a white V on the accent colour), drawn at `size` px. */
function buildMark(size: number): CardElement {
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 32 32',
      children: [
        { type: 'rect', props: { width: 32, height: 32, rx: 6, fill: COLORS.accent } },
        { type: 'path', props: { d: 'M7 8h4.2L16 21.5 20.8 8H25l-7 17h-4z', fill: '#fff' } },
      ],
    },
  };
}

/**
 * The satori element tree of a card whose headline is set at `titleSize` px.
 * `fits: false` (the headline overflows even at the smallest size) clamps it with an ellipsis.
 */
export function buildCardTree(input: SocialCardInput, title: { fontSize: number; fits: boolean }): CardElement {
  const titleSize = title.fontSize;
  const header = el(
    'div',
    { display: 'flex', alignItems: 'center', paddingBottom: 22, borderBottom: `3px solid ${COLORS.ink}` },
    [
      buildMark(46),
      el(
        'div',
        { marginLeft: 16, fontSize: 46, fontWeight: 800, lineHeight: 1, letterSpacing: '-0.01em', color: COLORS.ink },
        SITE.name,
      ),
      el(
        'div',
        {
          marginLeft: 22,
          paddingLeft: 22,
          borderLeft: `2px solid ${COLORS.rule}`,
          fontSize: 24,
          lineHeight: 1.2,
          color: COLORS.muted,
        },
        SITE.tagline,
      ),
    ],
  );
  const body: CardElement[] = [];
  if (input.kicker) {
    body.push(
      el(
        'div',
        {
          fontSize: 24,
          fontWeight: 700,
          lineHeight: 1,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          color: COLORS.accent,
          marginBottom: 22,
        },
        input.kicker,
      ),
    );
  }
  body.push(
    el(
      'div',
      {
        display: 'block',
        fontSize: titleSize,
        fontWeight: 700,
        lineHeight: TITLE_LINE_HEIGHT,
        letterSpacing: '-0.005em',
        color: COLORS.ink,
        // Balancing searches for the narrowest box with the same line count, which a clamp
        // makes meaningless (it squeezed the text to half the width): use one or the other.
        ...(title.fits
          ? { textWrap: 'balance' }
          : { lineClamp: Math.floor(TITLE_BOX.height / (titleSize * TITLE_LINE_HEIGHT)) }),
      },
      input.title,
    ),
  );
  const footer = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      paddingTop: 18,
      borderTop: `1px solid ${COLORS.rule}`,
      fontSize: 24,
      lineHeight: 1.2,
      color: COLORS.muted,
    },
    [el('div', {}, input.footer ?? ''), el('div', { width: 64, height: 6, backgroundColor: COLORS.accent })],
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: SOCIAL_IMAGE_WIDTH,
      height: SOCIAL_IMAGE_HEIGHT,
      padding: `44px ${PADDING_X}px 40px`,
      backgroundColor: COLORS.paper,
      borderTop: `12px solid ${COLORS.accent}`,
      fontFamily: CARD_FONT_FAMILY,
      fontWeight: 400,
    },
    [
      header,
      el(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '16px 0 8px' },
        body,
      ),
      footer,
    ],
  );
}

async function buildTree(input: SocialCardInput): Promise<CardElement> {
  const { faces } = await getCardFonts();
  return buildCardTree(
    input,
    chooseTitleSize(
      input.title,
      faces.filter((f) => f.weight === 700),
    ),
  );
}

const require = createRequire(import.meta.url);
const satoriVersion: string = require('satori/package.json').version;
const resvgVersion: string = require('@resvg/resvg-js/package.json').version;

/**
 * sha256 (hex) identifying the PNG `renderSocialCard` makes for `input`: the
 * element tree (so any layout change counts), the font files, satori's version
 * and `SOCIAL_CARD_RENDERER_VERSION`.
 */
export async function getSocialCardKey(input: SocialCardInput): Promise<string> {
  const [tree, fonts] = await Promise.all([buildTree(input), getCardFonts()]);
  return createHash('sha256')
    .update(
      JSON.stringify({
        version: SOCIAL_CARD_RENDERER_VERSION,
        satori: satoriVersion,
        resvg: resvgVersion,
        fonts: fonts.hash,
        tree,
      }),
    )
    .digest('hex');
}

/** The card of `input` as satori's SVG (text as outlines), before rasterising. */
export async function renderSocialCardSvg(
  input: SocialCardInput,
  options: RenderSocialCardOptions = {},
): Promise<string> {
  const [tree, { faces }] = await Promise.all([buildTree(input), getCardFonts()]);
  const missing = new Set<string>();
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    fonts: faces,
    // satori asks for extra fonts for exactly the characters no face covers: record them, load nothing.
    loadAdditionalAsset: async (_code, segment) => {
      missing.add(segment);
      return [];
    },
  });
  if (missing.size > 0) {
    const report =
      options.onMissingGlyphs ??
      ((chars) =>
        console.warn(
          `[social card] No glyph for ${chars.map((c) => JSON.stringify(c)).join(', ')} in "${input.title}".`,
        ));
    report([...missing], input);
  }
  return svg;
}

/**
 * PNG bytes of a card's SVG: resvg rasterises it (a third cheaper than librsvg through sharp) and
 * writes a truecolour PNG. The former 256-colour palette made files 35 % smaller but its
 * quantisation cost as much as the rasterising (`npm run bench -- --cards`, README decisions).
 */
export function rasteriseSocialCard(svg: string): Buffer {
  // Fonts are already outlines in satori's SVG: resvg needs none, so it must not scan the system's.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Draws the card of `input`: PNG bytes, 1200×630. */
export async function renderSocialCard(input: SocialCardInput, options: RenderSocialCardOptions = {}): Promise<Buffer> {
  return rasteriseSocialCard(await renderSocialCardSvg(input, options));
}
