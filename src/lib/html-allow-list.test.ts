import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ELEMENTS,
  getAllowedPropertyValue,
  HTML_SANITIZE_SCHEMA,
  isAllowedUrl,
  REMOVED_WITH_CONTENT,
  URL_PROTOCOLS,
} from './html-allow-list.ts';

describe('isAllowedUrl', () => {
  it.each([
    ['https://www.rtl.be/info/', URL_PROTOCOLS.href],
    ['http://x.be', URL_PROTOCOLS.href],
    ['HTTPS://X.BE/', URL_PROTOCOLS.href],
    [' https://x.be/', URL_PROTOCOLS.href],
    ['mailto:redaction@vigie.example', URL_PROTOCOLS.href],
    ['/sujets/terrorisme/', URL_PROTOCOLS.href],
    ['../autre/', URL_PROTOCOLS.href],
    ['#intertitre', URL_PROTOCOLS.href],
    ['//cdn.example/a.png', URL_PROTOCOLS.src],
    ['a/b:c', URL_PROTOCOLS.href],
    ['?q=a:b', URL_PROTOCOLS.href],
    ['#a:b', URL_PROTOCOLS.href],
    ['', URL_PROTOCOLS.href],
  ])('accepts %j', (url, protocols) => {
    expect(isAllowedUrl(url, protocols!)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', URL_PROTOCOLS.href],
    ['JaVaScRiPt:alert(1)', URL_PROTOCOLS.href],
    ['java\nscript:alert(1)', URL_PROTOCOLS.href],
    ['java\tscript:alert(1)', URL_PROTOCOLS.href],
    ['java\rscript:alert(1)', URL_PROTOCOLS.href],
    ['\u0001javascript:alert(1)', URL_PROTOCOLS.href],
    [' javascript:alert(1)', URL_PROTOCOLS.href],
    ['javascript\u0000:alert(1)', URL_PROTOCOLS.href],
    ['javascript://%0aalert(1)', URL_PROTOCOLS.href],
    ['vbscript:msgbox(1)', URL_PROTOCOLS.href],
    ['data:text/html,<script>alert(1)</script>', URL_PROTOCOLS.href],
    ['data:image/png;base64,AAAA', URL_PROTOCOLS.src],
    ['file:///etc/passwd', URL_PROTOCOLS.href],
    ['mailto:a@b.be', URL_PROTOCOLS.src],
    ['a:b', URL_PROTOCOLS.href],
  ])('refuses %j', (url, protocols) => {
    expect(isAllowedUrl(url, protocols!)).toBe(false);
  });
});

describe('getAllowedPropertyValue', () => {
  it.each([
    ['a', 'href', 'https://x.be/', 'https://x.be/'],
    ['a', 'href', 'javascript:alert(1)', undefined],
    ['a', 'onClick', 'alert(1)', undefined],
    ['a', 'target', '_blank', undefined],
    ['img', 'src', '/a.png', '/a.png'],
    ['img', 'src', 'data:image/png;base64,AAAA', undefined],
    ['img', 'onError', 'alert(1)', undefined],
    ['img', 'srcSet', '/a.png 1x', undefined],
    ['q', 'cite', 'javascript:alert(1)', undefined],
    ['span', 'lang', 'en', 'en'],
    ['span', 'title', 'x', 'x'],
    ['span', 'style', 'color:red', undefined],
    ['span', 'className', ['x'], undefined],
    ['code', 'className', ['language-js', 'evil'], ['language-js']],
    ['p', 'id', 'user-content-fn-1', 'user-content-fn-1'],
    ['p', 'id', 'x', undefined],
    ['h2', 'id', 'intertitre', 'intertitre'],
    ['ol', 'start', 3, 3],
    ['td', 'align', 'right', 'right'],
    ['details', 'open', true, true],
    ['unknown', 'title', 'x', 'x'],
    ['a', 'href', { toString: () => 'https://x.be/' }, undefined],
  ])('<%s %s=%j> gives %j', (tagName, name, value, expected) => {
    expect(getAllowedPropertyValue(tagName, name, value)).toEqual(expected);
  });
});

describe('HTML_SANITIZE_SCHEMA', () => {
  const sanitizeHtml = (html: string) => {
    const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
    return unified()
      .use(rehypeStringify)
      .stringify(sanitize(tree, HTML_SANITIZE_SCHEMA) as Root);
  };

  it('holds exactly the same elements and removals as the Markdown sanitiser', () => {
    expect(HTML_SANITIZE_SCHEMA.tagNames).toEqual([...ALLOWED_ELEMENTS.keys()]);
    expect(HTML_SANITIZE_SCHEMA.strip).toEqual([...REMOVED_WITH_CONTENT]);
    expect([...ALLOWED_ELEMENTS.keys()].filter((tag) => REMOVED_WITH_CONTENT.has(tag))).toEqual([]);
  });

  it.each([
    ['<p>a</p><script>alert(1)</script><svg><a href="x">s</a></svg>', '<p>a</p>'],
    [
      '<p><abbr title="t" onclick="x">UE</abbr> <span lang="en" class="c">x</span></p>',
      '<p><abbr title="t">UE</abbr> <span lang="en">x</span></p>',
    ],
    [
      '<a href="JaVaScRiPt:x" id="a">a</a><a href="https://x.be/" id="user-content-fnref-1">b</a>',
      '<a>a</a><a href="https://x.be/" id="user-content-fnref-1">b</a>',
    ],
    [
      '<h2 id="intertitre" class="sr-only">t</h2><code class="language-js x">c</code>',
      '<h2 id="intertitre" class="sr-only">t</h2><code class="language-js">c</code>',
    ],
    ['<font color="red">f</font><td>hors tableau</td>', 'fhors tableau'],
    ['<p>a<!-- note --></p>', '<p>a</p>'],
  ])('sanitises %s like the pages', (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });
});
