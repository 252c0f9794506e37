/**
 * Element ids the site's templates put on pages. A heading in an article body must never
 * take one of them (`## Contenu` would give a second `id="contenu"`, and the skip link would
 * land on the heading): src/markdown/heading-ids.ts gives such headings another id.
 * A test checks this list against every `id="…"` written in src/layouts, src/components and
 * src/pages.
 */
export const LAYOUT_IDS: readonly string[] = [
  'contenu',
  'chronology-title',
  'search-input',
  'search-help',
  'trending-label',
  'sources-title',
  'related-title',
  'about-republished',
  'about-dates',
  'about-briefs',
  'about-corrections',
  'about-follow',
  'lead-title',
  'latest-title',
  'topic-stories',
  'profile-stories',
  'story-people-title',
  'not-found-search',
  'not-found-latest',
  'reported-title',
  'briefs-title',
  'dossiers-title',
  'mises-a-jour',
  'updates-title',
];
