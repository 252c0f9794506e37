import type { Element, ElementContent, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { isTypographyBlock, isTypographySkipped, typesetBlock } from './typography-scope.ts';

const S = '\u00A0'; // no-break space

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

function collectWrites(block: Element): Array<[string, string]> {
  const writes: Array<[string, string]> = [];
  typesetBlock(block, (node, value) => writes.push([node.value, value]));
  return writes;
}

describe('typesetBlock', () => {
  it('writes only the text nodes that change, once each', () => {
    const block = element('p', [text('"Les '), element('em', [text('services')]), text(' se parlent"')]);
    expect(collectWrites(block)).toEqual([
      ['"Les ', `«${S}Les `],
      [' se parlent"', ` se parlent${S}»`],
    ]);
  });

  it('leaves nested blocks to their own pass', () => {
    const block = element('li', [text('Paris:'), element('ul', [element('li', [text('Bruxelles:')])])]);
    expect(collectWrites(block)).toEqual([['Paris:', `Paris${S}:`]]);
  });

  it('does nothing for a block without text', () => {
    expect(collectWrites(element('p', [element('img')]))).toEqual([]);
  });
});

describe('tag rules', () => {
  it.each([
    ['p', true, false],
    ['h3', true, false],
    ['td', true, false],
    ['figcaption', true, false],
    ['em', false, false],
    ['ul', false, false],
    ['code', false, true],
    ['pre', false, true],
    ['math', false, true],
  ])('%s: block %s, skipped %s', (tagName, block, skipped) => {
    expect(isTypographyBlock(tagName)).toBe(block);
    expect(isTypographySkipped(tagName)).toBe(skipped);
  });
});
