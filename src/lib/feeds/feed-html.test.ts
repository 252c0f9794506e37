import { describe, expect, it } from 'vitest';
import { toFeedHtml } from './feed-html.ts';

const PAGE = 'https://vigie.example/articles/x/';

describe('toFeedHtml', () => {
  it.each([
    ['<p><a href="/sujets/terrorisme/">t</a></p>', '<p><a href="https://vigie.example/sujets/terrorisme/">t</a></p>'],
    ['<p><a href="#intertitre">t</a></p>', '<p><a href="https://vigie.example/articles/x/#intertitre">t</a></p>'],
    ['<p><a href="../y/">t</a></p>', '<p><a href="https://vigie.example/articles/y/">t</a></p>'],
    ['<p><img src="/img/a.png" alt="a"></p>', '<p><img src="https://vigie.example/img/a.png" alt="a"></p>'],
    ['<p><a href="https://www.rtl.be/info/">rtl</a></p>', '<p><a href="https://www.rtl.be/info/">rtl</a></p>'],
    ['<img src="/a.png" srcset="/a-400.png 400w" alt="">', '<img src="https://vigie.example/a.png" alt="">'],
  ])('makes URLs absolute: %s', (input, expected) => {
    expect(toFeedHtml(input, PAGE)).toBe(expected);
  });

  it.each([
    ['<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['<p onclick="alert(1)">a</p>', '<p>a</p>'],
    ['<p><a href="javascript:alert(1)">a</a></p>', '<p><a>a</a></p>'],
    ['<iframe src="https://evil.example/"></iframe><p>a</p>', '<p>a</p>'],
    ['<style>p{}</style><p>a</p>', '<p>a</p>'],
    ['<p><img src="data:image/png;base64,AAAA" alt="x"></p>', '<p><img alt="x"></p>'],
    ['<object data="x.swf"></object><p>a</p>', '<p>a</p>'],
  ])('drops anything executable: %s', (input, expected) => {
    expect(toFeedHtml(input, PAGE)).toBe(expected);
  });

  it('keeps heading ids and French characters', () => {
    expect(toFeedHtml('<h2 id="un-officier">Un officier\u00A0: «\u00A0x\u00A0»</h2>', PAGE)).toBe(
      '<h2 id="un-officier">Un officier\u00A0: «\u00A0x\u00A0»</h2>',
    );
  });
});
