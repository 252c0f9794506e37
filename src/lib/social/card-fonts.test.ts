import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import {
  buildCmap,
  CARD_FONT_FAMILY,
  getCardFonts,
  measureText,
  parseCmap,
  readWoffTables,
  writeSfnt,
} from './card-fonts.ts';

const { faces, hash } = await getCardFonts();
const latinFaces = faces.filter((f) => f.name === CARD_FONT_FAMILY);

/** Width and height of `text` set at 100 px in a box `width` px wide, as satori lays it out. */
async function layOut(text: string, width = 1000): Promise<{ width: number; height: number }> {
  let box = { width: 0, height: 0 };
  await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', alignItems: 'flex-start', width: 1200, height: 600 },
        children: {
          type: 'div',
          props: {
            style: { maxWidth: width, fontSize: 100, lineHeight: 1, fontWeight: 700, fontFamily: CARD_FONT_FAMILY },
            children: text,
          },
        },
      },
    } as unknown as Parameters<typeof satori>[0],
    {
      width: 1200,
      height: 600,
      fonts: faces,
      onNodeDetected: (node) => {
        if (node.textContent === text) box = { width: node.width, height: node.height };
      },
    },
  );
  return box;
}

describe('getCardFonts', () => {
  it('loads Source Serif 4 in three weights, Latin and Latin Extended, fingerprinted', () => {
    expect(faces.map((f) => `${f.name} ${f.weight}`)).toEqual([
      'Source Serif 4 400',
      'Source Serif 4 700',
      'Source Serif 4 800',
      'Source Serif 4 Latin Ext 400',
      'Source Serif 4 Latin Ext 700',
      'Source Serif 4 Latin Ext 800',
    ]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const face of faces) expect(face.data.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });

  it.each([
    ['« »', [0xab, 0xbb]],
    ['no-break spaces', [0x00a0, 0x202f]],
    ['accents', [...'éèêëàâçîïôûùüÿÉÈÀÇ'].map((c) => c.codePointAt(0)!)],
    ['œ Œ æ', [0x0153, 0x0152, 0x00e6]],
    ['typographic apostrophe and dashes', [0x2019, 0x2013, 0x2014, 0x2026]],
  ])('every weight of the Latin face maps %s', (_label, codePoints) => {
    for (const face of latinFaces) {
      for (const codePoint of codePoints)
        expect(face.advances.has(codePoint), `U+${codePoint.toString(16)} in ${face.weight}`).toBe(true);
    }
  });

  it('draws U+202F with the thin space glyph of the font', () => {
    for (const face of latinFaces) expect(face.advances.get(0x202f)).toBe(face.advances.get(0x2009));
  });
});

describe('U+202F as satori sets it', () => {
  it('is as wide as a thin space and narrower than a word space', async () => {
    const narrow = await layOut('A\u202F!');
    expect(narrow.width).toBeCloseTo((await layOut('A\u2009!')).width, 0);
    expect(narrow.width).toBeLessThan((await layOut('A\u00A0!')).width);
    expect(narrow.width).toBeGreaterThan((await layOut('A!')).width);
  });

  // Before ! ? ; : a break is forbidden anyway (UAX #14 rules LB13); number grouping is where a
  // breaking thin space would split "10 000" across lines.
  it('never breaks a line, unlike the thin space', async () => {
    const oneLine = (await layOut('10\u202F000')).height;
    expect((await layOut('10\u202F000', 200)).height).toBe(oneLine);
    expect((await layOut('10\u2009000', 200)).height).toBeGreaterThan(oneLine);
  });
});

describe('cmap tables', () => {
  it('round-trips a mapping through buildCmap and parseCmap', () => {
    const mapping = new Map([
      [0x20, 1],
      [0x21, 2],
      [0x22, 3],
      [0x41, 10],
      [0xab, 7],
      [0x202f, 1],
      [0xfffe, 4],
    ]);
    expect(parseCmap(buildCmap(mapping))).toEqual(mapping);
  });

  it('adds U+202F, and only it, to the cmap of the font package', () => {
    const file = createRequire(import.meta.url).resolve(
      '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
    );
    const original = parseCmap(readWoffTables(readFileSync(file)).get('cmap')!);
    const bold = latinFaces.find((f) => f.weight === 700)!;
    expect(original.has(0x202f)).toBe(false);
    expect([...bold.advances.keys()].sort((a, b) => a - b)).toEqual([...original.keys(), 0x202f].sort((a, b) => a - b));
  });

  it('refuses code points beyond the BMP', () => {
    expect(() => buildCmap(new Map([[0x1f600, 5]]))).toThrow(/U\+1f600/);
  });
});

describe('readWoffTables', () => {
  it('refuses anything but WOFF 1.0', () => {
    expect(() => readWoffTables(new Uint8Array(Buffer.from('wOF2\0\0\0\0')))).toThrow(/WOFF 1\.0.*wOF2/);
  });
});

describe('writeSfnt', () => {
  it('sets head.checkSumAdjustment so the whole file sums to 0xB1B0AFBA', () => {
    const head = new Uint8Array(54);
    const sfnt = writeSfnt(
      0x00010000,
      new Map([
        ['head', head],
        ['abcd', new Uint8Array([1, 2, 3])],
      ]),
    );
    let sum = 0;
    for (let i = 0; i < sfnt.length; i += 4) sum = (sum + sfnt.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    expect(sfnt.length % 4).toBe(0);
  });
});

describe('measureText', () => {
  it('adds advances in pixels and takes Latin Extended glyphs from the fallback face', () => {
    const bold = faces.filter((f) => f.weight === 700);
    expect(measureText('AA', 100, bold)).toBeCloseTo(2 * measureText('A', 100, bold));
    expect(measureText('A', 200, bold)).toBeCloseTo(2 * measureText('A', 100, bold));
    expect(measureText('ł', 100, bold)).toBeGreaterThan(0);
    expect(measureText('ł', 100, bold)).not.toBe(50);
    expect(measureText('漢', 100, bold)).toBe(50);
  });
});
