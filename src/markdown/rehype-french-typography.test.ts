import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeFrenchTypography from './rehype-french-typography.ts';

const S = '\u00A0'; // no-break space
const F = '\u202F'; // narrow no-break space

const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeFrenchTypography).use(rehypeStringify);

async function typeset(html: string): Promise<string> {
  return String(await processor.process(html));
}

const CASES: Array<[name: string, input: string, expected: string]> = [
  [
    'quotes spanning emphasis',
    '<p>"Les <em>services</em> se parlent"</p>',
    `<p>«${S}Les <em>services</em> se parlent${S}»</p>`,
  ],
  [
    'the seed headline',
    '<h1>"On a fait un grand pas": voici comment</h1>',
    `<h1>«${S}On a fait un grand pas${S}»${S}: voici comment</h1>`,
  ],
  ['each heading level', '<h2>Quoi?</h2><h6>Non!</h6>', `<h2>Quoi${F}?</h2><h6>Non${F}!</h6>`],
  ['space moved out of emphasis', '<p><em>Paris </em>: voici</p>', `<p><em>Paris</em>${S}: voici</p>`],
  [
    'inline code, kbd, samp and var untouched',
    '<p><code>"a": 1</code> <kbd>"b";</kbd> <samp>c !</samp> <var>d?</var>: fin</p>',
    `<p><code>"a": 1</code> <kbd>"b";</kbd> <samp>c !</samp> <var>d?</var>${S}: fin</p>`,
  ],
  ['pre untouched', '<pre>"a": b ; c</pre>', '<pre>"a": b ; c</pre>'],
  ['block inside pre untouched', '<pre><div>"a": b</div></pre>', '<pre><div>"a": b</div></pre>'],
  [
    'script and style untouched',
    '<script>a = "b";</script><style>a:hover{}</style>',
    '<script>a = "b";</script><style>a:hover{}</style>',
  ],
  [
    'math untouched',
    '<p>Soit <math><mi>x</mi><mo>:</mo></math> ici</p>',
    '<p>Soit <math><mi>x</mi><mo>:</mo></math> ici</p>',
  ],
  [
    'attributes untouched',
    '<p title="Titre: &quot;x&quot;"><abbr title="a ; b">EI</abbr>: <img alt="a: b" src="x.png"></p>',
    `<p title="Titre: &#x22;x&#x22;"><abbr title="a ; b">EI</abbr>${S}: <img alt="a: b" src="x.png"></p>`,
  ],
  [
    'link href untouched, text typeset',
    '<p><a href="https://x.be/?a=1;b">le "plan"</a></p>',
    `<p><a href="https://x.be/?a=1;b">le «${S}plan${S}»</a></p>`,
  ],
  [
    'link text that is a URL left alone',
    '<p>Voir <a href="https://x.be/faq?">https://x.be/faq?</a>!</p>',
    `<p>Voir <a href="https://x.be/faq?">https://x.be/faq?</a>${F}!</p>`,
  ],
  [
    'list items and nested lists',
    '<ul><li>"Paris<ul><li>Bruxelles"</li></ul></li></ul>',
    '<ul><li>"Paris<ul><li>Bruxelles"</li></ul></li></ul>',
  ],
  ['loose list item', '<ul><li><p>Quoi?</p></li></ul>', `<ul><li><p>Quoi${F}?</p></li></ul>`],
  [
    'blockquote and figcaption',
    '<figure><blockquote><p>"Oui"</p></blockquote><figcaption>Source: RTL</figcaption></figure>',
    `<figure><blockquote><p>«${S}Oui${S}»</p></blockquote><figcaption>Source${S}: RTL</figcaption></figure>`,
  ],
  [
    'table cells and caption',
    '<table><caption>Bilan: 2016</caption><tr><th>Morts:</th><td>"32"</td></tr></table>',
    `<table><caption>Bilan${S}: 2016</caption><tbody><tr><th>Morts${S}:</th><td>«${S}32${S}»</td></tr></tbody></table>`,
  ],
  [
    'definition lists',
    '<dl><dt>EI:</dt><dd>"Etat islamique"</dd></dl>',
    `<dl><dt>EI${S}:</dt><dd>«${S}Etat islamique${S}»</dd></dl>`,
  ],
  ['line break element starts a line', '<p>Il a dit<br>"oui"</p>', `<p>Il a dit<br>«${S}oui${S}»</p>`],
  ['text straight in a div', '<div>"Oui": non</div>', `<div>«${S}Oui${S}»${S}: non</div>`],
  ['text outside any block left alone', '"Oui": <span>non</span>', '"Oui": <span>non</span>'],
  [
    'times, URLs, ellipsis and apostrophes kept',
    "<p>À 19:00, voir https://x.be/?a;-b (...) l'après</p>",
    "<p>À 19:00, voir https://x.be/?a;-b (...) l'après</p>",
  ],
];

describe('rehypeFrenchTypography', () => {
  it.each(CASES)('%s', async (_name, input, expected) => {
    expect(await typeset(input)).toBe(expected);
  });

  it.each(CASES)('is idempotent: %s', async (_name, input) => {
    const once = await typeset(input);
    expect(await typeset(once)).toBe(once);
  });
});
