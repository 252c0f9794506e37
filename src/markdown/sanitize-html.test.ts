import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import siteConfig from '../../astro.config.mjs';
import { ContentImageError } from './content-images.ts';
import { hastPlugins, markdownFeatures } from './index.ts';
import { UnclosedHtmlBlockError } from './prose-tags.ts';
import { formatWarning, sanitizeHtml } from './sanitize-html.ts';

const S = '\u00A0'; // no-break space

// The processor exactly as the site builds it (see french-typography.test.ts).
const { markdown, image } = siteConfig;
const processor = markdown?.processor;
if (!processor) throw new Error('astro.config.mjs sets no Markdown processor');
type RendererOptions = Parameters<typeof processor.createRenderer>[0];
const rendererOptions: RendererOptions = {
  image,
  syntaxHighlight: markdown.syntaxHighlight as RendererOptions['syntaxHighlight'],
  shikiConfig: markdown.shikiConfig,
  gfm: markdown.gfm,
  smartypants: markdown.smartypants,
};
const renderer = await processor.createRenderer(rendererOptions);
// The same pipeline without the sanitiser: what benign Markdown must still give.
const unsanitized = await satteri({
  hastPlugins: hastPlugins.filter((plugin) => plugin !== sanitizeHtml),
  features: markdownFeatures,
}).createRenderer(rendererOptions);
// The sanitiser's fallback when raw HTML is not parsed.
const withoutRawHtml = await satteri({ hastPlugins, features: { ...markdownFeatures, rawHtml: false } }).createRenderer(
  rendererOptions,
);

const FILE_URL = pathToFileURL(`${process.cwd()}/content/articles/hostile.md`);

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warnings.push(String(message));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function render(source: string, using = renderer): Promise<string> {
  return (await using.render(source, { fileURL: FILE_URL })).code.trim();
}

// An oracle independent of the allow-list: the output as a browser parses it, and
// URLs as the browser's URL parser reads them (it lower-cases the scheme and drops
// tabs, newlines and leading control characters).
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'template',
  'link',
  'meta',
  'base',
  'noscript',
  'portal',
]);
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'cite',
  'action',
  'formAction',
  'poster',
  'background',
  'data',
  'ping',
  'xLinkHref',
  'codeBase',
  'longDesc',
  'manifest',
  'useMap',
  'content',
]);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const parser = unified().use(rehypeParse, { fragment: true });

