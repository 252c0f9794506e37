import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteRenderer } from './test-renderer.ts';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd5d4f0000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>';

let root: string;
let contentDir: string;
let entryURL: URL;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vigie-images-'));
  contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'articles', 'images'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'), { recursive: true });
  writeFileSync(join(contentDir, 'articles', 'photo.png'), PNG);
  writeFileSync(join(contentDir, 'articles', 'images', 'une photo.jpg'), JPEG);
  writeFileSync(join(contentDir, 'articles', 'logo.svg'), SVG);
  writeFileSync(join(contentDir, 'articles', 'logo.png'), SVG);
  writeFileSync(join(contentDir, 'articles', 'notes.txt'), 'texte');
  writeFileSync(join(root, 'elsewhere', 'x.png'), PNG);
  writeFileSync(join(root, 'elsewhere', 'x.svg'), SVG);
  symlinkSync(join(root, 'elsewhere', 'x.png'), join(contentDir, 'articles', 'lien.png'));
  entryURL = pathToFileURL(join(contentDir, 'articles', 'accord.md'));
  vi.stubEnv('VIGIE_CONTENT_DIR', contentDir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

async function render(source: string): Promise<string> {
  return (await siteRenderer.render(source, { fileURL: entryURL })).code;
}

describe('images in article bodies', () => {
  it.each([
    ['a PNG beside the entry', '![Le ministre « à Lille »](./photo.png)', './photo.png'],
    ['a JPEG in a sub-folder, name with a space', '![Photo](<./images/une photo.jpg>)', './images/une photo.jpg'],
  ])('hands %s to the image pipeline, alt untouched', async (_name, source, path) => {
    const { metadata, code } = await siteRenderer.render(source, { fileURL: entryURL });
    expect(metadata.localImagePaths).toEqual([path]);
    expect(code).toContain('__ASTRO_IMAGE_');
  });

  it.each([
    [
      'an SVG beside the entry',
      '![x](./logo.svg)',
      /→ body image !\[…\]\(\.\/logo\.svg\): "\.\/logo\.svg" is an SVG image, which can carry script; export it as PNG or WebP/,
    ],
    ['an SVG with its extension in capitals', '![x](./LOGO.SVG)', /is an SVG image/],
    ['an SVG outside the content folder', '![x](../../elsewhere/x.svg)', /is an SVG image/],
    [
      'a PNG outside the content folder',
      '![x](../../elsewhere/x.png)',
      /"\.\.\/\.\.\/elsewhere\/x\.png" is outside the content folder; put the image in the content folder/,
    ],
    [
      'a deep climb out of the folder',
      '![x](../../../../../../../../etc/passwd)',
      /is outside the content folder|does not exist/,
    ],
    [
      'an absolute path',
      '![x](/etc/passwd)',
      /"\/etc\/passwd" is an absolute path; put the image in the content folder/,
    ],
    ['a symbolic link leading outside', '![x](./lien.png)', /"\.\/lien\.png" is outside the content folder/],
    [
      'a missing image',
      '![x](./absente.jpg)',
      /accord\.md → body image !\[…\]\(\.\/absente\.jpg\): "\.\/absente\.jpg" does not exist/,
    ],
    ['a text file', '![x](./notes.txt)', /is not an image file name \(expected \.png, \.jpg/],
    ['an SVG named .png', '![x](./logo.png)', /"\.\/logo\.png" is not a PNG, JPEG, WebP, AVIF or GIF image/],
    ['a folder', '![x](./images)', /is not a file/],
  ])('refuses %s, naming the entry and the image', async (_name, source, message) => {
    const error = await render(`Texte.\n\n${source}\n`).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/accord\.md → body image/);
    expect((error as Error).message).toMatch(message);
  });

  it('removes remote images instead of fetching or hotlinking them', async () => {
    const html = await render('![Pixel](https://tracker.example/p.png) et ![x](//tracker.example/q.png)\n');
    expect(html).not.toContain('<img');
  });
});
