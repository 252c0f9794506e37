import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { hastPlugins, markdownFeatures } from '../../src/markdown/index.ts';
import { getRehypeTwins, getSatteriPluginName } from './rehype-twins.ts';

// The --processors comparison is only fair if both pipelines produce the same HTML.
const shared = { ...markdownConfigDefaults, syntaxHighlight: false as const, image: {} } as Parameters<
  ReturnType<typeof satteri>['createRenderer']
>[0];
// Only the plugins that have a twin: a new Sätteri plugin without one is reported by the
// benchmark (`missing`), it does not make this test fail.
const twinned = hastPlugins.filter((p) => getRehypeTwins([p]).plugins.length > 0);
const satteriRenderer = await satteri({ hastPlugins: twinned, features: markdownFeatures }).createRenderer(shared);
const unifiedRenderer = await unified({
  gfm: true,
  smartypants: false,
  rehypePlugins: getRehypeTwins(twinned).plugins,
}).createRenderer(shared);

const collapse = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('rehype twins of the Sätteri plugins', () => {
  it('report the plugins they do not cover', () => {
    expect(getRehypeTwins([{ name: 'external-links' }, { name: 'french-typography' }])).toMatchObject({
      names: ['french-typography'],
      missing: ['external-links'],
    });
  });

  it.each([
    ['quotes and high punctuation', 'Le ministre : "Nous ne baisserons pas la garde" ; vraiment ?', '\u202F'],
    [
      'headings, lists and links',
      '## Et maintenant ?\n\n- un : deux ;\n- [le rapport](https://www.ocam.example/rapports/2016) !',
      '\u202F',
    ],
    ['code left alone', 'Tapez `a : b` puis "x" :\n\n```\n"brut" : ?\n```', '« x »'],
    ['blockquote and emphasis', '> "Il faudra des années"\n>\n> — *un magistrat*, à Liège', '«'],
  ])('render %s identically to Sätteri', async (_, markdown, typeset) => {
    const [a, b] = await Promise.all([satteriRenderer.render(markdown, {}), unifiedRenderer.render(markdown, {})]);
    expect(collapse(b.code)).toBe(collapse(a.code));
    // Typography ran (so the comparison is not between two untouched outputs).
    expect(a.code.replaceAll('\u00A0', ' ')).toContain(typeset.replaceAll('\u00A0', ' '));
  });

  it('name plugin definitions and factories', () => {
    expect(getSatteriPluginName({ name: 'x' })).toBe('x');
    expect(getSatteriPluginName(() => ({ name: 'y' }))).toBe('y');
  });
});
