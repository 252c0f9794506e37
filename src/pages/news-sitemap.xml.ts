import type { APIContext } from 'astro';
import { getCorpus } from '../lib/content.ts';
import { buildNewsSitemap, selectNewsStories } from '../lib/seo/sitemap.ts';

/** Google News sitemap: stories of the 48 hours before the build's reference time. */
export async function GET(context: APIContext) {
  const corpus = await getCorpus();
  const xml = buildNewsSitemap(selectNewsStories(corpus.stories, corpus.buildTime), context.site!);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
