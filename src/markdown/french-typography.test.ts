import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { applyFrenchTypography, normalizeTypographyForComparison } from '../lib/typography.ts';
import siteConfig from '../../astro.config.mjs';
import { hastPlugins, markdownFeatures } from './index.ts';

const S = '\u00A0'; // no-break space
const F = '\u202F'; // narrow no-break space

// The processor exactly as the site builds it, given the options Astro's content layer
// passes to createRenderer (unset ones fall back to Astro's defaults inside Sätteri's
// Astro package, as they do in a build).
const { markdown, image } = siteConfig;
const processor = markdown?.processor;
if (!processor) throw new Error('astro.config.mjs sets no Markdown processor');
type RendererOptions = Parameters<typeof processor.createRenderer>[0];
const renderer = await processor.createRenderer({
  image,
  // The user config may give `{ excludeLangs }` alone; Astro fills in `type` first.
  syntaxHighlight: markdown.syntaxHighlight as RendererOptions['syntaxHighlight'],
  shikiConfig: markdown.shikiConfig,
  gfm: markdown.gfm,
  smartypants: markdown.smartypants,
});

async function render(markdown: string) {
  const { code, metadata } = await renderer.render(markdown);
  return { html: code, headings: metadata.headings };
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const SEED_HEADLINE =
  '"On a fait un grand pas en avant depuis les attentats de Paris": voici comment la Belgique et la France coopèrent aujourd\'hui contre le terrorisme';

// Paragraphs of the seed article (RTL Info, 2017), as captured.
const SEED_BODY = [
  "Le terrorisme et la gestion de l'après-attentats de Paris et Bruxelles étaient au centre d'une réunion entre le ministre de l'Intérieur Jan Jambon et son homologue français. Un objectif commun: renforcer encore la coopération entre les deux pays. Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H.",
  '"Nous avons vocation à protéger nos frontières ensemble, j’ai d’ailleurs confirmé à mon homologue en lui envoyant un courrier que nous maintenions le contrôle aux frontières de notre pays, et que nous demandions donc la coopération des pays qui étaient frontaliers, c’est un élément très concret. Les services de renseignements se parlent tous les jours", a déclaré Bruno Le Roux au micro de RTLINFO.',
  '"Si on avait transmis les informations plus vite, il aurait été possible de le rattrapé plus vite. Donc oui, c’est une question de procédures, de vitesse, et on a fait un grand pas en avant depuis les attentats de Paris", estime Jan Jambon.',
  "La Belgique souhaite pour sa part nommer un officier de liaison à Calais (nord-ouest de la France), point de ralliement traditionnel des migrants souhaitant rejoindre la Grande-Bretagne. \"C'est un sujet dont nous avons discuté aujourd'hui et (...) sommes convenus de reprendre contact dans les jours qui viennent pour voir comment assurer cette mise en place effective\", a expliqué M. Le Roux en réponse à une question d'un journaliste.",
];

describe('frenchTypography through the Sätteri processor', () => {
  it.each([
    [
      'quotes spanning emphasis',
      '"Les *services* de renseignements se parlent"',
      `<p>«${S}Les <em>services</em> de renseignements se parlent${S}»</p>`,
    ],
    [
      'quote closing inside strong',
      'a "permis de **regagner du terrain"**',
      `<p>a «${S}permis de <strong>regagner du terrain${S}»</strong></p>`,
    ],
    [
      'code span untouched, colon after it spaced',
      'Tapez `"x": 1; ok?` ici: fin',
      `<p>Tapez <code>"x": 1; ok?</code> ici${S}: fin</p>`,
    ],
    ['colon right after a code span', 'La clé `id`: un nombre', `<p>La clé <code>id</code>${S}: un nombre</p>`],
    [
      'link href and title untouched, text typeset',
      '[le "plan"](https://x.be/a?b=1;c "Titre: x")',
      `<p><a href="https://x.be/a?b=1;c" title="Titre: x">le «${S}plan${S}»</a></p>`,
    ],
    [
      'link text that is a URL left alone',
      'Voir [https://x.be/faq?](https://x.be/faq?)!',
      `<p>Voir <a href="https://x.be/faq?">https://x.be/faq?</a>${F}!</p>`,
    ],
    [
      'autolink left alone',
      'Voir <https://x.be/?q;-1> : ici',
      `<p>Voir <a href="https://x.be/?q;-1">https://x.be/?q;-1</a>${S}: ici</p>`,
    ],
    [
      'link title untouched',
      '[photo](https://x.be/ "photo \\"x\\": y")',
      '<p><a href="https://x.be/" title="photo &quot;x&quot;: y">photo</a></p>',
    ],
    [
      'list items',
      '- Paris: oui\n- "Bruxelles"?',
      `<ul>\n<li>Paris${S}: oui</li>\n<li>«${S}Bruxelles${S}»${F}?</li>\n</ul>`,
    ],
    [
      'blockquote',
      '> "Les services se parlent"!',
      `<blockquote>\n<p>«${S}Les services se parlent${S}»${F}!</p>\n</blockquote>`,
    ],
    [
      'table cells',
      '| Bilan: "32" |\n|---|\n| Quoi? |',
      `<table>\n<thead>\n<tr>\n<th>Bilan${S}: «${S}32${S}»</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Quoi${F}?</td>\n</tr>\n</tbody>\n</table>`,
    ],
    ['quotes do not pair across paragraphs', '"Début\n\nfin"', '<p>"Début</p>\n<p>fin"</p>'],
    ['hard line break starts a line', 'Il a dit\\\n"oui"', `<p>Il a dit<br>\n«${S}oui${S}»</p>`],
    [
      'raw inline verbatim HTML left alone',
      'Tapez <kbd>"x": 1</kbd> puis "Entrée"',
      `<p>Tapez <kbd>"x": 1</kbd> puis «${S}Entrée${S}»</p>`,
    ],
    ['raw inline line break starts a line', 'Il a dit<br>"oui"', `<p>Il a dit<br>«${S}oui${S}»</p>`],
    ['times and dashes kept', 'À 19:00 -- pas avant --- ni après...', '<p>À 19:00 -- pas avant --- ni après...</p>'],
    [
      'seed ellipsis and apostrophes kept',
      SEED_BODY[3]!,
      `<p>La Belgique souhaite pour sa part nommer un officier de liaison à Calais (nord-ouest de la France), point de ralliement traditionnel des migrants souhaitant rejoindre la Grande-Bretagne. «${S}C'est un sujet dont nous avons discuté aujourd'hui et (...) sommes convenus de reprendre contact dans les jours qui viennent pour voir comment assurer cette mise en place effective${S}», a expliqué M. Le Roux en réponse à une question d'un journaliste.</p>`,
    ],
  ])('%s', async (_name, markdown, expected) => {
    expect((await render(markdown)).html.trim()).toBe(expected);
  });

  it.each([
    ['block inside verbatim HTML', '<pre><p>"x": y</p></pre>', '<pre><p>"x": y</p></pre>'],
    ['inline verbatim element', 'Tapez <kbd>"x"</kbd>: ok', `<p>Tapez <kbd>"x"</kbd>${S}: ok</p>`],
    ['line break element starts a line', 'Il a dit<br>"oui"', `<p>Il a dit<br>«${S}oui${S}»</p>`],
    ['text in an HTML block', '<div>"Oui": non</div>', `<div>«${S}Oui${S}»${S}: non</div>`],
  ])('with rawHtml: %s', async (_name, markdown, expected) => {
    const rawHtmlRenderer = await satteri({
      hastPlugins,
      features: { ...markdownFeatures, rawHtml: true },
    }).createRenderer({});
    expect((await rawHtmlRenderer.render(markdown)).code.trim()).toBe(expected);
  });

  it('leaves fenced and indented code blocks as written', async () => {
    const { html } = await render('```js\nconst a = { "x": 1 }; // ok?\n```\n\n    indenté "x": y ?');
    const blocks = [...html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((match) => textOf(match[1]!));
    expect(blocks).toEqual(['const a = { "x": 1 }; // ok?\n', 'indenté "x": y ?\n']);
  });

  it('typesets headings, their text in metadata, and keeps their slugs', async () => {
    const { html, headings } = await render(`## ${SEED_HEADLINE}`);
    const slug =
      'on-a-fait-un-grand-pas-en-avant-depuis-les-attentats-de-paris-voici-comment-la-belgique-et-la-france-coopèrent-aujourdhui-contre-le-terrorisme';
    const text = applyFrenchTypography(SEED_HEADLINE);
    expect(text.startsWith(`«${S}On a fait`)).toBe(true);
    expect(html).toBe(`<h2 id="${slug}">${text}</h2>\n`);
    expect(headings).toEqual([{ depth: 2, slug, text }]);
  });

  it('keeps the seed text: only typography differs from the capture', async () => {
    const { html } = await render(SEED_BODY.join('\n\n'));
    const paragraphs = html.trim().split('\n').map(textOf);
    expect(paragraphs).toHaveLength(SEED_BODY.length);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph).not.toBe(SEED_BODY[index]);
      expect(normalizeTypographyForComparison(paragraph)).toBe(normalizeTypographyForComparison(SEED_BODY[index]!));
    });
  });

  it.each([
    ['the seed headline', `# ${SEED_HEADLINE}`],
    ['emphasis and links', '"Les *services* se parlent": [voir "ici"](https://x.be/?a=1;b)!'],
    ['seed paragraphs', SEED_BODY.join('\n\n')],
  ])('renders already typeset Markdown the same way: %s', async (_name, markdown) => {
    const typesetMarkdown = applyFrenchTypography(markdown);
    expect(typesetMarkdown).not.toBe(markdown);
    expect((await render(typesetMarkdown)).html).toBe((await render(markdown)).html);
  });
});
