import { describe, expect, it } from 'vitest';
import { parseHtml } from './html.ts';
import { checkImageAlt } from './images.ts';

const body = (html: string) =>
  parseHtml(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);

describe('checkImageAlt', () => {
  it.each([
    ['text alt', '<img src="/a.jpg" alt="Jan Jambon à Bruxelles">', []],
    ['decorative empty alt', '<img src="/filet.svg" alt="">', []],
    ['bare alt attribute (empty)', '<img src="/filet.svg" alt>', []],
    ['no images', '<p>Texte</p>', []],
    ['missing alt', '<img src="/a.jpg">', ['<img src="/a.jpg"> has no alt attribute']],
    [
      'whitespace-only alt',
      '<img src="/a.jpg" alt="  ">',
      ['<img src="/a.jpg"> has a whitespace-only alt (write text, or alt="" if decorative)'],
    ],
    [
      'one bad among good',
      '<img src="/a.jpg" alt="A"><picture><img src="/b.jpg"></picture>',
      ['<img src="/b.jpg"> has no alt attribute'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(checkImageAlt(body(html)).map((f) => f.message)).toEqual(expected);
  });

  it('gives the position of the offending image', () => {
    const [finding] = checkImageAlt(parseHtml('<p>x</p>\n<p>\n  <img src="/a.jpg"></p>'));
    expect(finding).toMatchObject({ line: 3, column: 3 });
  });
});
