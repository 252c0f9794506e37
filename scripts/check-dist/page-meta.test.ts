import { describe, expect, it } from 'vitest';
import { parseHtml } from './html.ts';
import { checkCanonical, checkDescription, checkSingleH1, checkTitle, isNoindex } from './page-meta.ts';

const page = (head: string, body = '<h1>Titre</h1>') =>
  parseHtml(`<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`);
const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe('checkSingleH1', () => {
  it.each([
    ['one h1', '<h1>Un</h1><h2>Deux</h2>', []],
    ['one visually hidden h1', '<h1 class="visually-hidden">Vigie</h1>', []],
    ['no h1', '<h2>Seulement</h2>', ['no <h1> on the page']],
  ])('%s', (_name, body, expected) => {
    expect(messages(checkSingleH1(page('<title>t</title>', body)))).toEqual(expected);
  });

  it('names both headings when h1 is duplicated', () => {
    const [finding, ...rest] = checkSingleH1(page('', '<h1>Premier</h1><article><h1>Second</h1></article>'));
    expect(rest).toEqual([]);
    expect(finding!.message).toMatch(/^2 <h1> elements/);
    expect(finding!.message).toContain('"Premier", "Second"');
  });
});

describe('checkTitle', () => {
  it.each([
    ['a title', '<title>Vigie</title>', []],
    ['no title', '', ['no <title>']],
    ['blank title', '<title>  \n </title>', ['<title> is empty']],
    ['two titles', '<title>a</title><title>b</title>', ['2 <title> elements']],
  ])('%s', (_name, head, expected) => {
    expect(messages(checkTitle(page(head)))).toEqual(expected);
  });

  it('ignores <title> inside inline SVG in the body', () => {
    expect(checkTitle(page('<title>Vigie</title>', '<h1>x</h1><svg><title>Logo</title></svg>'))).toEqual([]);
  });
});

describe('checkDescription', () => {
  it.each([
    ['a description', '<meta name="description" content="Les faits.">', []],
    ['name in capitals', '<meta name="Description" content="Les faits.">', []],
    ['missing', '<meta name="keywords" content="x">', ['no <meta name="description">']],
    ['empty content', '<meta name="description" content=" ">', ['<meta name="description"> has empty content']],
    ['no content attribute', '<meta name="description">', ['<meta name="description"> has empty content']],
    [
      'two',
      '<meta name="description" content="a"><meta name="description" content="b">',
      ['2 <meta name="description"> elements'],
    ],
  ])('%s', (_name, head, expected) => {
    expect(messages(checkDescription(page(head)))).toEqual(expected);
  });
});

describe('isNoindex', () => {
  it.each([
    ['<meta name="robots" content="noindex, follow">', true],
    ['<meta name="robots" content="NOINDEX">', true],
    ['<meta name="robots" content="none">', true],
    ['<meta name="robots" content="index, follow, max-image-preview:large">', false],
    ['<meta name="googlebot" content="noindex">', false],
    ['', false],
  ])('%s → %s', (head, expected) => {
    expect(isNoindex(page(head))).toBe(expected);
  });
});

describe('checkCanonical', () => {
  it.each([
    ['absolute canonical', '<link rel="canonical" href="https://vigie.example/articles/x/">', []],
    ['noindex without canonical', '<meta name="robots" content="noindex, follow">', []],
    ['missing', '<link rel="alternate" href="/rss.xml">', ['no <link rel="canonical">']],
    [
      'relative',
      '<link rel="canonical" href="/articles/x/">',
      ['canonical href is not an absolute http(s) URL: "/articles/x/"'],
    ],
    [
      'protocol-relative',
      '<link rel="canonical" href="//vigie.example/x/">',
      ['canonical href is not an absolute http(s) URL: "//vigie.example/x/"'],
    ],
    ['empty', '<link rel="canonical" href="">', ['canonical href is not an absolute http(s) URL: ""']],
    [
      'two',
      '<link rel="canonical" href="https://a.example/"><link rel="canonical" href="https://b.example/">',
      ['2 canonical links'],
    ],
    [
      'noindex with canonical',
      '<meta name="robots" content="noindex"><link rel="canonical" href="https://vigie.example/404/">',
      ['noindex page has a canonical link (https://vigie.example/404/)'],
    ],
  ])('%s', (_name, head, expected) => {
    expect(messages(checkCanonical(page(head)))).toEqual(expected);
  });
});
