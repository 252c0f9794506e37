/**
 * French text → index terms, for matching (related stories, search-like scoring).
 *
 * Pipeline for one word: lower-case → strip an elided article or pronoun (l', d', qu', jusqu'…)
 * → drop stop words (the Snowball French list shipped by `stopword`, plus a few function words
 * it lacks) → fold ligatures (œ → oe) → Snowball French stem (`@nlpjs/lang-fr`) → fold accents.
 * So "la coopération", "les coopérations" and "coopérer" all give the term `cooper`.
 *
 * Stemming runs before accent folding because the Snowball rules read accents
 * ("sécurité" → `secur`; its folded spelling "securite" would stem to `securit`).
 */
import { StemmerFr } from '@nlpjs/lang-fr';
import { fra } from 'stopword';

/** Elided articles and pronouns that precede a word with an apostrophe (`l'État`, `qu'il`). */
export const ELISIONS: readonly string[] = [
  'c',
  'd',
  'j',
  'l',
  'm',
  'n',
  's',
  't',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
];

// Function words missing from the Snowball list; frequent in news prose, they would otherwise
// create matches between unrelated stories in a small corpus where their idf is not yet low.
const EXTRA_STOP_WORDS = [
  'ainsi',
  'alors',
  'après',
  "aujourd'hui",
  'aussi',
  'autre',
  'autres',
  'avant',
  'beaucoup',
  'bien',
  'car',
  'chez',
  'comme',
  'contre',
  'déjà',
  'depuis',
  'deux',
  'donc',
  'dont',
  'encore',
  'entre',
  'lors',
  'moins',
  'notamment',
  'peu',
  'plus',
  'pourtant',
  'puis',
  'quand',
  'selon',
  'si',
  'sous',
  'tandis',
  'toujours',
  'tous',
  'tout',
  'toute',
  'toutes',
  'très',
  'trop',
  'vers',
  'via',
];

// Letters that NFD does not decompose into base + combining mark.
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

const ELISION_PATTERN = new RegExp(`^(?:${ELISIONS.join('|')})'`);
const LIGATURE_PATTERN = /[œæßøłđ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Folds diacritics and ligatures of lower-case text: `"coopération œuvre"` → `"cooperation oeuvre"`. */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return foldLigatures(text).normalize('NFD').replace(COMBINING_MARKS, '');
}

function foldLigatures(text: string): string {
  return text.replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c);
}

const STOP_WORDS: ReadonlySet<string> = new Set(
  [...fra, ...EXTRA_STOP_WORDS].flatMap((word) => {
    const lower = word.toLowerCase();
    // Words are looked up after their apostrophes are dropped (see toTerm), so list them that way too.
    return [lower, foldAccents(lower)].map((form) => form.replace(/'/g, ''));
  }),
);

/** True when the lower-case `word` (with or without accents) is a French stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The stemming function used by a vocabulary: lower-case accented word in, stem out. */
export type Stem = (word: string) => string;

/** Creates a Snowball French stemmer with its own cache (one per index build, so nothing leaks between builds). */
export function createStemmer(): Stem {
  const stemmer = new StemmerFr();
  return (word) => stemmer.stemWord(word);
}

// Shared by `toTerm` and `tokenize` callers that bring no stemmer; its cache grows with the distinct
// words seen, which is bounded for a site's vocabulary. `Vocabulary` uses a stemmer of its own.
const defaultStem: Stem = createStemmer();

/**
 * Turns one word (as split by {@link tokenize}; any case; `'` or `’`) into its index term,
 * or `null` for a stop word or a single character.
 */
export function toTerm(word: string, stem: Stem = defaultStem): string | null {
  let lower = word.toLowerCase().replace(/’/g, "'");
  let rest = lower.replace(ELISION_PATTERN, '');
  while (rest !== lower) {
    lower = rest;
    rest = lower.replace(ELISION_PATTERN, '');
  }
  // A word that keeps an apostrophe after elision is a lexical compound ("aujourd'hui", "prud'homme").
  const bare = rest.replace(/'/g, '');
  if (bare.length < 2 || STOP_WORDS.has(bare)) return null;
  const term = foldAccents(stem(foldLigatures(bare)));
  return term.length < 2 ? null : term;
}

// Character classes below U+0100, looked up instead of tested: the scan runs once per character of the corpus.
const WORD_CHAR_LATIN1 = Uint8Array.from({ length: 0x100 }, (_, code) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)
    ? 1
    : 0,
);
const WORD_CHAR_BEYOND_LATIN1 = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x100) return WORD_CHAR_LATIN1[code] === 1;
  return WORD_CHAR_BEYOND_LATIN1.test(String.fromCharCode(code));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * Calls `visit(start, end, hash)` for each word of `text` in order, where `text.slice(start, end)`
 * is the word and `hash` a 32-bit hash of its code units. A word is a run of letters and digits,
 * joined by an apostrophe between two letters (`l'attentat` is one word until {@link toTerm}
 * splits the elision); hyphens and all other characters separate words (`franco-belge` → 2 words).
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5;
    for (;;) {
      hash = Math.imul(hash ^ code, 0x01000193);
      if (++i >= length) break;
      code = text.charCodeAt(i);
      if (!isWordChar(code) && !(isApostrophe(code) && i + 1 < length && isWordChar(text.charCodeAt(i + 1)))) break;
    }
    visit(start, i, hash);
  }
}

