import { normalizeTypographyForComparison } from '../../src/lib/typography.ts';

/** Lines of the publisher's page chrome in a capture: not article text. */
const CHROME_LINES = new Set(['En ce moment', 'Vos commentaires']);

/**
 * Text prepared for comparing a capture with a rendered page: French typography undone
 * (« » and no-break spaces, by the site's own normaliser), then whitespace runs collapsed.
 */
export function normalizeForComparison(text: string): string {
  return normalizeTypographyForComparison(text).replace(/\s+/g, ' ').trim();
}

/**
 * Sentences of a capture, normalised: chrome lines and blank or no-break-space-only lines
 * dropped, each remaining line split after `. ! ? …` followed by a space.
 */
export function getCaptureSentences(capture: string): string[] {
  return capture
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !CHROME_LINES.has(line))
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
    .map(normalizeForComparison)
    .filter(Boolean);
}
