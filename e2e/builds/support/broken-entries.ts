/**
 * Broken content entries, one per editing mistake, each with what the failed build must say:
 * the file's name, the field, and the gist of the fix. Every case is the valid base corpus
 * with one file changed or added, so the named mistake is the only one in the build.
 */
import {
  BASE_BODY,
  BASE_TOPIC_ID,
  makeArticle,
  makeArticleData,
  makeTopic,
  rawFile,
  toYaml,
  type FixtureFile,
} from './build-fixture.ts';

/** One broken-corpus case. */
export interface BrokenEntryCase {
  /** Short name, also the fixture's folder name (a slug). */
  name: string;
  /** The whole corpus of the build. */
  files: FixtureFile[];
  /** File names the output must mention (base names, e.g. `sans-titre.md`): at least the file to edit. */
  fileNames: string[];
  /** The field as the output names it (a string is matched literally). */
  field: string | RegExp;
  /** The gist of the fix, as the output must say it. */
  fix: RegExp;
}

const topic = makeTopic(BASE_TOPIC_ID);

/** Frontmatter of a valid article as raw YAML lines, for cases that need hand-written text. */
function rawFrontmatter(changes: Record<string, unknown> = {}): string {
  return toYaml(makeArticleData(changes));
}

const DUPLICATE_FIELD = /slug|file name/;
const DUPLICATE_FIX =
  /multiple entries with the same slug: `affaire`\. Slugs must be unique|"Affaire" is not a slug; rename the file to "affaire\.md"/;

