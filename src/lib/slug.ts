/**
 * URL slugs: accent-folded, lower-case ASCII words joined by single hyphens.
 * Pure functions, shared by the importer, the content checks and the pages.
 */

/** Longest slug the importer generates (cut at a word boundary). */
export const MAX_SLUG_LENGTH = 80;

/** Matches a well-formed slug: `a-z0-9` words separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that NFD does not decompose into base + combining mark.
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
};

/**
 * Turns any text into a slug: `"Sécurité & coopération"` → `securite-coopération`
 * folded to `securite-cooperation`. Apostrophes separate words (`aujourd'hui` →
 * `aujourd-hui`). Returns `''` when the text has no letter or digit.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  if (!slug && words.length > 0) slug = words[0]!.slice(0, maxLength);
  return slug;
}

/** True when `value` is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
