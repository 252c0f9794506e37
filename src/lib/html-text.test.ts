import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, getHtmlText } from './html-text.ts';

describe('getHtmlText', () => {
  it('separates blocks and keeps words whole across inline tags', () => {
    const text = getHtmlText(
      '<h2>Un titre</h2><p>Il faut <em>re</em>lancer <a href="/x/">la coopération</a>.</p><ul><li>un</li><li>deux</li></ul>',
    );
    expect(text.split(/\s+/).filter(Boolean)).toEqual([
      'Un',
      'titre',
      'Il',
      'faut',
      'relancer',
      'la',
      'coopération.',
      'un',
      'deux',
    ]);
  });

  it('drops comments, scripts, styles and attribute values', () => {
    const text = getHtmlText(
      '<p title="caché">vu</p><!-- note <p>caché</p> --><style>p{}</style><script>alert("caché")</script><p>aussi</p>',
    );
    expect(text).not.toContain('caché');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['vu', 'aussi']);
  });

  it.each([
    ['<p><a title="a > b" href="/x">lien</a> suivi</p>', ['lien', 'suivi']],
    ["<p><abbr title='x >= y'>OTAN</abbr></p>", ['OTAN']],
    ['<p><img alt="1 > 0" src="a.png">texte</p>', ['texte']],
    ['<p data-x="<b>">mot</p>', ['mot']],
  ])('keeps attribute text out when a quoted attribute holds > or <: %s', (html, words) => {
    expect(getHtmlText(html).split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it('decodes the entities serialisers write', () => {
    expect(getHtmlText('<p>l&#39;État &amp; l&#x2019;Europe&nbsp;: &lt;3 &quot;x&quot;</p>').trim()).toBe(
      'l\'État & l’Europe\u00A0: <3 "x"',
    );
  });

  it('is empty for markup without text', () => {
    expect(getHtmlText('<p><img src="/a.png" alt=""></p>\n<hr>').trim()).toBe('');
  });
});

describe('decodeHtmlEntities', () => {
  it.each([
    ['&#233;', 'é'],
    ['&#x1F600;', '😀'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '&#0;'],
    ['&#xD800;', '&#xD800;'],
    ['&#x110000;', '&#x110000;'],
    ['& amp;', '& amp;'],
  ])('%s → %s', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });
});