/** The broken-entry cases: the mistakes editors make, and two that only an attacker would. */
export const BROKEN_ENTRY_CASES: readonly BrokenEntryCase[] = [
  {
    name: 'missing-title',
    files: [topic, makeArticle('sans-titre', { title: undefined })],
    fileNames: ['sans-titre.md'],
    field: 'title',
    fix: /title: is required/,
  },
  {
    name: 'empty-title',
    files: [topic, makeArticle('titre-vide', { title: '   ' })],
    fileNames: ['titre-vide.md'],
    field: 'title',
    fix: /title: must not be empty/,
  },
  {
    name: 'overlong-title',
    files: [topic, makeArticle('titre-trop-long', { title: 'Un titre interminable '.repeat(10) })],
    fileNames: ['titre-trop-long.md'],
    field: 'title',
    fix: /title: must be at most 200 characters/,
  },
  {
    name: 'missing-description',
    files: [topic, makeArticle('sans-chapeau', { description: undefined })],
    fileNames: ['sans-chapeau.md'],
    field: 'description',
    fix: /description: is required/,
  },
  {
    name: 'bad-date',
    files: [topic, makeArticle('date-illisible', { publishedAt: 'le 6 janvier 2017' })],
    fileNames: ['date-illisible.md'],
    field: 'publishedAt',
    fix: /publishedAt: expected an ISO 8601 date-time with offset, e\.g\. "2017-01-06T12:00:00\+01:00"; got "le 6 janvier 2017"/,
  },
  {
    name: 'date-without-offset',
    files: [topic, makeArticle('date-sans-fuseau', { publishedAt: '2017-01-06T19:00:00' })],
    fileNames: ['date-sans-fuseau.md'],
    field: 'publishedAt',
    fix: /publishedAt: expected an ISO 8601 date-time with offset.*got "2017-01-06T19:00:00"/,
  },
  {
    name: 'unquoted-date',
    files: [
      topic,
      rawFile(
        'articles/date-sans-guillemets.md',
        `---\n${rawFrontmatter({ publishedAt: undefined })}publishedAt: 2017-01-06T19:00:00+01:00\n---\n\n${BASE_BODY}`,
      ),
    ],
    fileNames: ['date-sans-guillemets.md'],
    field: 'publishedAt',
    fix: /publishedAt: write the date in quotes with its UTC offset/,
  },
  {
    name: 'impossible-date',
    files: [topic, makeArticle('trente-fevrier', { publishedAt: '2017-02-30T19:00:00+01:00' })],
    fileNames: ['trente-fevrier.md'],
    field: 'publishedAt',
    fix: /publishedAt: "2017-02-30T19:00:00\+01:00" is not a real calendar date-time/,
  },
  {
    name: 'update-before-publication',
    files: [topic, makeArticle('mise-a-jour-anterieure', { updatedAt: '2017-01-05T19:00:00+01:00' })],
    fileNames: ['mise-a-jour-anterieure.md'],
    field: 'updatedAt',
    fix: /updatedAt: is earlier than publishedAt/,
  },
  {
    name: 'unknown-topic',
    files: [topic, makeArticle('sujet-inconnu', { topics: [BASE_TOPIC_ID, 'espionnage'] })],
    fileNames: ['sujet-inconnu.md'],
    field: 'topics[1]',
    fix: /unknown topic "espionnage"; use one of: terrorisme \(or add a topics\/espionnage\.yaml file\)/,
  },
  {
    name: 'no-topics',
    files: [topic, makeArticle('sans-sujet', { topics: [] })],
    fileNames: ['sans-sujet.md'],
    field: 'topics',
    fix: /topics: list at least one topic/,
  },
  {
    // Astro's default ids are github-slugger output (lower-cased), so both files claim `affaire`:
    // Astro's duplicate check reports it. Ids kept as file names would report `Affaire.md` as
    // not a slug instead; either message tells the editor what to do.
    name: 'duplicate-slug',
    files: [
      topic,
      makeArticle('affaire', { title: 'Première version' }),
      makeArticle('Affaire', { title: 'Seconde version' }),
    ],
    fileNames: ['Affaire.md'],
    field: DUPLICATE_FIELD,
    fix: DUPLICATE_FIX,
  },
  {
    // The same mistake when the two files also have the same text (a copy under another case).
    name: 'duplicate-slug-same-text',
    files: [topic, makeArticle('affaire'), makeArticle('Affaire')],
    fileNames: ['Affaire.md'],
    field: DUPLICATE_FIELD,
    fix: DUPLICATE_FIX,
  },
  {
    name: 'source-without-url',
    files: [topic, makeArticle('source-sans-url', { source: { name: 'RTL INFO' } })],
    fileNames: ['source-sans-url.md'],
    field: 'source.url',
    fix: /source\.url: is required/,
  },
  {
    name: 'invalid-source-url',
    files: [topic, makeArticle('source-url-invalide', { source: { name: 'RTL INFO', url: 'rtl.be/info/belgique' } })],
    fileNames: ['source-url-invalide.md'],
    field: 'source.url',
    fix: /source\.url: expected an absolute http\(s\) URL/,
  },
  {
    name: 'javascript-source-url',
    files: [topic, makeArticle('source-javascript', { source: { name: 'RTL INFO', url: 'javascript:alert(1)' } })],
    fileNames: ['source-javascript.md'],
    field: 'source.url',
    fix: /source\.url: expected an absolute http\(s\) URL/,
  },
  {
    name: 'javascript-reference-url',
    files: [
      topic,
      makeArticle('reference-javascript', { references: [{ name: 'Moniteur belge', url: 'javascript:alert(1)' }] }),
    ],
    fileNames: ['reference-javascript.md'],
    field: 'references.0.url',
    fix: /references\.0\.url: expected an absolute http\(s\) URL/,
  },
  {
    name: 'empty-body',
    files: [topic, makeArticle('sans-texte', {}, '\n   \n')],
    fileNames: ['sans-texte.md'],
    field: 'body',
    fix: /body: the article has no text below its frontmatter/,
  },
  {
    name: 'brief-without-references',
    files: [topic, makeArticle('repere-sans-source', { kind: 'brief' })],
    fileNames: ['repere-sans-source.md'],
    field: 'references',
    fix: /references: a brief must name at least one source/,
  },
  {
    name: 'unknown-key',
    files: [topic, makeArticle('cle-inconnue', { auteur: 'Martin Vachiery' })],
    fileNames: ['cle-inconnue.md'],
    field: 'auteur',
    fix: /unknown field "auteur"; check its spelling or remove it \(allowed fields: title, /,
  },
  {
    // `slug` is special: Astro's glob loader takes it as the entry id before the schema runs.
    name: 'slug-key',
    files: [topic, makeArticle('cle-slug', { slug: '../../ailleurs' })],
    fileNames: ['cle-slug.md'],
    field: 'slug',
    fix: /unknown field "slug"; check its spelling or remove it/,
  },
  {
    // A French title with " : " is the likeliest YAML mistake. A syntax error has no field: the
    // position stands for it. Astro prints js-yaml's 0-based line and column (file line 3, column 29).
    name: 'invalid-yaml',
    files: [
      topic,
      rawFile(
        'articles/yaml-casse.md',
        `---\ndescription: "Chapeau."\ntitle: Procès des attentats : le verdict\n${rawFrontmatter({ title: undefined, description: undefined })}---\n\n${BASE_BODY}`,
      ),
    ],
    fileNames: ['yaml-casse.md'],
    field: 'yaml-casse.md:2:28',
    fix: /bad indentation of a mapping entry/,
  },
  {
    name: 'topic-missing-name',
    files: [makeTopic(BASE_TOPIC_ID, { name: undefined }), makeArticle('accord')],
    fileNames: ['terrorisme.yaml'],
    field: 'name',
    fix: /name: is required/,
  },
  {
    name: 'article-file-name-not-a-slug',
    files: [topic, makeArticle('Sécurité')],
    fileNames: ['Sécurité.md'],
    field: 'file name',
    fix: /rename the file to "securite\.md"/,
  },
  {
    // Astro's default ids are github-slugger output (lower-cased, spaces to hyphens), so the
    // corpus check sees `attentats-bruxelles`, not the file name.
    name: 'article-file-name-with-capitals',
    files: [topic, makeArticle('Attentats Bruxelles')],
    fileNames: ['Attentats Bruxelles.md'],
    field: 'file name',
    fix: /rename the file to "attentats-bruxelles\.md"/,
  },
  {
    name: 'topic-file-name-not-a-slug',
    files: [makeTopic('Sécurité', { name: 'Sécurité' }), topic, makeArticle('accord')],
    fileNames: ['Sécurité.yaml'],
    field: 'file name',
    fix: /rename the file to "securite\.yaml"/,
  },
  {
    name: 'topic-name-collision',
    files: [topic, makeTopic('terrorisme-2', { name: 'Terrorisme !' }), makeArticle('accord')],
    fileNames: ['terrorisme-2.yaml', 'terrorisme.yaml'],
    field: 'name',
    fix: /has the same slug "terrorisme" as the topic in .*; merge them or rename one/,
  },
];
