/**
 * The rule for an image an article body points at (`![alt](./photo.jpg)`): a path relative
 * to the entry, inside the content folder once every symbolic link is followed, naming an
 * existing raster image (PNG, JPEG, WebP, AVIF or GIF, checked by its first bytes as well as
 * its name) that Astro's image pipeline re-encodes. SVG is refused: served from the site's
 * origin, an SVG can run script.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';

/** File extensions accepted for content images, lower-case, without the dot. */
export const RASTER_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'];

const SIGNATURES: ReadonlyArray<{ format: string; test: (head: Buffer) => boolean }> = [
  {
    format: 'png',
    test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { format: 'jpeg', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { format: 'gif', test: (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6)) },
  { format: 'webp', test: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP' },
  {
    format: 'avif',
    test: (h) => h.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(h.toString('latin1', 8, 12)),
  },
];

/** The raster format of a file's first bytes (`png`, `jpeg`…), or `undefined`. */
export function detectRasterFormat(head: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.test(head))?.format;
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const length = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/**
 * What is wrong with the image `url` of the entry at `entryPath` (absolute), or `undefined`
 * when it may be published. `contentDir` is the content folder (absolute or relative to the
 * working directory). Remote URLs are not judged here: the sanitiser removes them.
 */
export function findContentImageProblem(url: string, entryPath: string, contentDir: string): string | undefined {
  const fix = 'put the image in the content folder and point at it relatively, e.g. ![Légende](./photo.jpg)';
  if (url.startsWith('/')) return `"${url}" is an absolute path; ${fix}`;
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return `"${url}" is not a valid path; ${fix}`;
  }
  const extension = extname(decoded.split(/[?#]/)[0]!).slice(1).toLowerCase();
  if (extension === 'svg' || extension === 'svgz') {
    return `"${url}" is an SVG image, which can carry script; export it as PNG or WebP`;
  }
  const target = resolve(dirname(entryPath), decoded);
  let realTarget: string;
  let realContentDir: string;
  try {
    realContentDir = realpathSync(resolve(contentDir));
    realTarget = realpathSync(target);
  } catch {
    return `"${url}" does not exist (looked for ${target}); check the path and the file name`;
  }
  if (!isInside(realContentDir, realTarget)) return `"${url}" is outside the content folder; ${fix}`;
  if (!statSync(realTarget).isFile()) return `"${url}" is not a file; ${fix}`;
  if (!RASTER_EXTENSIONS.includes(extension)) {
    return `"${url}" is not an image file name (expected .${RASTER_EXTENSIONS.join(', .')})`;
  }
  const format = detectRasterFormat(readHead(realTarget));
  if (format === undefined) {
    return `"${url}" is not a PNG, JPEG, WebP, AVIF or GIF image (its content does not match its name); export it again in one of these formats`;
  }
  return undefined;
}
