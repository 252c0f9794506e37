import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { loadCapture, MAX_CAPTURE_BYTES, readCaptureBytes } from './read-capture.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'vigie-read-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCaptureBytes', () => {
  it.each([
    ['plain UTF-8 text', utf8('Titre\n\nChapeau.'), 'text', []],
    [
      'UTF-8 with BOM',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Titre\n\nChapeau.')]),
      'text',
      ['removed the UTF-8 byte-order mark'],
    ],
    [
      'Windows-1252 with CRLF',
      iconv.encode('Titre\r\n\r\nChapeau é.', 'windows-1252'),
      'text',
      ['converted from windows-1252 to UTF-8', 'converted CRLF line ends to LF'],
    ],
    ['an HTML page', utf8('<!doctype html><h1>Titre</h1><p>Chapeau.</p><p>Texte.</p>'), 'html', []],
  ])('%s', (_, bytes, format, notes) => {
    const loaded = readCaptureBytes(bytes);
    expect(loaded.format).toBe(format);
    expect(loaded.notes).toEqual(notes);
    expect(loaded.capture.headline).toBe('Titre');
  });
});

describe('loadCapture', () => {
  it('reads and parses a capture file', async () => {
    const path = join(folder, 'ok.txt');
    await writeFile(path, 'Titre\n\nChapeau.\n\nTexte.');
    expect((await loadCapture(path)).capture).toEqual({
      headline: 'Titre',
      standfirst: 'Chapeau.',
      blocks: [{ type: 'paragraph', text: 'Texte.' }],
    });
  });

  it('documents a 2 MiB limit', () => {
    expect(MAX_CAPTURE_BYTES).toBe(2 * 1024 * 1024);
  });

  it.each<[string, string, (path: string) => Promise<unknown>, RegExp]>([
    ['a missing file', 'missing.txt', async () => undefined, /missing\.txt: no such file\. Check the capture path/],
    ['a folder', 'folder.txt', (path) => mkdir(path), /folder\.txt: not a regular file/],
    ['an empty file', 'empty.txt', (path) => writeFile(path, ''), /empty\.txt: the file is empty/],
    [
      'a file one byte over the limit',
      'over.txt',
      (path) => writeFile(path, '').then(() => truncate(path, MAX_CAPTURE_BYTES + 1)),
      /over\.txt: the file is 2 MiB, over the 2 MiB limit/,
    ],
    [
      'a 50 MB file',
      'huge.txt',
      (path) => writeFile(path, '').then(() => truncate(path, 50_000_000)),
      /huge\.txt: the file is 47\.7 MiB, over the 2 MiB limit for a capture \(MAX_CAPTURE_BYTES\)/,
    ],
    [
      'a binary file',
      'binary.txt',
      (path) => writeFile(path, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      /binary\.txt: this is a binary file/,
    ],
    ['no headline', 'nohead.txt', (path) => writeFile(path, '1234\n\n5678'), /nohead\.txt: no recognisable headline/],
  ])('refuses %s, naming the file', async (_, file, setUp, message) => {
    const path = join(folder, file);
    await setUp(path);
    const error = await loadCapture(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe(path);
    expect((error as ImportError).message).toMatch(message);
  });
});

describe('readCaptureBytes on random bytes', () => {
  it('throws nothing but ImportError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          try {
            expect(readCaptureBytes(bytes).capture.headline).not.toBe('');
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
