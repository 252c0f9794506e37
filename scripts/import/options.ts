/**
 * Command-line options of the importer (`npm run import -- <capture> [options]`): parsing and
 * the checks that need no file system. Topic existence is checked in `topics.ts`.
 */
import { parseArgs, type ParseArgsOptionDescriptor, type ParseArgsOptionsConfig } from 'node:util';
import { ARTICLE_KINDS } from '../../src/schemas/article.ts';
import { ISO_DATE_TIME_WITH_OFFSET } from '../../src/schemas/fields.ts';
import { getContentDir } from '../../src/site.config.ts';
import { isSlug } from '../../src/lib/slug.ts';
import { type Credit, parseCreditOption } from './credits.ts';
import { ImportError } from './errors.ts';

/** Everything the importer was asked to do, validated. */
export interface ImportOptions {
  /** Path of the capture file (plain text or HTML). */
  capture: string;
  /** Required unless the capture is a page that states its date (checked once the capture is read). */
  publishedAt?: string;
  /** Replaces the headline read from the capture. */
  title?: string;
  /** Replaces the standfirst read from the capture. */
  standfirst?: string;
  /** A language other than French that a page may be in (e.g. `en`). */
  allowLanguage?: string;
  updatedAt?: string;
  dateNote?: string;
  /** Topic slugs, in the order given. */
  topics: string[];
  /** Entry slug; absent means "slugify the headline". */
  slug?: string;
  /** Explicit credits; empty means "detect them". */
  credits: Credit[];
  sourceName?: string;
  sourceUrl?: string;
  sourceSection?: string;
  references: { name: string; url?: string }[];
  kind: (typeof ARTICLE_KINDS)[number];
  draft: boolean;
  /** Folder holding `articles/` and `topics/`. */
  contentDir: string;
  /** Print the entry on stdout instead of writing it. */
  dryRun: boolean;
  /** Allow replacing an existing entry. */
  force: boolean;
}

/** Result of parsing the arguments: either a request for help or the options. */
export type ParsedArgs = { help: true } | { help: false; options: ImportOptions };

/** Usage text printed by `--help`. */
export const USAGE = `Usage: npm run import -- <capture> --topics <a,b> [options]

Turns a captured article (a plain-text capture or a saved HTML page) into
content/articles/<slug>.md. A saved page gives its own headline, standfirst, dates,
authors, publisher, section, canonical URL and language; every option below wins over it.

Required:
  <capture>                   the .txt capture or the saved .html page (at most 2 MiB)
  --topics <a,b>              topic slugs; each must exist as <content-dir>/topics/<slug>.yaml
  --published-at <date>       first publication, ISO 8601 with offset: 2017-01-06T19:00:00+01:00
                              (optional for a page that states it)

Options:
  --slug <slug>               entry slug (default: the headline, slugified)
  --title <text>              headline (default: the page's <h1>, og:title, JSON-LD headline, <title>)
  --standfirst <text>         standfirst (default: the lead paragraph, og:description, meta description)
  --credit "Name=Role"        credit a person or desk (repeatable); default: the page's authors, else
                              reporters named at the end of the standfirst, else the source as "Rédaction"
  --source-name <name>        original publisher, e.g. "RTL INFO" (default: the page's publisher)
  --source-url <url>          original address of the article (default: the page's canonical URL)
  --source-section <section>  section of the original publication, e.g. "Belgique / Politique"
  --allow-language <code>     import a page in this language, e.g. en (default: French pages only)
  --reference "Name=URL"      a source named by a brief (repeatable; URL optional)
  --date-note <text>          editorial note on the dates, e.g. that the day is inferred
  --updated-at <date>         last update, ISO 8601 with offset
  --kind article|brief        default: article
  --draft                     mark the entry as a draft
  --content-dir <dir>         default: $VIGIE_CONTENT_DIR or content
  --dry-run                   print the entry instead of writing it
  --force                     replace an existing entry
  --help                      show this help
`;

const USAGE_HINT = 'Run "npm run import -- --help" for usage';

