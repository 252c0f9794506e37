/**
 * Text of one synthetic story: title, standfirst and a Markdown body of about the
 * requested number of words, with `##` subheads, a quote in straight double quotes,
 * a list, and internal and external links. Every draw goes through the given
 * {@link Random}, so the text is fixed by the generator's seed.
 */
import {
  ACTORS,
  COMPLEMENTS,
  DESCRIPTIONS,
  HEADINGS,
  LIST_ITEMS,
  MONTHS,
  OBJECTS,
  PLACES,
  QUOTES,
  SENTENCES,
  SPEAKERS,
  TITLES,
  VERBS,
} from './lexicon.ts';
import type { Random } from './random.ts';

/** What the text of a story is about, and what it may link to. */
export interface StoryContext {
  random: Random;
  /** The story's topics, main topic first. */
  topics: ReadonlyArray<{ slug: string; name: string; subjects: readonly string[] }>;
  /** Earlier stories the body may link to ("Lire aussi"). */
  earlier: ReadonlyArray<{ slug: string; title: string }>;
  /** Publication day `YYYY-MM-DD`, used in external link paths. */
  day: string;
  /** Approximate body length in words. */
  targetWords: number;
}

/** Title, standfirst and Markdown body of a story. */
export interface StoryText {
  title: string;
  description: string;
  body: string;
}

const NUMBERS = ['12', '35', '48', '150', '320', '1250', '2400', '15000', '600'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Replaces `{slot}` markers; unknown slots are a bug in the lexicon, so they throw. */
function fill(template: string, ctx: StoryContext): string {
  const { random } = ctx;
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'place':
        return random.pick(PLACES);
      case 'subject':
        return pickSubject(ctx);
      case 'Subject':
        return capitalise(pickSubject(ctx));
      case 'Topic':
        return ctx.topics[0]!.name;
      case 'number':
        return random.pick(NUMBERS);
      case 'ordinal':
        return `${random.int(2, 9)}e`;
      case 'hours':
        return String(random.int(3, 11));
      case 'day':
        return random.chance(0.2) ? '1er' : String(random.int(2, 28));
      case 'month':
        return random.pick(MONTHS);
      case 'quote':
        return random.pick(QUOTES);
      default:
        throw new Error(`unknown slot {${slot}} in "${template}"`);
    }
  });
}

// The main topic is talked about most, as in real copy.
function pickSubject(ctx: StoryContext): string {
  const topic = ctx.random.chance(0.6) ? ctx.topics[0]! : ctx.random.pick(ctx.topics);
  return ctx.random.pick(topic.subjects);
}

