import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownHeading, unescapeMarkdown } from './markdown-escape.ts';

type Render = (markdown: string) => Promise<string>;

// Both processors Astro can use, with typographic replacement off: escaping is what is tested here.
const renderers: Record<string, Render> = {};
beforeAll(async () => {
  const remark = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false });
  const satteri = await createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    features: { smartPunctuation: false },
  });
  renderers.remark = async (markdown) => (await remark.render(markdown)).code;
  renderers.satteri = async (markdown) => (await satteri.render(markdown)).code;
});

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** What a reader sees: the text of the single top-level element the Markdown renders to. */
async function renderToText(render: Render, markdown: string): Promise<{ tags: string[]; text: string }> {
  const tree = htmlParser.parse(await render(markdown));
  const elements = tree.children.filter((node) => node.type === 'element');
  return { tags: elements.map((node) => node.tagName), text: elements.map((node) => toString(node)).join('|') };
}

const TRICKY_PARAGRAPHS = [
  'Le plan "Canal" de 2016 (EI) : 130 morts, 1er février',
  '2 * 3 = 6 et x_y_z, **gras** et __gras__, *a* _b_',
  '`code` et ```js et ~~barré~~ et ~un~',
  '[lien](https://x.be) et ![image](x.png) et [^1] et [ref]: /url',
  'C:\\Users\\x et \\* et fin \\',
  'AT&T, a & b, &amp; &#233; &#xE9; &copy; et &nosuchentity;',
  '<div>bloc</div> <b>gras</b> <!-- note --> <http://x.be> <a@b.be> 3 < 4 et 4 > 3',
  '# Pas un titre #',
  '#hashtag',
  '###### six',
  '> pas une citation',
  '- pas une liste',
  '+ pas une liste',
  '* pas une liste',
  '1. pas une liste',
  '2017) pas une liste',
  '2017. Une année',
  '123456789. pas une liste',
  '***',
  '---',
  '___',
  '- [ ] tâche',
  '| a | b |\n| - | - |',
  'a\n---',
  'a\n===',
  'a\n=',
  'a\n:-',
  'a\n:-:',
  'ligne\n# deux\n> trois\n1. quatre\n- cinq',
  'www.rtl.be et https://www.rtl.be/a_b_c et contact@rtl.be',
  '_www.~ et (https://x.be/*a*) et x_y@rtl.be et mailto:a@b.be~',
  '"On a fait un grand pas en avant depuis les attentats de Paris": voici',
  'Le Roux\u00a0au micro',
  // Email autolinks whose address starts with a digit or a symbol (found by the property test below).
  '<1@a> et <+x@y.be> et <_a@b.c>',
];

describe('escapeMarkdown through the real Markdown processors', () => {
  for (const name of ['remark', 'satteri']) {
    it.each(TRICKY_PARAGRAPHS)(`${name}: %j renders as one paragraph with the same text`, async (text) => {
      const rendered = await renderToText(renderers[name]!, escapeMarkdown(text));
      expect(rendered).toEqual({ tags: ['p'], text });
    });

    it.each(['Sous-titre #', 'C# et F#', '# dièse', '"Une citation"', 'Étape 1. suite', '**x**', '\\'])(
      `${name}: heading %j keeps its text`,
      async (text) => {
        const rendered = await renderToText(renderers[name]!, `## ${escapeMarkdownHeading(text)}`);
        expect(rendered).toEqual({ tags: ['h2'], text });
      },
    );
  }

  it('round-trips random paragraphs of Markdown-significant characters', async () => {
    const unit = fc.constantFrom(
      ...'abc Ée 1.)#>-+*_`~[]()!<>&;|\\=:/@"\'\u00a0'.split(''),
      'x',
      'www.',
      'https://',
      '&amp;',
      '<a>',
      '\t',
    );
    const line = fc
      .string({ unit, minLength: 1, maxLength: 25 })
      .map((l) => l.trim())
      .filter((l) => l !== '');
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('remark', 'satteri'),
        async (lines, name) => {
          const text = lines.join('\n');
          const rendered = await renderToText(renderers[name]!, escapeMarkdown(text));
          expect(rendered).toEqual({ tags: ['p'], text });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('escapeMarkdown readability', () => {
  it.each([
    [
      'Un texte ordinaire, avec "guillemets", l\'apostrophe (et parenthèses) : 32 morts !',
      'Un texte ordinaire, avec "guillemets", l\'apostrophe (et parenthèses) : 32 morts !',
    ],
    ['Le 1er février 2016. Fin.', 'Le 1er février 2016. Fin.'],
    ['a - b + c > d # e', 'a - b + c > d # e'],
    ['Tom & Jerry < 3', 'Tom & Jerry < 3'],
    ['x*y', 'x\\*y'],
    ['&amp;', '\\&amp;'],
    ['<b>', '\\<b>'],
    ['- x', '\\- x'],
    ['1. x', '1\\. x'],
    ['1.5 million', '1.5 million'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('unescapeMarkdown', () => {
  it('inverts escapeMarkdown and escapeMarkdownHeading on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
        expect(unescapeMarkdown(escapeMarkdownHeading(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