function findUnsafe(html: string): string[] {
  const problems: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      checkElement(node);
      walk(node.children);
    }
  };
  const checkElement = (element: Element) => {
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${name} on <${element.tagName}>`);
      if (name === 'style') problems.push(`style on <${element.tagName}>`);
      if (URL_PROPERTIES.has(name)) {
        for (const url of Array.isArray(value) ? value : [value]) {
          const scheme = new URL(String(url), 'https://vigie.example/articles/x/').protocol;
          if (!SAFE_SCHEMES.has(scheme)) problems.push(`${name}=${JSON.stringify(url)} on <${element.tagName}>`);
        }
      }
    }
  };
  walk((parser.parse(html) as Root).children);
  return problems;
}

describe('sanitizeHtml through the Sätteri processor', () => {
  // Each case: Markdown with hostile content, the page HTML (reviewed by hand: the
  // harmless text and markup stay), and what the build warning must list.
  it.each([
    ['block script', '<script>alert(1)</script>\n\nTexte', '<p>Texte</p>', ['<script> and its content']],
    ['inline script', 'Avant <script>alert(1)</script> après', '<p>Avant  après</p>', ['<script> and its content']],
    [
      'img onerror',
      'Photo <img src=x onerror="alert(2)"> ici',
      '<p>Photo  ici</p>',
      ['<img src="x"> (only Markdown images of files in the content folder are published)'],
    ],
    [
      'javascript: link',
      '<a href="javascript:alert(3)">clic</a>',
      '<p><a>clic</a></p>',
      ['href="javascript:alert(3)" on <a> (URL scheme not allowed)'],
    ],
    ['iframe', '<iframe src="https://evil.example/"></iframe>\n\nTexte', '<p>Texte</p>', ['<iframe> and its content']],
    [
      'object and embed',
      '<object data="x.swf"><embed src="x.swf"></object> fin',
      '<p> fin</p>',
      ['<object> and its content'],
    ],
    [
      'style element and attribute',
      '<style>p{display:none}</style>\n\n<p style="color:red">Rouge</p>',
      '<p>Rouge</p>',
      ['<style> and its content', 'style attribute on <p>'],
    ],
    [
      'svg and math',
      'Logo <svg onload="alert(1)"><circle r="1"/></svg> et <math><mi>x</mi></math>',
      '<p>Logo  et </p>',
      ['<svg> and its content', '<math> and its content'],
    ],
    [
      'entity-encoded schemes',
      '<a href="&#106;avascript:alert(1)">a</a> <a href="&#x6A;avascript:alert(1)">b</a> <a href="javascript&colon;alert(1)">c</a>',
      '<p><a>a</a> <a>b</a> <a>c</a></p>',
      ['href="javascript:alert(1)" on <a> (URL scheme not allowed) ×3'],
    ],
    [
      'obfuscated schemes',
      '<a href="JaVaScRiPt:alert(1)">a</a> <a href="java\nscript:alert(1)">b</a> <a href="java&Tab;script:alert(1)">c</a> <a href="&#1;javascript:alert(1)">d</a> <a href=" javascript:alert(1)">e</a>',
      '<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a></p>',
      [
        'href="JaVaScRiPt:alert(1)"',
        'href="java\\nscript:alert(1)"',
        'href="java\\tscript:alert(1)"',
        'href="\\u0001javascript:alert(1)"',
        'href=" javascript:alert(1)"',
      ],
    ],
    [
      'vbscript: and data: URLs',
      '<a href="vbscript:msgbox(1)">a</a> <a href="data:text/html,<script>alert(1)</script>">b</a> <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="c">',
      '<p><a>a</a> <a>b</a> </p>',
      [
        'href="vbscript:msgbox(1)"',
        'href="data:text/html,<script>alert(1)</script>"',
        '<img src="data:image/svg+xml;base64,PHN2Zz4="> (only Markdown images of files in the content folder are published)',
      ],
    ],
    [
      'Markdown links',
      '[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](jav&#x61;script:alert(1)) [w](<javascript:alert(1)>)',
      '<p><a>x</a> <a>y</a> <a>z</a> <a>w</a></p>',
      ['href="javascript:alert(1)" on <a> (URL scheme not allowed) ×3', 'href="JAVASCRIPT:alert(1)"'],
    ],
    [
      'Markdown reference link',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '<p><a>x</a></p>',
      ['href="javascript:alert(1)" on <a>'],
    ],
    [
      'Markdown image',
      '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<p></p>',
      [
        '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="> (only Markdown images of files in the content folder are published)',
      ],
    ],
    [
      'autolinks',
      'Voir <javascript:alert(1)> ou <vbscript:x>',
      '<p>Voir <a>javascript:alert(1)</a> ou <a>vbscript:x</a></p>',
      ['href="javascript:alert(1)" on <a>', 'href="vbscript:x" on <a>'],
    ],
    [
      'form controls',
      '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>\n\nFin',
      '<p>Fin</p>',
      ['<form> and its content'],
    ],
    [
      'meta, base, link',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">\n\nFin',
      '<p></p>\n<p>Fin</p>',
      ['<meta> and its content', '<base> and its content', '<link> and its content'],
    ],
    [
      'template and noscript',
      '<template><script>alert(1)</script></template><noscript><img src=x onerror=alert(1)></noscript>\n\nFin',
      '<p></p>\n<p>Fin</p>',
      ['<template> and its content', '<noscript> and its content'],
    ],
    [
      'raw-text elements',
      'Texte <textarea><script>alert(1)</script></textarea> <title>t</title> fin',
      '<p>Texte   fin</p>',
      ['<textarea> and its content', '<title> and its content'],
    ],
    [
      'handler on a block spanning Markdown',
      '<div onclick="alert(1)">\n\n*Texte* en gras\n\n</div>',
      '<div>\n<p><em>Texte</em> en gras</p>\n</div>',
      ['onclick attribute on <div>'],
    ],
    [
      'link attributes outside the list',
      '<a href="https://ok.example/" target="_blank" style="x" rel="opener">ok</a>',
      '<p><a href="https://ok.example/">ok</a></p>',
      ['target attribute on <a>', 'style attribute on <a>', 'rel attribute on <a>'],
    ],
    [
      'unknown elements unwrapped, their content checked',
      'Un <font color="red"><u onclick="x()">"mot"</u></font>: fin',
      `<p>Un <u>«${S}mot${S}»</u>${S}: fin</p>`,
      ['<font> tag (content kept)', 'onclick attribute on <u>'],
    ],
    [
      'nested unknown elements',
      '<div><center><big><img src=x onerror=alert(1)></big>texte</center></div>',
      '<div>texte</div>',
      [
        '<center> tag (content kept)',
        '<big> tag (content kept)',
        '<img src="x"> (only Markdown images of files in the content folder are published)',
      ],
    ],
    ['comments', 'Texte <!-- <script>alert(1)</script> --> fin', '<p>Texte  fin</p>', ['HTML comment']],
    [
      'srcset and ping',
      '<img src="/a.png" srcset="javascript:alert(1) 1x" alt="a"> <a href="/x" ping="https://evil.example/">p</a>',
      '<p> <a href="/x">p</a></p>',
      [
        '<img src="/a.png"> (only Markdown images of files in the content folder are published)',
        'ping attribute on <a>',
      ],
    ],
    [
      'ontoggle',
      '<details open ontoggle="alert(1)"><summary>Plus</summary>Détails</details>',
      '<details open><summary>Plus</summary>Détails</details>',
      ['ontoggle attribute on <details>'],
    ],
    [
      'table cell attributes',
      '<table><tr><td background="javascript:alert(1)" onmouseover="alert(2)">c</td></tr></table>',
      '<table><tbody><tr><td>c</td></tr></tbody></table>',
      ['background attribute on <td>', 'onmouseover attribute on <td>'],
    ],
    [
      'noscript parsing differential',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<p></p><p title="</noscript><img src=x onerror=alert(1)>"></p>',
      ['<noscript> and its content'],
    ],
    [
      'svg style differential',
      '<svg><style><img src=x onerror=alert(1)></style></svg>',
      '<p></p>',
      ['<svg> and its content', '<img src="x"> (only Markdown images of files in the content folder are published)'],
    ],
    [
      'math namespace confusion',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<p></p>',
      ['<math> and its content'],
    ],
    [
      'remote Markdown image',
      '![Jan Jambon](https://www.rtl.be/photo.jpg "Bruxelles")',
      '<p></p>',
      ['<img src="https://www.rtl.be/photo.jpg"> (only Markdown images of files in the content folder are published)'],
    ],
    [
      'remote image typed as HTML',
      'Pixel <img src="https://tracker.example/p.gif" alt=""> //host <img src="//tracker.example/q.gif">',
      '<p>Pixel  //host </p>',
      ['<img src="https://tracker.example/p.gif">', '<img src="//tracker.example/q.gif">'],
    ],
    [
      'ids, classes and data attributes',
      '<p id="x" class="evil" data-x="1" title="t" lang="en">p</p>',
      '<p title="t" lang="en">p</p>',
      ['id attribute on <p>', 'class "evil" on <p>', 'data-x attribute on <p>'],
    ],
  ])('%s', async (_name, source, expected, listed) => {
    const html = await render(source);
    expect(html).toBe(expected);
    expect(findUnsafe(html)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^\[sanitize-html\] content\/articles\/hostile\.md: removed HTML outside the allow-list/,
    );
    for (const item of listed) expect(warnings[0]).toContain(item);
  });

  // Markdown and inline HTML an editor may write: the page is what the pipeline
  // gives without the sanitiser, and nothing is reported.
  it.each([
    [
      'emphasis',
      'Un *pas* en **avant**, ~~barré~~ et `code`',
      '<p>Un <em>pas</em> en <strong>avant</strong>, <del>barré</del> et <code>code</code></p>',
    ],
    [
      'links',
      '[RTL](https://www.rtl.be/info/ "Titre") [sujet](/sujets/terrorisme/) [haut](#intro) [écrire](mailto:redaction@vigie.example)',
      '<p><a href="https://www.rtl.be/info/" title="Titre">RTL</a> <a href="/sujets/terrorisme/">sujet</a> <a href="#intro">haut</a> <a href="mailto:redaction@vigie.example">écrire</a></p>',
    ],
    [
      'autolinks',
      'Voir <https://www.rtl.be/> ou <redaction@vigie.example>',
      '<p>Voir <a href="https://www.rtl.be/">https://www.rtl.be/</a> ou <a href="mailto:redaction@vigie.example">redaction@vigie.example</a></p>',
    ],
    [
      'abbr with title',
      'L\'<abbr title="Organisation du traité de l\'Atlantique nord">OTAN</abbr> réunie',
      '<p>L\'<abbr title="Organisation du traité de l&#x27;Atlantique nord">OTAN</abbr> réunie</p>',
    ],
    ['line break', 'Bruxelles<br>Paris', '<p>Bruxelles<br>Paris</p>'],
    [
      'French quotes and spaces',
      '« Les services se parlent », a-t-il dit : oui !',
      `<p>«${S}Les services se parlent${S}», a-t-il dit${S}: oui\u202F!</p>`,
    ],
    [
      'inline markup editors use',
      'Le 1<sup>er</sup> CO<sub>2</sub> <small>(AFP)</small> <cite>Le Soir</cite> <b>b</b> <i>i</i> <em>e</em> <strong>s</strong> <q cite="https://www.lesoir.be/">citation</q> <span lang="en" title="t">security</span> <time datetime="2017-01-06">6 janvier</time> <kbd>Ctrl</kbd>',
      '<p>Le 1<sup>er</sup> CO<sub>2</sub> <small>(AFP)</small> <cite>Le Soir</cite> <b>b</b> <i>i</i> <em>e</em> <strong>s</strong> <q cite="https://www.lesoir.be/">citation</q> <span lang="en" title="t">security</span> <time datetime="2017-01-06">6 janvier</time> <kbd>Ctrl</kbd></p>',
    ],
    [
      'links typed as HTML',
      '<a href="https://www.rtl.be/" title="RTL">RTL</a> <a href="../autre/">relatif</a>',
      '<p><a href="https://www.rtl.be/" title="RTL">RTL</a> <a href="../autre/">relatif</a></p>',
    ],
    [
      'heading, list, quote',
      '## Intertitre\n\n3. trois\n4. quatre\n\n> Cité',
      '<h2 id="intertitre">Intertitre</h2>\n<ol start="3">\n<li>trois</li>\n<li>quatre</li>\n</ol>\n<blockquote>\n<p>Cité</p>\n</blockquote>',
    ],
    [
      'fenced code with a language',
      '```js\nconst a = 1;\n```',
      '<pre><code class="language-js">const a = 1;\n</code></pre>',
    ],
    [
      'figure typed as HTML',
      '<figure>\n<blockquote>Cité</blockquote>\n<figcaption>Légende</figcaption>\n</figure>',
      '<figure>\n<blockquote>Cité</blockquote>\n<figcaption>Légende</figcaption>\n</figure>',
    ],
  ])('keeps %s', async (_name, source, expected) => {
    const html = await render(source);
    expect(html).toBe(expected);
    expect(html).toBe(await render(source, unsanitized));
    expect(warnings).toEqual([]);
  });

  it('keeps GFM footnotes as the pipeline writes them', async () => {
    const source = 'Texte[^1].\n\n[^1]: La note.';
    const html = await render(source);
    expect(html).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>',
    );
    expect(html).toContain('<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">');
    expect(html).toContain('class="data-footnote-backref"');
    expect(html).toBe(await render(source, unsanitized));
    expect(warnings).toEqual([]);
  });

  it('moves GFM column alignment from a style (blocked by the CSP) to align, silently', async () => {
    const html = await render('| Lieu | Morts |\n|:--|--:|\n| Paris | 130 |');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Lieu</th>\n<th align="right">Morts</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">Paris</td>\n<td align="right">130</td>\n</tr>\n</tbody>\n</table>',
    );
    expect(warnings).toEqual([]);
  });

  it('typesets the text it keeps from an unwrapped element', async () => {
    expect(await render('Il a dit <font>"oui"</font>: fin')).toBe(`<p>Il a dit «${S}oui${S}»${S}: fin</p>`);
  });

  it('runs before typography, which then sees the text without what was removed', async () => {
    // Typography reads a script as a line break and would not pair these quotes.
    expect(await render('Il a dit "<script>alert(1)</script>oui" hier')).toBe(`<p>Il a dit «${S}oui${S}» hier</p>`);
  });

  it('removes raw HTML it cannot check when rawHtml is off', async () => {
    const html = await render(
      'Un <abbr title="x">mot</abbr> <img src=x onerror=alert(1)>\n\n<div onclick="alert(1)">bloc</div>',
      withoutRawHtml,
    );
    expect(html).toBe('<p>Un mot </p>');
    expect(warnings).toEqual([
      '[sanitize-html] content/articles/hostile.md: removed HTML outside the allow-list (src/lib/html-allow-list.ts):\n  - raw HTML (features.rawHtml is off) ×4',
    ]);
  });

  it('writes one warning per document, naming the file, each removal once with its count', async () => {
    await render('<script>1</script>\n\n<a href="javascript:1" onclick="x">a</a> <a href="javascript:1">b</a>');
    expect(warnings).toEqual([
      [
        '[sanitize-html] content/articles/hostile.md: removed HTML outside the allow-list (src/lib/html-allow-list.ts):',
        '  - <script> and its content',
        '  - href="javascript:1" on <a> (URL scheme not allowed) ×2',
        '  - onclick attribute on <a>',
      ].join('\n'),
    ]);
  });

  it('never lets an unsafe element, handler or URL through random mixes of HTML and payloads', async () => {
    const fragments = [
      '<script>',
      '</script>',
      'alert(1)',
      '<img src=x onerror=alert(1)>',
      '<a href="',
      '<a href=',
      '">',
      '"',
      "'",
      '>',
      '<',
      '/',
      '=',
      '</a>',
      'javascript:',
      'JaVaScRiPt:',
      'java\nscript:',
      'java&Tab;script:',
      '&#106;avascript:',
      'javascript&colon;',
      '&#1;',
      'vbscript:',
      'data:text/html,',
      ' onload=',
      ' onclick="alert(1)"',
      ' style="x"',
      ' src=',
      ' href=',
      '<svg>',
      '</svg>',
      '<math>',
      '<style>',
      '</style>',
      '<iframe src=x>',
      '<object data=x>',
      '<embed src=x>',
      '<form action=x>',
      '<input autofocus onfocus=alert(1)>',
      '<button formaction=javascript:alert(1)>',
      '<template>',
      '<noscript>',
      '</noscript>',
      '<textarea>',
      '</textarea>',
      '<title>',
      '<xmp>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<base href=//evil.example>',
      '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
      '<link rel=stylesheet href=x>',
      '<details open ontoggle=alert(1)>',
      '<font>',
      '</font>',
      '<div>',
      '</div>',
      '<p>',
      '<table><td>',
      '[x](',
      '](',
      ')',
      '![y](',
      '<javascript:alert(1)>',
      '\n\n',
      '\n',
      '`',
      '*',
      '« ',
      ' »',
      ': ',
    ];
    const source = fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...fragments) },
          { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
        ),
        { maxLength: 24 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(source, async (markdown) => {
        warnings.length = 0;
        let html: string;
        try {
          html = await render(markdown);
        } catch (error) {
          // Two payloads fail the build on purpose, naming the file: a line opening a script,
          // style… that nothing closes (prose-tags.ts), and an image of a file that is not in
          // the content folder, such as `![y](<script>)` (content-images.ts). Any other error is a bug.
          expect(
            [UnclosedHtmlBlockError, ContentImageError].some((type) => error instanceof type),
            String(error),
          ).toBe(true);
          return;
        }
        expect(findUnsafe(html)).toEqual([]);
        // Only our warning: none from Sätteri about edits it had to drop.
        for (const warning of warnings) expect(warning).toMatch(/^\[sanitize-html\] /);
      }),
      // The first counterexample found in CI (seed 1176282400) always runs first.
      { numRuns: 400, examples: [['![y](<script>)']] },
    );
  });
});

describe('formatWarning', () => {
  it.each([
    [FILE_URL, 'content/articles/hostile.md'],
    [new URL('file:///tmp/fxh/articles/x.md'), '/tmp/fxh/articles/x.md'],
    [undefined, '(unnamed Markdown)'],
  ])('names the file %s', (fileURL, shown) => {
    expect(formatWarning(fileURL, new Map([['HTML comment', 1]]))).toBe(
      `[sanitize-html] ${shown}: removed HTML outside the allow-list (src/lib/html-allow-list.ts):\n  - HTML comment`,
    );
  });
});