/** Calls `visit` with each word of `text` in order, as split by {@link forEachWordSpan}. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}

/** Index terms of `text`, in reading order, repeats kept: `"L'attentat et les attentats"` → `["attentat", "attentat"]`. */
export function tokenize(text: string, stem: Stem = defaultStem): string[] {
  const terms: string[] = [];
  forEachWord(text, (word) => {
    const term = toTerm(word, stem);
    if (term !== null) terms.push(term);
  });
  return terms;
}

/** Term frequencies of one text: parallel arrays of term ids and counts, ids ascending. */
export interface TermCounts {
  readonly ids: Uint32Array;
  readonly counts: Uint32Array;
  /** Number of index terms in the text (stop words excluded), i.e. the sum of `counts`. */
  readonly length: number;
}

// A plain loop: words are short, and calling `startsWith` per probe costs more than comparing.
function spanEquals(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Interns index terms as dense integer ids and counts them per text. Remembers each distinct
 * word it has seen, so a repeated word costs one hash-table probe instead of a stemmer run.
 */
export class Vocabulary {
  readonly #stem: Stem;
  readonly #idsByTerm = new Map<string, number>();
  readonly #terms: string[] = [];
  #scratch = new Uint32Array(1024);
  // Open-addressing table of the words seen: slot → entry + 1 (0 = empty). It is probed with
  // spans of the text, so a known word is recognised without slicing it into a new string.
  #slots = new Int32Array(1 << 12);
  readonly #wordHashes: number[] = [];
  readonly #words: string[] = [];
  readonly #wordTermIds: number[] = [];

  /** `stem` defaults to a fresh Snowball French stemmer owned by this vocabulary. */
  constructor(stem: Stem = createStemmer()) {
    this.#stem = stem;
  }

  /** Number of distinct terms interned so far (ids are `0 … size - 1`). */
  get size(): number {
    return this.#terms.length;
  }

  /** The term behind an id returned by {@link Vocabulary.count}. */
  termOf(id: number): string {
    const term = this.#terms[id];
    if (term === undefined) throw new RangeError(`unknown term id ${id}`);
    return term;
  }

  /** The id of `term` if it has been interned, else `undefined`. */
  idOf(term: string): number | undefined {
    return this.#idsByTerm.get(term);
  }

  /** Term frequencies of `text`, interning new terms. */
  count(text: string): TermCounts {
    const seen: number[] = [];
    let length = 0;
    // Lower-casing once here lets "Attentat" and "attentat" share one table entry.
    const lower = text.toLowerCase();
    forEachWordSpan(lower, (start, end, hash) => {
      const id = this.#termIdOfSpan(lower, start, end, hash);
      if (id < 0) return;
      length++;
      if (this.#scratch[id] === 0) seen.push(id);
      this.#scratch[id]! += 1;
    });
    seen.sort((a, b) => a - b);
    const ids = Uint32Array.from(seen);
    const counts = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      counts[i] = this.#scratch[ids[i]!]!;
      this.#scratch[ids[i]!] = 0;
    }
    return { ids, counts, length };
  }

  #termIdOfSpan(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#slots[slot]! - 1;
      if (entry < 0) break;
      const word = this.#words[entry]!;
      if (this.#wordHashes[entry] === hash && word.length === end - start && spanEquals(text, start, word))
        return this.#wordTermIds[entry]!;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const term = toTerm(word, this.#stem);
    const id = term === null ? -1 : this.#intern(term);
    this.#words.push(word);
    this.#wordHashes.push(hash);
    this.#wordTermIds.push(id);
    this.#slots[slot] = this.#words.length;
    if (this.#words.length * 2 > this.#slots.length) this.#growSlots();
    return id;
  }

  #growSlots(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    const mask = this.#slots.length - 1;
    for (let entry = 0; entry < this.#words.length; entry++) {
      let slot = this.#wordHashes[entry]! & mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = entry + 1;
    }
  }

  #intern(term: string): number {
    const known = this.#idsByTerm.get(term);
    if (known !== undefined) return known;
    const id = this.#terms.length;
    this.#terms.push(term);
    this.#idsByTerm.set(term, id);
    if (id >= this.#scratch.length) {
      const grown = new Uint32Array(this.#scratch.length * 2);
      grown.set(this.#scratch);
      this.#scratch = grown;
    }
    return id;
  }
}