// Every option, in node:util parseArgs form; `multiple` ones may be repeated.
const OPTION_SPECS = {
  'published-at': { type: 'string' },
  'updated-at': { type: 'string' },
  topics: { type: 'string' },
  slug: { type: 'string' },
  title: { type: 'string' },
  standfirst: { type: 'string' },
  credit: { type: 'string', multiple: true },
  'source-name': { type: 'string' },
  'source-url': { type: 'string' },
  'source-section': { type: 'string' },
  reference: { type: 'string', multiple: true },
  'date-note': { type: 'string' },
  kind: { type: 'string' },
  'allow-language': { type: 'string' },
  'content-dir': { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  draft: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

type OptionName = keyof typeof OPTION_SPECS;

/**
 * Parses and checks the arguments (without the `node script` prefix). Throws {@link ImportError}
 * for an unknown option, a missing or malformed value, a repeated option or a missing capture.
 */
export function parseImportArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ParsedArgs {
  // Help wins over any other mistake on the line: it is what the editor needs to fix it.
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) return { help: true };
  const { values, positionals } = readArgs(argv);

  if (positionals.length === 0) throw optionError('no capture file given');
  if (positionals.length > 1) {
    throw optionError(
      `expected one capture file, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(', ')}`,
    );
  }
  const single = (name: OptionName) => values.get(name)?.[0];

  const publishedAt = single('published-at');
  if (publishedAt !== undefined) checkDateTime('published-at', publishedAt);
  const updatedAt = single('updated-at');
  if (updatedAt !== undefined) checkDateTime('updated-at', updatedAt);

  const topicsValue = single('topics');
  if (topicsValue === undefined) throw optionError('--topics is required', 'Give e.g. --topics terrorisme,securite');
  const topics = parseTopicList(topicsValue);

  const slug = single('slug');
  if (slug !== undefined && !isSlug(slug)) {
    throw optionError(
      `--slug "${slug}" is not a slug`,
      'Use lower-case letters, digits and single hyphens, e.g. --slug cooperation-franco-belge',
    );
  }

  const kind = single('kind') ?? 'article';
  if (!(ARTICLE_KINDS as readonly string[]).includes(kind)) {
    throw optionError(`--kind "${kind}" is not one of: ${ARTICLE_KINDS.join(', ')}`);
  }

  return {
    help: false,
    options: withoutUndefined({
      capture: positionals[0]!,
      publishedAt,
      updatedAt,
      dateNote: single('date-note'),
      topics,
      slug,
      title: nonBlank('title', single('title')),
      standfirst: nonBlank('standfirst', single('standfirst')),
      allowLanguage: checkLanguage(single('allow-language')),
      credits: (values.get('credit') ?? []).map(parseCreditOption),
      sourceName: single('source-name'),
      sourceUrl: single('source-url'),
      sourceSection: single('source-section'),
      references: (values.get('reference') ?? []).map(parseReference),
      kind: kind as ImportOptions['kind'],
      draft: values.has('draft'),
      contentDir: single('content-dir') ?? getContentDir(env),
      dryRun: values.has('dry-run'),
      force: values.has('force'),
    }),
  };
}

/** Splits `--topics a,b` into slugs; refuses empty lists, malformed slugs and repeats. */
export function parseTopicList(value: string): string[] {
  const topics = value
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);
  if (topics.length === 0) throw optionError('--topics lists no topic', 'Give e.g. --topics terrorisme,securite');
  const malformed = topics.filter((topic) => !isSlug(topic));
  if (malformed.length > 0) {
    throw optionError(
      `--topics: ${malformed.map((t) => `"${t}"`).join(', ')} ${malformed.length > 1 ? 'are not slugs' : 'is not a slug'}`,
      'Topic slugs are lower-case words joined by hyphens, e.g. cooperation-franco-belge',
    );
  }
  const repeated = topics.find((topic, i) => topics.indexOf(topic) !== i);
  if (repeated) throw optionError(`--topics lists "${repeated}" twice`);
  return topics;
}

// parseArgs reads the line leniently (tokens); the checks below turn each mistake into one
// sentence an editor can act on, which its own strict-mode messages are not.
function readArgs(argv: readonly string[]): { values: Map<OptionName, string[]>; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTION_SPECS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<OptionName, string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const spec: ParseArgsOptionDescriptor | undefined = Object.hasOwn(OPTION_SPECS, name)
      ? OPTION_SPECS[name]
      : undefined;
    if (!spec || (token.rawName.startsWith('-') && !token.rawName.startsWith('--') && spec.short === undefined)) {
      throw optionError(`unknown option ${token.rawName}`);
    }
    let value = '';
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw optionError(`--${name} takes no value`);
    } else {
      // A value that looks like an option is far more likely a forgotten value than a real one.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw optionError(`--${name} needs a value`);
      }
      value = token.value;
    }
    const seen = values.get(name);
    if (seen && !('multiple' in spec && spec.multiple)) throw optionError(`--${name} is given twice`);
    values.set(name, [...(seen ?? []), value]);
  }
  return { values, positionals };
}

function checkDateTime(name: OptionName, value: string): void {
  if (!ISO_DATE_TIME_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw optionError(
      `--${name} "${value}" is not an ISO 8601 date-time with offset`,
      `Give e.g. --${name} 2017-01-06T19:00:00+01:00`,
    );
  }
}

function nonBlank(name: OptionName, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw optionError(`--${name} is blank`, `Give the text, e.g. --${name} "…"`);
  return trimmed;
}

function checkLanguage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z]{2,3}$/i.test(value)) {
    throw optionError(`--allow-language "${value}" is not a language code`, 'Give e.g. --allow-language en');
  }
  return value.toLowerCase();
}

function parseReference(value: string): { name: string; url?: string } {
  const separator = value.indexOf('=');
  const name = (separator < 0 ? value : value.slice(0, separator)).trim();
  const url = separator < 0 ? undefined : value.slice(separator + 1).trim();
  if (!name || url === '') throw optionError(`--reference "${value}" is not of the form "Name" or "Name=URL"`);
  return url === undefined ? { name } : { name, url };
}

function optionError(problem: string, hint = USAGE_HINT): ImportError {
  return new ImportError(problem, { hint });
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
