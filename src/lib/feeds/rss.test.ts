import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFeedContent, buildRssChannel, buildRssItem, escapeXml, toRssXml, toXmlCharacters } from './rss.ts';
import type { ArticleData } from '../../schemas/article.ts';

const base: ArticleData = {
  title: 'T',
  description: 'Chapeau',
  publishedAt: new Date('2017-01-06T18:00:00Z'),
  topics: ['terrorisme'],
  credits: [
    { name: 'Martin Vachiery', role: 'Reportage' },
    { name: 'Steve <Damman>', role: 'Reportage' },
  ],
  references: [],
  kind: 'article',
  draft: false,
  priority: 0,
  updates: [],
};
const names = new Map([['terrorisme', 'Terrorisme']]);

function channelOf(stories: Array<{ path: string; data: ArticleData; html: string }>) {
  return buildRssChannel({
    title: 'Vigie',
    description: 'Sécurité et terrorisme',
    feedPath: '/rss.xml',
    pagePath: '/',
    site: 'https://vigie.example/',
    topicNames: names,
    stories,
  });
}

/** `xml` as xmllint reads it: throws on any well-formedness error. */
function parseWithXmllint(xml: string): string {
  return execFileSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}
describe('buildFeedContent', () => {
  const republished: ArticleData = {
    ...base,
    description: 'Un objectif commun: la <coopération>.',
    source: { name: 'RTL INFO', url: 'https://www.rtl.be/info/x.aspx?a=1&b=2', section: 'Belgique / Politique' },
    updatedAt: new Date('2017-01-09T09:00:00Z'),
    updates: [
      { date: new Date('2017-01-09T09:00:00Z'), kind: 'correction', text: 'Le prénom était mal orthographié.' },
    ],
  };

  it('puts standfirst and byline before the body, then corrections and the attribution line', () => {
    const html = buildFeedContent({ path: '/articles/x/', data: republished, html: '<p>Corps</p>' });
    expect(html).toBe(
      '<p><strong>Un objectif commun: la &lt;coopération&gt;.</strong></p>' +
        '<p>Par Martin Vachiery et Steve &lt;Damman&gt; (Reportage) · RTL INFO · Publié le 6 janvier 2017 à 19\u00A0h</p>' +
        '<p>Corps</p>' +
        '<p><em>Corrigé le 9 janvier 2017 à 10\u00A0h\u00A0:</em> Le prénom était mal orthographié.</p>' +
        '<p>Article publié initialement par RTL INFO (Belgique / Politique). ' +
        '<a href="https://www.rtl.be/info/x.aspx?a=1&amp;b=2">Lire l\'article original</a></p>',
    );
  });

  it('gives a brief its writing date, its event date and Vigie as author', () => {
    const brief: ArticleData = {
      ...base,
      kind: 'brief',
      credits: [{ name: 'La rédaction de Vigie', role: 'Repère' }],
      publishedAt: new Date('2026-11-26T14:38:00Z'),
      event: { date: '2016-02-01', label: 'Sommet' },
    };
    const html = buildFeedContent({ path: '/articles/x/', data: brief, html: '<p>Corps</p>' });
    expect(html).toContain('<p>Par la rédaction de Vigie · Rédigé le 26 novembre 2026 à 15\u00A0h\u00A038</p>');
    expect(html).toContain('<p>Date des faits\u00A0: 1er février 2016</p><p>Corps</p>');
    expect(html).toMatch(/<p>Repère rédigé par Vigie à partir de sources publiques.<\/p>$/);
  });
});

describe('buildRssItem', () => {
  it('keeps the first publication date and signals updates separately', () => {
    const item = buildRssItem(
      { path: '/articles/x/', data: { ...base, updatedAt: new Date('2017-03-01T10:00:00Z') }, html: '<p>x</p>' },
      names,
      'https://vigie.example/',
    );
    expect(item.pubDate.toISOString()).toBe('2017-01-06T18:00:00.000Z');
    expect(item.updatedAt?.toISOString()).toBe('2017-03-01T10:00:00.000Z');
  });

  it('credits every person as dc:creator, escaped, and names topics', () => {
    const item = buildRssItem({ path: '/articles/x/', data: base, html: '' }, names, 'https://vigie.example/');
    expect(item.creators).toEqual(['Martin Vachiery', 'Steve <Damman>']);
    const xml = toRssXml({ ...channelOf([]), items: [item] });
    expect(xml).toContain('<dc:creator>Martin Vachiery</dc:creator><dc:creator>Steve &lt;Damman&gt;</dc:creator>');
    expect(item.categories).toEqual(['Terrorisme']);
    expect(item.link).toBe('https://vigie.example/articles/x/');
  });
});

