/**
 * Fonts of the social cards: Source Serif 4 (SIL Open Font License 1.1), read
 * at build time from the `@fontsource/source-serif-4` package. Its WOFF files
 * are unpacked to TrueType in memory and given the narrow no-break space
 * (U+202F) that French typography puts before `; ! ?` and that the font lacks.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/** Font weights the card uses. */
export type CardFontWeight = 400 | 700 | 800;

/** Family name of the faces covering Latin-1, œ, quotes and spaces. */
export const CARD_FONT_FAMILY = 'Source Serif 4';
/** Family name of the Latin Extended faces; satori falls back to it for glyphs like ł or ő. */
export const CARD_FALLBACK_FAMILY = 'Source Serif 4 Latin Ext';

/** One face as satori takes it, plus the metrics the title fitting needs. */
export interface CardFontFace {
  name: string;
  weight: CardFontWeight;
  style: 'normal';
  /** TrueType bytes (WOFF unpacked, cmap patched). */
  data: Buffer;
  /** Font units per em, from the `head` table. */
  unitsPerEm: number;
  /** Advance width in font units of each mapped code point. */
  advances: Map<number, number>;
}

/** The faces of every card and a fingerprint of their source files. */
export interface CardFonts {
  faces: CardFontFace[];
  /** sha256 (hex) of the WOFF files read, in order; changes when the font package is updated. */
  hash: string;
}

const WEIGHTS: readonly CardFontWeight[] = [400, 700, 800];
const SUBSETS = [
  { subset: 'latin', name: CARD_FONT_FAMILY },
  { subset: 'latin-ext', name: CARD_FALLBACK_FAMILY },
] as const;

const NARROW_NO_BREAK_SPACE = 0x202f;
const THIN_SPACE = 0x2009;

let fontsPromise: Promise<CardFonts> | undefined;

/** Loads the card faces once per process (about 150 kB of WOFF). */
export function getCardFonts(): Promise<CardFonts> {
  fontsPromise ??= loadCardFonts();
  return fontsPromise;
}

