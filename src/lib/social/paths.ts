/**
 * Where the social cards are published and how pages describe them in
 * OpenGraph, Twitter and JSON-LD tags. The PNGs are written by `src/integrations/social-cards.ts` (drawn by `src/pages/og/` under `astro dev`).
 */
import { SITE } from '../../site.config.ts';

/** Card width in pixels (the 1.91:1 size OpenGraph and `summary_large_image` expect). */
export const SOCIAL_IMAGE_WIDTH = 1200;
/** Card height in pixels. */
export const SOCIAL_IMAGE_HEIGHT = 630;
/** Media type of the cards. */
export const SOCIAL_IMAGE_TYPE = 'image/png';

/** A card as head tags take it (the shape of `PageHeadInput.image`). */
export interface SocialImage {
  /** Site path, e.g. `/og/articles/x.png`. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

/** `/og/articles/<slug>.png` */
export function getArticleImagePath(slug: string): string {
  return `/og/articles/${slug}.png`;
}

/** `/og/sujets/<slug>.png` */
export function getTopicImagePath(slug: string): string {
  return `/og/sujets/${slug}.png`;
}

/** Site path of the site-wide card, used by pages that are not about one story or topic. */
export const SITE_IMAGE_PATH = '/og/site.png';

/** The site-wide card (home, topic index, about, search), ready for `buildPageHead({ image })`. */
export function getSiteSocialImage(): SocialImage {
  return {
    path: SITE_IMAGE_PATH,
    alt: getSocialImageAlt(SITE.tagline),
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
  };
}

/** Alternative text of a card: "Vigie : <title>", with the no-break space French puts before the colon. */
export function getSocialImageAlt(title: string): string {
  return `${SITE.name}\u00A0: ${title}`;
}

/** The card of an article, ready for `buildPageHead({ image })` and JSON-LD. */
export function getArticleSocialImage(slug: string, title: string): SocialImage {
  return {
    path: getArticleImagePath(slug),
    alt: getSocialImageAlt(title),
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
  };
}

/** The card of a topic page, ready for `buildPageHead({ image })`. */
export function getTopicSocialImage(slug: string, topicName: string): SocialImage {
  return {
    path: getTopicImagePath(slug),
    alt: getSocialImageAlt(topicName),
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
  };
}
