/**
 * Test helper: the Markdown renderer exactly as the site builds it (astro.config.mjs),
 * given the options Astro's content layer passes to `createRenderer`.
 */
import siteConfig from '../../astro.config.mjs';

const { markdown, image } = siteConfig;
const processor = markdown?.processor;
if (!processor) throw new Error('astro.config.mjs sets no Markdown processor');
type RendererOptions = Parameters<typeof processor.createRenderer>[0];

/** The site's Markdown renderer. */
export const siteRenderer = await processor.createRenderer({
  image,
  syntaxHighlight: markdown.syntaxHighlight as RendererOptions['syntaxHighlight'],
  shikiConfig: markdown.shikiConfig,
  gfm: markdown.gfm,
  smartypants: markdown.smartypants,
});
