import { describe, expect, it } from 'vitest';
import { checkWellFormedXml } from './xml.ts';

describe('checkWellFormedXml', () => {
  it.each([
    [
      'an RSS feed',
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Vigie</title><item><title>L&apos;année 2016</title></item></channel></rss>',
    ],
    [
      'a sitemap with a stylesheet PI',
      '<?xml version="1.0"?><?xml-stylesheet href="/s.xsl" type="text/xsl"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://vigie.example/</loc></url></urlset>',
    ],
    ['CDATA with markup', '<rss><channel><description><![CDATA[<p>a & b</p>]]></description></channel></rss>'],
  ])('accepts %s', (_name, xml) => {
    expect(checkWellFormedXml(xml)).toEqual([]);
  });

  it.each([
    ['an unclosed element', '<rss><channel><title>Vigie</channel></rss>', /InvalidTag/],
    ['a bare ampersand', '<rss><channel><title>Sécurité & terrorisme</title></channel></rss>', /InvalidChar|entity|&/i],
    ['two root elements', '<urlset></urlset><urlset></urlset>', /multiple root|InvalidXml/i],
    ['an empty file', '  \n', /empty file/],
    ['an HTML page', '<!doctype html><html><body><br></body></html>', /./],
  ])('rejects %s', (_name, xml, pattern) => {
    const findings = checkWellFormedXml(xml);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(pattern);
  });

  it('reports the line of the error', () => {
    const [finding] = checkWellFormedXml('<?xml version="1.0"?>\n<rss>\n<channel>\n</rss>');
    expect(finding!.line).toBeGreaterThanOrEqual(3);
  });
});