describe('buildRssChannel', () => {
  it('dates the channel by the newest content change, never the clock', () => {
    const channel = buildRssChannel({
      title: 'Vigie',
      description: 'd',
      feedPath: '/rss.xml',
      pagePath: '/',
      site: 'https://vigie.example/',
      topicNames: names,
      stories: [
        { path: '/articles/a/', data: base, html: '' },
        {
          path: '/articles/b/',
          data: { ...base, publishedAt: new Date('2016-01-01T00:00:00Z'), updatedAt: new Date('2018-05-01T00:00:00Z') },
          html: '',
        },
      ],
    });
    const xml = toRssXml(channel);
    expect(xml).toContain('<lastBuildDate>Tue, 01 May 2018 00:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<atom:link href="https://vigie.example/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>fr-BE</language>');
    expect(xml).toContain('<atom:updated>2018-05-01T00:00:00.000Z</atom:updated>');
  });

  it('omits lastBuildDate for an empty feed', () => {
    const channel = buildRssChannel({
      title: 'x',
      description: 'd',
      feedPath: '/sujets/x/rss.xml',
      pagePath: '/sujets/x/',
      site: 'https://vigie.example/',
      topicNames: names,
      stories: [],
    });
    expect(toRssXml(channel)).not.toContain('lastBuildDate');
    expect(channel.site).toBe('https://vigie.example/sujets/x/');
  });
});

describe('descriptions are HTML text', () => {
  it('encodes markup in a standfirst so readers show it as text', () => {
    const item = buildRssItem(
      { path: '/articles/x/', data: { ...base, description: '<img src=x onerror=alert(1)> & co' }, html: '' },
      names,
      'https://vigie.example/',
    );
    expect(item.description).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
  it('encodes the channel description too', () => {
    const channel = buildRssChannel({
      title: 'x',
      description: '<b>x</b>',
      feedPath: '/rss.xml',
      pagePath: '/',
      site: 'https://vigie.example/',
      topicNames: names,
      stories: [],
    });
    expect(channel.description).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('toRssXml', () => {
  it.each(['1e3', '0x1F', '007', '1.50', 'true', '  12  '])('prints the credit %j exactly as written', (name) => {
    const xml = toRssXml(
      channelOf([{ path: '/articles/x/', data: { ...base, credits: [{ name, role: 'R' }] }, html: '' }]),
    );
    expect(xml).toContain(`<dc:creator>${name}</dc:creator>`);
  });

  it('stays well-formed XML whatever characters the text holds', () => {
    const hostile = 'a\u0001b\u000Bc\uFFFEd\uFFFFe\uD800f & <g> "h"';
    const xml = toRssXml(
      channelOf([
        {
          path: '/articles/x/',
          data: { ...base, title: hostile, description: hostile, credits: [{ name: hostile, role: 'R' }] },
          html: `<p>${hostile}</p>`,
        },
      ]),
    );
    expect(() => parseWithXmllint(xml)).not.toThrow();
    expect(xml).toContain('<title>abcdef &amp; &lt;g&gt; &quot;h&quot;</title>');
  });

  it('writes one item per story, with its link as permalink guid, content and categories', () => {
    const xml = toRssXml(channelOf([{ path: '/articles/x/', data: base, html: '<p>Texte</p>' }]));
    expect(() => parseWithXmllint(xml)).not.toThrow();
    expect(xml).toContain(
      '<item><title>T</title><link>https://vigie.example/articles/x/</link><guid isPermaLink="true">https://vigie.example/articles/x/</guid>',
    );
    expect(xml).toMatch(
      /<content:encoded>&lt;p&gt;&lt;strong&gt;Chapeau.*&lt;p&gt;Texte&lt;\/p&gt;<\/content:encoded>/,
    );
    expect(xml).toContain('<category>Terrorisme</category></item>');
    expect(xml).not.toContain('xml-stylesheet');
  });
});

describe('toXmlCharacters', () => {
  it('keeps tab, line breaks, text and emoji, drops what XML 1.0 refuses', () => {
    expect(toXmlCharacters('\t\n\r« é » 🚨\u0000\u0008\u001F\uFFFE\uFFFF\uDC00')).toBe('\t\n\r« é » 🚨');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
