import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../lib/page-ids.ts';
import { siteRenderer } from './test-renderer.ts';

const FILE_URL = pathToFileURL(`${process.cwd()}/content/articles/titres.md`);

async function render(source: string) {
  const { code, metadata } = await siteRenderer.render(source, { fileURL: FILE_URL });
  return { ids: [...code.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!), headings: metadata.headings };
}

describe('heading ids', () => {
  it('never gives a body heading an id the page already uses', async () => {
    const { ids, headings } = await render('## Contenu\n\n## Sources\n\n### Sources title\n\n## Related title\n');
    expect(ids).toEqual(['contenu-1', 'sources', 'sources-title-1', 'related-title-1']);
    expect(ids.filter((id) => LAYOUT_IDS.includes(id))).toEqual([]);
    // Astro's heading list (used for tables of contents) agrees with the page.
    expect(headings.map((h) => h.slug)).toEqual(ids);
  });

  it('renames an id typed by the editor when the page or an earlier heading has it', async () => {
    const { ids } = await render(
      '<h2 id="contenu">A</h2>\n\n<h2 id="libre">B</h2>\n\n<h3 id="libre">C</h3>\n\n## Libre\n',
    );
    expect(ids).toEqual(['contenu-1', 'libre', 'libre-1', 'libre-2']);
  });

  it('keeps ordinary slugs, accents folded as Astro does', async () => {
    const { ids } = await render('## Coopération franco-belge\n\n## Coopération franco-belge\n');
    expect(ids).toEqual(['coopération-franco-belge', 'coopération-franco-belge-1']);
  });
});
