/**
 * A small static file server for a built site, bound to 127.0.0.1, that serves it the way Netlify
 * and Cloudflare Pages do: `/x/` serves `x/index.html`, `/x` redirects to `/x/` when that folder
 * has an index, missing paths get `404.html` with status 404, and the rules of the site's
 * `_headers` file (never served itself) add their headers to every response. Enough for
 * Lighthouse, browser and deploy checks; not for production.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { getHeadersFor, parseHeadersFile } from './headers-file.ts';

/** Files a static host reads as configuration and never publishes. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);

/** Content types of the files a Vigie build contains; anything else is sent as octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
};

/** How a request path maps onto the built site. */
export type Resolution =
  { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Maps a URL path (already without query string) to a file under `root`.
 * Paths that escape `root` (`/../x`) are not found.
 */
export async function resolveRequest(root: string, urlPath: string): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'not-found' };
  }
  if (HOST_CONFIG_FILES.has(decoded)) return { kind: 'not-found' };
  const base = resolve(root);
  const target = normalize(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'not-found' };
  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  if (await isFile(target)) return { kind: 'file', file: target };
  if (await isFile(join(target, 'index.html'))) return { kind: 'redirect', location: `${urlPath}/` };
  return { kind: 'not-found' };
}

/** A running server: its origin (`http://127.0.0.1:<port>`) and how to stop it. */
export interface StaticServer {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at `port` (0 picks a free one); resolves once listening. */
export function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const resolution = await resolveRequest(root, url.pathname);
    const ruleHeaders = getHeadersFor(rules, url.pathname);
    if (resolution.kind === 'redirect') {
      response.writeHead(301, { ...ruleHeaders, location: resolution.location + url.search });
      response.end();
      return;
    }
    const file = resolution.kind === 'file' ? resolution.file : join(root, '404.html');
    const status = resolution.kind === 'file' ? 200 : 404;
    if (status === 404 && !(await isFile(file))) {
      response.writeHead(404, { ...ruleHeaders, 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(status, {
      'cache-control': 'no-cache',
      ...ruleHeaders,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        server,
        origin: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
