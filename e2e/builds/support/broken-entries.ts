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
  toMarkdownEntry,
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

/** A 1×1 PNG, for cases that need a real image beside an entry. */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd5d4f0000000049454e44ae426082',
  'hex',
);

/** An SVG that runs script when opened from the site's origin. */
const HOSTILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>';

/** A frontmatter whose `publishedAt` is a billion-laughs alias bomb (9 levels of 9). */
function aliasBombFrontmatter(): string {
  const names = 'abcdefghi';
  const lines = [`${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  }
  return lines.join('\n');
}

/** The broken-entry cases: the mistakes editors make, and those only an attacker would. */
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
    // A French title with " : " is the likeliest YAML mistake. A syntax error has no field: its
    // line and column in the file stand for it (src/lib/content-files.ts, before Astro's parser).
    name: 'invalid-yaml',
    files: [
      topic,
      rawFile(
        'articles/yaml-casse.md',
        `---\ndescription: "Chapeau."\ntitle: Procès des attentats : le verdict\n${rawFrontmatter({ title: undefined, description: undefined })}---\n\n${BASE_BODY}`,
      ),
    ],
    fileNames: ['yaml-casse.md'],
    field: 'line 3, column 8',
    fix: /not valid YAML \(.+\); write a value that holds « : ».* in double quotes/,
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
  {
    name: 'control-character-in-title',
    files: [topic, makeArticle('titre-controle', { title: 'Accord\u0001 signé' })],
    fileNames: ['titre-controle.md'],
    field: 'title',
    fix: /title: contains U\+0001 \(a control character\) at character 7; remove it/,
  },
  {
    name: 'vertical-tab-in-credit',
    files: [topic, makeArticle('credit-controle', { credits: [{ name: 'Martin\u000BVachiery', role: 'Reportage' }] })],
    fileNames: ['credit-controle.md'],
    field: 'credits.0.name',
    fix: /credits\.0\.name: contains U\+000B \(a control character\)/,
  },
  {
    name: 'non-character-in-body',
    files: [topic, makeArticle('corps-non-caractere', {}, 'Les ministres \uFFFE ont signé.\n')],
    fileNames: ['corps-non-caractere.md'],
    field: 'body',
    fix: /body: contains U\+FFFE \(a non-character\) at character \d+; remove it/,
  },
  {
    name: 'invisible-title',
    files: [topic, makeArticle('titre-invisible', { title: '\u200B\u200C\u200D\u2060' })],
    fileNames: ['titre-invisible.md'],
    field: 'title',
    fix: /title: has no visible character/,
  },
  {
    name: 'unclosed-bidi-override-in-title',
    files: [topic, makeArticle('titre-bidi', { title: 'Accord \u202Esigné' })],
    fileNames: ['titre-bidi.md'],
    field: 'title',
    fix: /title: opens U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 8 and never closes it.*close it with U\+202C or remove it/,
  },
  {
    name: 'too-many-topics',
    files: [topic, makeArticle('trop-de-sujets', { topics: Array.from({ length: 5000 }, (_, i) => `sujet-${i}`) })],
    fileNames: ['trop-de-sujets.md'],
    field: 'topics',
    fix: /topics: lists 5000 topics; keep the 10 that matter most/,
  },
  {
    name: 'five-digit-year-in-utc',
    files: [topic, makeArticle('annee-10000', { updatedAt: '9999-12-31T23:59:59-14:00' })],
    fileNames: ['annee-10000.md'],
    field: 'updatedAt',
    fix: /updatedAt: "9999-12-31T23:59:59-14:00" falls in the year 10000 in UTC; dates must fall in the years 1000–9999/,
  },
  {
    name: 'update-after-build-time',
    // The fixture build's "now" is 2017-01-10T12:00:00Z.
    files: [topic, makeArticle('mise-a-jour-future', { updatedAt: '2017-01-11T12:00:00+01:00' })],
    fileNames: ['mise-a-jour-future.md'],
    field: 'updatedAt',
    fix: /updatedAt: 2017-01-11T11:00:00\.000Z is later than the build time 2017-01-10T12:00:00\.000Z/,
  },
  {
    name: 'yaml-alias-bomb-in-date',
    files: [
      topic,
      rawFile(
        'articles/bombe.md',
        `---\n${aliasBombFrontmatter()}\n${rawFrontmatter({ publishedAt: undefined })}publishedAt: *i\n---\n\n${BASE_BODY}`,
      ),
    ],
    fileNames: ['bombe.md'],
    field: 'frontmatter',
    fix: /frontmatter: YAML anchor "&a" on line 1 of the YAML; write the value out in full \(anchors and aliases are refused\)/,
  },
  {
    name: 'latin-1-file',
    files: [
      topic,
      rawFile(
        'articles/latin1.md',
        Buffer.from(toMarkdownEntry(makeArticleData({ title: 'Sécurité renforcée' })), 'latin1'),
      ),
    ],
    fileNames: ['latin1.md'],
    field: 'encoding',
    fix: /encoding: byte \d+ \(0xE9\) is not UTF-8; save the file as UTF-8/,
  },
  {
    name: 'svg-image',
    files: [
      topic,
      rawFile('articles/logo.svg', HOSTILE_SVG),
      makeArticle('image-svg', {}, `${BASE_BODY}\n![Logo](./logo.svg)\n`),
    ],
    fileNames: ['image-svg.md'],
    field: 'body image ![…](./logo.svg)',
    fix: /is an SVG image, which can carry script; export it as PNG or WebP/,
  },
  {
    name: 'missing-image',
    files: [topic, makeArticle('image-absente', {}, `${BASE_BODY}\n![Photo](./absente.jpg)\n`)],
    fileNames: ['image-absente.md'],
    field: 'body image ![…](./absente.jpg)',
    fix: /"\.\/absente\.jpg" does not exist/,
  },
  {
    name: 'image-outside-content-folder',
    files: [topic, makeArticle('image-ailleurs', {}, `${BASE_BODY}\n![x](../../../../../../../../../etc/passwd)\n`)],
    fileNames: ['image-ailleurs.md'],
    field: 'body image ![…](../../../../../../../../../etc/passwd)',
    fix: /is outside the content folder|does not exist/,
  },
  {
    name: 'unclosed-script-block',
    files: [
      topic,
      makeArticle('script-ouvert', {}, `${BASE_BODY}\n<script> est la balise en cause.\n\n## Suite\n\nFin.\n`),
    ],
    fileNames: ['script-ouvert.md'],
    field: 'body',
    fix: /a line starts with <script> and nothing closes it/,
  },
];
