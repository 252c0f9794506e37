import { describe, expect, it } from 'vitest';
import { buildFeedContent, buildRssChannel, buildRssItem, escapeXml } from './rss.ts';
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
    expect(item.customData).toContain('<atom:updated>2017-03-01T10:00:00.000Z</atom:updated>');
  });

  it('credits every person as dc:creator, escaped, and names topics', () => {
    const item = buildRssItem({ path: '/articles/x/', data: base, html: '' }, names, 'https://vigie.example/');
    expect(item.customData).toBe(
      '<dc:creator>Martin Vachiery</dc:creator><dc:creator>Steve &lt;Damman&gt;</dc:creator>',
    );
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
    expect(channel.customData).toContain('<lastBuildDate>Tue, 01 May 2018 00:00:00 GMT</lastBuildDate>');
    expect(channel.customData).toContain(
      '<atom:link href="https://vigie.example/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(channel.customData).toContain('<language>fr-BE</language>');
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
    expect(channel.customData).not.toContain('lastBuildDate');
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

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
