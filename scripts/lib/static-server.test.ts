import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, startStaticServer } from './static-server.ts';

let root: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vigie-serve-'));
  mkdirSync(join(root, 'articles/x'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>Accueil</h1>');
  writeFileSync(join(root, 'articles/x/index.html'), '<h1>X</h1>');
  writeFileSync(join(root, '404.html'), '<h1>Introuvable</h1>');
  writeFileSync(join(root, 'rss.xml'), '<rss/>');
  ({ server, origin } = await startStaticServer(root));
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('resolveRequest', () => {
  it.each([
    ['/', { kind: 'file', file: 'index.html' }],
    ['/articles/x/', { kind: 'file', file: 'articles/x/index.html' }],
    ['/rss.xml', { kind: 'file', file: 'rss.xml' }],
    ['/articles/x', { kind: 'redirect', location: '/articles/x/' }],
    ['/articles/y/', { kind: 'not-found' }],
    ['/rss.xml/', { kind: 'not-found' }],
    ['/../../etc/passwd', { kind: 'not-found' }],
    ['/%2e%2e/%2e%2e/etc/passwd', { kind: 'not-found' }],
    ['/%E0%A4%A', { kind: 'not-found' }],
    ['/_headers', { kind: 'not-found' }],
  ])('%s', async (path, expected) => {
    const resolution = await resolveRequest(root, path);
    expect(
      resolution.kind === 'file' ? { kind: 'file', file: resolution.file.slice(root.length + 1) } : resolution,
    ).toEqual(expected);
  });
});

describe('startStaticServer', () => {
  it('serves pages with their content type, redirects folders and answers 404 with 404.html', async () => {
    const page = await fetch(`${origin}/articles/x/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<h1>X</h1>');

    const feed = await fetch(`${origin}/rss.xml`);
    expect(feed.headers.get('content-type')).toBe('application/xml; charset=utf-8');

    const redirect = await fetch(`${origin}/articles/x?a=1`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/articles/x/?a=1');

    const missing = await fetch(`${origin}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Introuvable</h1>');
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
