import { describe, expect, it } from 'vitest';
import {
  getArticleImagePath,
  getArticleSocialImage,
  getSocialImageAlt,
  getTopicImagePath,
  getTopicSocialImage,
  SOCIAL_IMAGE_HEIGHT,
  SOCIAL_IMAGE_WIDTH,
} from './paths.ts';

describe('social image paths', () => {
  it.each([
    [
      getArticleImagePath('cooperation-franco-belge-contre-le-terrorisme'),
      '/og/articles/cooperation-franco-belge-contre-le-terrorisme.png',
    ],
    [getTopicImagePath('terrorisme'), '/og/sujets/terrorisme.png'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it('has the 1.91:1 size of large link previews', () => {
    expect([SOCIAL_IMAGE_WIDTH, SOCIAL_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });
});

describe('getSocialImageAlt', () => {
  it('names the site before the title, with a no-break space before the colon', () => {
    expect(getSocialImageAlt('«\u00A0Un grand pas\u00A0»')).toBe('Vigie\u00A0: «\u00A0Un grand pas\u00A0»');
  });
});

describe('getArticleSocialImage / getTopicSocialImage', () => {
  it('describe the card as head tags take it', () => {
    expect(getArticleSocialImage('x', 'Titre')).toEqual({
      path: '/og/articles/x.png',
      alt: 'Vigie\u00A0: Titre',
      width: 1200,
      height: 630,
    });
    expect(getTopicSocialImage('justice', 'Justice')).toEqual({
      path: '/og/sujets/justice.png',
      alt: 'Vigie\u00A0: Justice',
      width: 1200,
      height: 630,
    });
  });
});
