/**
 * The built site served the way Netlify and Cloudflare Pages serve it (README, *Deploy*): the
 * rules of `dist/_headers` on every response, long caching for hashed `/_astro/` assets only, and
 * `404.html` with status 404 for a missing URL. No browser: plain HTTP requests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/lib/static-server.ts';
import { getOutDir } from '../src/site.config.ts';

const distDir = resolve(import.meta.dirname, '..', getOutDir());
const IMMUTABLE = 'public, max-age=31536000, immutable';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer(distDir);
});

test.afterAll(async () => {
  await server?.close();
});

/** Headers every response must carry, whatever it is: what a `<meta>` policy cannot say. */
function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
}

test('a page gets the security headers, no COOP, and is not cached for long', async ({ request }) => {
  const response = await request.get(`${server.origin}/articles/cooperation-franco-belge-contre-le-terrorisme/`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response.headers());
  // COOP would buy nothing here and cost a process start on every arrival (README, Decisions,
  // 2026-12-06); this fails if the header comes back without that decision being revisited.
  expect(response.headers()).not.toHaveProperty('cross-origin-opener-policy');
  expect(response.headers()['cache-control']).not.toContain('immutable');
});

test('a hashed asset under /_astro/ is cached for a year, immutable', async ({ request }) => {
  const css = readdirSync(join(distDir, '_astro')).find((name) => /\.[\w-]{8}\.css$/.test(name));
  expect(css, 'the build emits a hashed stylesheet').toBeTruthy();
  const response = await request.get(`${server.origin}/_astro/${css}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe(IMMUTABLE);
  expectSecurityHeaders(response.headers());
});

test('a missing URL gets 404.html with status 404 and the security headers', async ({ request }) => {
  const response = await request.get(`${server.origin}/articles/cette-page-n-existe-pas/`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  expectSecurityHeaders(response.headers());
  expect(response.headers()['cache-control']).not.toContain('immutable');
});

test('the _headers file itself is not published', async ({ request }) => {
  const response = await request.get(`${server.origin}/_headers`);
  expect(response.status()).toBe(404);
});