async function loadCardFonts(): Promise<CardFonts> {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const faces: CardFontFace[] = [];
  for (const { subset, name } of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`);
      const woff = await readFile(file);
      hash.update(woff);
      const tables = readWoffTables(woff);
      const cmap = requireTable(tables, 'cmap', file);
      const mapping = parseCmap(cmap);
      // Source Serif 4 has no U+202F glyph; drawing it with the font's own thin space keeps its
      // width narrow, while the character itself stays U+202F so line breaking still treats it
      // as non-breaking (UAX #14 class GL), unlike U+2009.
      const thinSpaceGlyph = mapping.get(THIN_SPACE);
      if (!mapping.has(NARROW_NO_BREAK_SPACE) && thinSpaceGlyph !== undefined) {
        mapping.set(NARROW_NO_BREAK_SPACE, thinSpaceGlyph);
        tables.set('cmap', buildCmap(mapping));
      }
      faces.push({
        name,
        weight,
        style: 'normal',
        data: writeSfnt(readUint32(woff, 4), tables),
        unitsPerEm: readUint16(requireTable(tables, 'head', file), 18),
        advances: getAdvances(mapping, requireTable(tables, 'hhea', file), requireTable(tables, 'hmtx', file)),
      });
    }
  }
  return { faces, hash: hash.digest('hex') };
}

function requireTable(tables: Map<string, Uint8Array>, tag: string, file: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`Font file ${file} has no "${tag}" table.`);
  return table;
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

/**
 * Tables of a WOFF 1.0 file by tag, decompressed (https://www.w3.org/TR/WOFF/).
 * Throws on anything else (WOFF2 needs Brotli and a glyf transform satori cannot read either).
 */
export function readWoffTables(woff: Uint8Array): Map<string, Uint8Array> {
  const signature = String.fromCharCode(...woff.subarray(0, 4));
  if (signature !== 'wOFF') throw new Error(`Expected a WOFF 1.0 font, found signature "${signature}".`);
  const tables = new Map<string, Uint8Array>();
  const count = readUint16(woff, 12);
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = readUint32(woff, entry + 4);
    const compressedLength = readUint32(woff, entry + 8);
    const length = readUint32(woff, entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    tables.set(tag, compressedLength < length ? new Uint8Array(inflateSync(stored)) : stored);
  }
  return tables;
}

/**
 * Code point → glyph id from the Unicode format 4 subtable of a `cmap` table
 * (platform 3 encoding 1, or platform 0). Glyph 0 (.notdef) is left out.
 */
export function parseCmap(cmap: Uint8Array): Map<number, number> {
  const count = readUint16(cmap, 2);
  let subtable = -1;
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = readUint16(cmap, record);
    const encoding = readUint16(cmap, record + 2);
    const offset = readUint32(cmap, record + 4);
    if (readUint16(cmap, offset) !== 4) continue;
    if ((platform === 3 && encoding === 1) || (platform === 0 && subtable < 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('The font has no Unicode cmap subtable in format 4.');

  const mapping = new Map<number, number>();
  const segments = readUint16(cmap, subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = readUint16(cmap, starts + s * 2);
    const end = readUint16(cmap, ends + s * 2);
    const delta = readUint16(cmap, deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = readUint16(cmap, rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        glyph = readUint16(cmap, rangeOffsetAt + rangeOffset + (c - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) mapping.set(c, glyph);
    }
  }
  return mapping;
}

/**
 * A `cmap` table with one format 4 subtable, listed for platforms 0/3 and 3/1,
 * for a mapping of BMP code points to glyph ids. Throws on code points above U+FFFF.
 */
export function buildCmap(mapping: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...mapping].sort((a, b) => a[0] - b[0]);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [codePoint, glyph] of entries) {
    if (codePoint > 0xfffe) throw new Error(`Code point U+${codePoint.toString(16)} does not fit a format 4 cmap.`);
    const last = segments.at(-1);
    const delta = (glyph - codePoint) & 0xffff;
    if (last && last.end === codePoint - 1 && last.delta === delta) last.end = codePoint;
    else segments.push({ start: codePoint, end: codePoint, delta });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });

  const count = segments.length;
  const subtableLength = 16 + count * 8;
  const out = new DataView(new ArrayBuffer(4 + 2 * 8 + subtableLength));
  out.setUint16(2, 2);
  // Unicode BMP (0/3) and Windows Unicode BMP (3/1), both pointing at the one subtable at offset 20.
  const records = [
    { platform: 0, encoding: 3 },
    { platform: 3, encoding: 1 },
  ];
  records.forEach(({ platform, encoding }, i) => {
    out.setUint16(4 + i * 8, platform);
    out.setUint16(6 + i * 8, encoding);
    out.setUint32(8 + i * 8, 20);
  });
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 2;
  const base = 20;
  out.setUint16(base, 4);
  out.setUint16(base + 2, subtableLength);
  out.setUint16(base + 6, count * 2);
  out.setUint16(base + 8, searchRange);
  out.setUint16(base + 10, entrySelector);
  out.setUint16(base + 12, count * 2 - searchRange);
  segments.forEach((segment, i) => {
    out.setUint16(base + 14 + i * 2, segment.end);
    out.setUint16(base + 16 + count * 2 + i * 2, segment.start);
    out.setUint16(base + 16 + count * 4 + i * 2, segment.delta);
    // idRangeOffset stays 0: every segment maps by delta.
  });
  return new Uint8Array(out.buffer);
}

function getAdvances(mapping: ReadonlyMap<number, number>, hhea: Uint8Array, hmtx: Uint8Array): Map<number, number> {
  const metrics = readUint16(hhea, 34);
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of mapping) {
    advances.set(codePoint, readUint16(hmtx, Math.min(glyph, metrics - 1) * 4));
  }
  return advances;
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word =
      ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt (TrueType/OpenType) file from its tables, with the checksums the spec asks for. */
export function writeSfnt(flavor: number, tables: ReadonlyMap<string, Uint8Array>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  let size = 12 + count * 16;
  for (const tag of tags) size += Math.ceil(tables.get(tag)!.length / 4) * 4;

  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(count * 16 - searchRange, 10);
  let offset = 12 + count * 16;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    out.set(data, offset);
    if (tag === 'head') {
      headOffset = offset;
      out.writeUInt32BE(0, offset + 8);
    }
    const record = 12 + i * 16;
    out.write(tag, record, 'latin1');
    out.writeUInt32BE(checksum(out.subarray(offset, offset + data.length)), record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(data.length, record + 12);
    offset += Math.ceil(data.length / 4) * 4;
  });
  if (headOffset >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}

/** Advance width of `text` in pixels at `fontSize`, kerning ignored; unmapped characters count as 0.5 em. */
export function measureText(text: string, fontSize: number, faces: readonly CardFontFace[]): number {
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const face = faces.find((f) => f.advances.has(codePoint));
    width += face ? (face.advances.get(codePoint)! / face.unitsPerEm) * fontSize : fontSize / 2;
  }
  return width;
}
