import type { APIContext } from 'astro';
import { toAbsoluteUrl } from '../lib/routes.ts';

/** Allows every crawler and names the sitemap index. */
export function GET(context: APIContext) {
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${toAbsoluteUrl('/sitemap-index.xml', context.site!)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
