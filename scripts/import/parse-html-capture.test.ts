import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Capture } from './capture.ts';
import { ImportError } from './errors.ts';
import { isHtmlCapture, parseHtmlCapture, stripTitleSuffix } from './parse-html-capture.ts';

const page = (body: string) => `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Titre - RTL Info</title>
<style>p { color: red }</style><script>window.x = "<p>pas du texte</p>";</script></head>
<body class="page has-comments">${body}</body></html>`;

const SITE_HEADER =
  '<header class="site"><a href="/">RTL INFO</a><nav><ul><li><a href="/">Accueil</a></li></ul></nav></header>';
const SITE_FOOTER = '<footer><p>© RTL 2017</p></footer>';

describe('parseHtmlCapture', () => {
  const cases: { name: string; html: string; expected: Capture }[] = [
    {
      name: 'a full article page: chrome removed, chapo as standfirst, <br> splits, entities decoded',
      html: page(`${SITE_HEADER}
<main><article>
  <header><p class="kicker">Belgique</p><h1>"On a fait  un grand pas":
  voici comment</h1><p class="chapo">Le terrorisme et la gestion de l'après-attentats.</p></header>
  <div class="share-buttons"><p>Partager sur Facebook</p></div>
  <p>La coopération a <strong>"permis de regagner du terrain"</strong>.<br>"L'année 2016 a été marquée", a estimé Jan&nbsp;Jambon.</p>
  <h2>"Les services se parlent"</h2>
  <!-- pub --><p>C’est un élément &amp; très concret.</p>
  <h3>Un officier de liaison</h3>
  <p>  </p>
  <p>En février 2016.</p>
  <form><p>Votre commentaire</p></form>
  <section id="comments"><p>Super article</p></section>
  <aside><h2>À lire aussi</h2><p>Autre article</p></aside>
</article></main>${SITE_FOOTER}`),
      expected: {
        headline: '"On a fait un grand pas": voici comment',
        standfirst: "Le terrorisme et la gestion de l'après-attentats.",
        blocks: [
          { type: 'paragraph', text: 'La coopération a "permis de regagner du terrain".' },
          { type: 'paragraph', text: '"L\'année 2016 a été marquée", a estimé Jan\u00a0Jambon.' },
          { type: 'subhead', text: '"Les services se parlent"' },
          { type: 'paragraph', text: 'C’est un élément & très concret.' },
          { type: 'subhead', text: 'Un officier de liaison' },
          { type: 'paragraph', text: 'En février 2016.' },
        ],
      },
    },
    {
      name: 'no standfirst-like element: the first paragraph after the <h1>',
      html: page('<article><p class="date">6 janvier 2017</p><h1>Titre</h1><p>Premier.</p><p>Second.</p></article>'),
      expected: { headline: 'Titre', standfirst: 'Premier.', blocks: [{ type: 'paragraph', text: 'Second.' }] },
    },
    {
      name: 'no <article>: <main> is the root; the site header h1 is ignored',
      html: page(
        '<header><h1>RTL INFO</h1></header><main><h1>Le vrai titre</h1><p>Chapeau.</p><p>Texte.</p></main><aside><p>Pub</p></aside>',
      ),
      expected: { headline: 'Le vrai titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'no <article> nor <main>: a site header is dropped, even its intro',
      html: page('<header><p class="intro">Le site de l\'info</p></header><h1>Titre</h1><p>Chapeau.</p><p>Texte.</p>'),
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'headline outside the <article> element',
      html: page('<main><h1>Titre dehors</h1><article><p>Chapeau.</p><p>Texte.</p></article></main>'),
      expected: { headline: 'Titre dehors', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'teaser articles without <h1> are not chosen over the one with it',
      html: page(
        '<article><h2>Teaser</h2><p>Résumé.</p></article><article><h1>Titre</h1><div id="standfirst">Chapeau.</div><p>Texte.</p></article>',
      ),
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'a bare fragment without <html> or <body>',
      html: '<h1>Titre</h1>\n<p>Chapeau.</p>\n<p>Texte.</p>',
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
  ];

  it.each(cases)('$name', ({ html, expected }) => {
    expect(parseHtmlCapture(html)).toMatchObject(expected);
  });

  const head = (meta: string) =>
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${meta}</head><body><article>`;
  const BODY = '<p>Premier paragraphe du texte.</p><p>Second paragraphe du texte.</p></article></body></html>';
  it.each([
    {
      name: 'no <h1>: og:title, then the JSON-LD headline, then <title> without its site suffix',
      html: `${head('<title>Titre court - Le Soir</title><meta property="og:title" content="Titre OG"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Titre LD"}</script>')}${BODY}`,
      headline: 'Titre OG',
      from: 'og:title',
    },
    {
      name: 'no <h1> nor og:title: the JSON-LD headline',
      html: `${head('<title>Titre court - Le Soir</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"Titre LD"}]}</script>')}${BODY}`,
      headline: 'Titre LD',
      from: 'JSON-LD headline',
    },
    {
      name: 'only <title>: its site suffix removed',
      html: `${head('<title>Un titre de presse assez long | Le Soir</title>')}${BODY}`,
      headline: 'Un titre de presse assez long',
      from: '<title>',
    },
    {
      name: 'an over-long <h1> is set aside for og:title',
      html: `${head('<meta property="og:title" content="Titre OG">')}<h1>${'mot '.repeat(60)}</h1>${BODY}`,
      headline: 'Titre OG',
      from: 'og:title',
    },
    {
      name: '--title wins over the page',
      html: `${head('<meta property="og:title" content="Titre OG">')}<h1>Titre H1</h1>${BODY}`,
      overrides: { title: 'Titre donné' },
      headline: 'Titre donné',
      from: '--title',
    },
  ])('headline: $name', ({ html, headline, from, overrides }) => {
    const capture = parseHtmlCapture(html, overrides);
    expect(capture.headline).toBe(headline);
    expect(capture.headlineFrom).toBe(from);
  });

  it.each([
    [
      'og:description',
      '<meta property="og:description" content="Résumé OG."><meta name="description" content="Résumé meta.">',
      'Résumé OG.',
      'og:description',
      2,
    ],
    ['meta description', '<meta name="description" content="Résumé meta.">', 'Résumé meta.', 'meta description', 2],
    [
      'a description that starts the first paragraph: that paragraph, whole',
      '<meta name="description" content="Premier paragraphe du…">',
      'Premier paragraphe du texte.',
      'lead paragraph',
      1,
    ],
    ['nothing: the first paragraph, since another follows', '', 'Premier paragraphe du texte.', 'first paragraph', 1],
  ])('standfirst without a lead paragraph: %s', (_, meta, standfirst, from, paragraphs) => {
    const capture = parseHtmlCapture(`${head(meta)}<h1>Titre</h1>${BODY}`);
    expect(capture.standfirst).toBe(standfirst);
    expect(capture.standfirstFrom).toBe(from);
    expect(capture.blocks).toHaveLength(paragraphs);
  });

  it.each([
    {
      name: 'no <h1>, og:title, JSON-LD headline or <title>',
      html: '<article><h2>Sous-titre</h2><p>Texte.</p></article>',
      message:
        /^no recognisable headline: the page has no article <h1>, og:title, JSON-LD headline or <title>\. Pass --title/,
    },
    {
      name: 'an empty <h1>',
      html: '<article><h1> <img src="x.png"> </h1><p>Texte.</p></article>',
      message: /no recognisable headline/,
    },
    {
      name: 'an <h1> only inside removed chrome',
      html: '<nav><h1>Menu</h1></nav><p>Texte.</p>',
      message: /no recognisable headline/,
    },
    {
      name: 'no paragraph at all',
      html: page('<article><h1>Titre</h1><ul><li>Liste</li></ul></article>'),
      message: /no article found: the page holds no paragraph of text/,
    },
    {
      name: 'a single paragraph and no description anywhere',
      html: '<article><h1>Titre</h1><p>Un seul paragraphe.</p></article>',
      message: /no standfirst found for "Titre".*single paragraph/,
    },
  ])('refuses $name', ({ html, message }) => {
    expect(() => parseHtmlCapture(html)).toThrow(ImportError);
    expect(() => parseHtmlCapture(html)).toThrow(message);
  });

  it('throws nothing but ImportError on random markup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<h1>',
        '</h1>',
        '<p>',
        '</p>',
        '<br>',
        '<h2>',
        '<article>',
        '</article>',
        '<main>',
        '<nav>',
        '<script>',
        '</script>',
        '<div class="chapo">',
        '</div>',
        '<!--',
        '-->',
        '&amp;',
        '&#0;',
        '<',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          const capture = parseHtmlCapture(pieces.join(''));
          expect(capture.headline).not.toBe('');
          expect(capture.standfirst).not.toBe('');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 150 },
    );
    // Each run parses twice and runs Readability: seconds on the shared machine.
  }, 60_000);
});

describe('isHtmlCapture', () => {
  it.each([
    ['<!DOCTYPE html><html><body></body></html>', true],
    ['\n  <html lang="fr">', true],
    ['<article><h1>Titre</h1></article>', true],
    ['<p>Texte</p>', true],
    ['<!-- saved from url -->\n<html>', true],
    ['En ce moment\n\nTitre <p> dans le texte', false],
    ['<Titre entre chevrons>\n\nChapeau.', false],
    ['"On a fait un grand pas"', false],
  ])('%j → %s', (text, expected) => {
    expect(isHtmlCapture(text)).toBe(expected);
  });
});

describe('stripTitleSuffix', () => {
  it.each([
    ['Un titre - Le Soir', 'Le Soir', 'Un titre'],
    ['Un titre | BBC News', 'BBC News', 'Un titre'],
    ['Un long titre de presse – Libération', undefined, 'Un long titre de presse'],
    ['Vigipirate : le niveau maintenu', undefined, 'Vigipirate : le niveau maintenu'],
    [
      'Court - Un nom de site assez long pour ne pas être un suffixe',
      undefined,
      'Court - Un nom de site assez long pour ne pas être un suffixe',
    ],
  ])('%j → %j', (title, publisher, expected) => {
    expect(stripTitleSuffix(title, publisher)).toBe(expected);
  });
});
