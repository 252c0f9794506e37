/**
 * The exact import that produced the committed lead-story entry. Its test re-runs it and compares
 * the result byte for byte with the committed file, so importer changes cannot drift silently.
 */

/** Arguments of `node scripts/import.ts`, run from the repository root (the seed is committed in e2e/fixtures/seed). */
export const LEAD_STORY_IMPORT_ARGS: readonly string[] = [
  'e2e/fixtures/seed/000_a1a5af081a863d50.txt',
  '--slug',
  'cooperation-franco-belge-contre-le-terrorisme',
  '--published-at',
  '2017-01-06T19:00:00+01:00',
  '--date-note',
  "Date reconstituée : la page de RTL INFO ne porte pas de date. Le reportage rend compte de la première rencontre entre Jan Jambon et Bruno Le Roux, un vendredi de janvier 2017, très probablement le 6 ; l'heure de publication est approximative.",
  '--topics',
  'terrorisme,cooperation-franco-belge,renseignement,frontieres-et-migrations',
  '--source-name',
  'RTL INFO',
  '--source-section',
  'Belgique / Politique',
  '--source-url',
  'https://www.rtl.be/info/belgique/politique/-on-a-fait-un-grand-pas-en-avant-depuis-les-attentats-de-paris-voici-comment-la-belgique-et-la-france-cooperent-aujourd-hui-contre-le-terrorisme-882658.aspx',
];

/** Path of the committed lead-story entry, relative to the repository root. */
export const LEAD_STORY_ENTRY_PATH = 'content/articles/cooperation-franco-belge-contre-le-terrorisme.md';