// Only a leading article is lower-cased mid-sentence: "Europol" stays a name.
function lowerArticle(text: string): string {
  return text.replace(/^(Le|La|Les|L'|Un|Une) /, (article) => article.toLowerCase()).replace(/^L'/, "l'");
}

function makeStatement(ctx: StoryContext): string {
  const { random } = ctx;
  const actor = random.pick(ACTORS);
  const verb = random.pick(VERBS)[actor.plural ? 1 : 0];
  const complement = fill(random.pick(COMPLEMENTS), ctx);
  return random.chance(0.5)
    ? `${actor.text} ${verb} ${random.pick(OBJECTS)} ${complement}.`
    : `${capitalise(complement)}, ${lowerArticle(actor.text)} ${verb} ${fill('{subject}', ctx)}.`;
}

function makeSentence(ctx: StoryContext): string {
  const { random } = ctx;
  const roll = random.next();
  let sentence = roll < 0.5 ? makeStatement(ctx) : fill(random.pick(SENTENCES), ctx);
  // Some emphasis, as editors use it: a short phrase in italics.
  if (random.chance(0.05)) sentence = sentence.replace(/, ([^,.;:?!]{8,40})([.;:?!])$/, ', *$1*$2');
  return sentence;
}

function makeParagraph(ctx: StoryContext, sentences: number): string {
  return Array.from({ length: sentences }, () => makeSentence(ctx)).join(' ');
}

function makeQuote(ctx: StoryContext): string {
  const { random } = ctx;
  const quote = random.pick(QUOTES);
  const speaker = random.pick(SPEAKERS);
  if (random.chance(0.3)) return `> "${quote}."\n>\n> — ${capitalise(speaker)}, à ${random.pick(PLACES)}`;
  return random.chance(0.5)
    ? `"${quote}", a déclaré ${speaker} ${fill(random.pick(COMPLEMENTS), ctx)}. ${makeSentence(ctx)}`
    : `${capitalise(speaker)} l'a dit sans détour : "${quote}". ${makeSentence(ctx)}`;
}

function makeList(ctx: StoryContext): string {
  const { random } = ctx;
  const items = random.sample(LIST_ITEMS, random.int(3, 5)).map((item) => fill(item, ctx));
  const ordered = random.chance(0.3);
  const intro = ordered ? 'Le plan prévoit, dans cet ordre :' : 'Parmi les mesures annoncées :';
  return `${intro}\n\n${items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${capitalise(item)}${i === items.length - 1 ? '.' : ' ;'}`).join('\n')}`;
}

function makeExternalLink(ctx: StoryContext): string {
  const { random } = ctx;
  const [label, host, path] = random.pick([
    ['le communiqué du parquet fédéral', 'www.parquet-federal.example', 'communiques'],
    ["le rapport de l'OCAM", 'www.ocam.example', 'rapports'],
    ['la réponse du ministre au Parlement', 'www.lachambre.example', 'questions'],
    ['les chiffres publiés par Europol', 'www.europol.example', 'publications'],
    ['le compte rendu de la séance', 'www.senat.example', 'comptes-rendus'],
  ] as const);
  return `Selon [${label}](https://${host}/${path}/${ctx.day}), ${makeSentence(ctx).replace(/^./, (c) => c.toLowerCase())}`;
}

function makeTopicLink(ctx: StoryContext): string {
  const topic = ctx.random.pick(ctx.topics);
  return `Retrouvez tous nos articles sur le sujet dans notre dossier [${topic.name}](/sujets/${topic.slug}/).`;
}

function makeReadAlso(ctx: StoryContext): string | undefined {
  if (ctx.earlier.length === 0) return undefined;
  const story = ctx.random.pick(ctx.earlier);
  return `**Lire aussi :** [${story.title}](/articles/${story.slug}/)`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Generates the title, standfirst and body of one story (see the module comment). */
export function generateStoryText(ctx: StoryContext): StoryText {
  const { random } = ctx;
  const title = capitalise(fill(random.pick(TITLES), ctx));
  const description = fill(random.pick(DESCRIPTIONS), ctx);

  const blocks: string[] = [makeParagraph(ctx, random.int(2, 3))];
  let words = countWords(blocks[0]!);
  const add = (block: string | undefined) => {
    if (block === undefined) return;
    blocks.push(block);
    words += countWords(block);
  };
  // Each special block appears once, in random order, between ordinary paragraphs;
  // those left when the story is long enough close it.
  const specials: Array<() => string | undefined> = random.sample(
    [
      () => makeQuote(ctx),
      () => makeList(ctx),
      () => makeExternalLink(ctx),
      () => makeTopicLink(ctx),
      () => makeReadAlso(ctx),
    ],
    5,
  );
  const headings = random.sample(HEADINGS, 4);
  let section = 0;
  // Stop half a paragraph early: the last paragraph overshoots by about that much.
  while (words + 35 < ctx.targetWords) {
    if (section < headings.length && (section === 0 || random.chance(0.4))) {
      add(`## ${fill(headings[section]!, ctx)}`);
      section++;
    }
    add(makeParagraph(ctx, random.int(3, 5)));
    if (specials.length > 0 && random.chance(0.6)) add(specials.shift()!());
  }
  for (const special of specials) add(special());
  return { title, description, body: `${blocks.join('\n\n')}\n` };
}
