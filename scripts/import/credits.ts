/**
 * Credits of an imported article: read from `--credit "Name=Role"` options, or detected in the
 * closing sentence of the standfirst ("Martin Vachiery et Steve Damman y ont assisté pour le
 * RTLINFO 19H." → two credits with the role "Reportage RTLINFO 19H").
 */
import { ImportError } from './errors.ts';

/** A credited person or desk, as in the article schema. */
export interface Credit {
  name: string;
  role: string;
}

/** Role given to the source when no person is credited. */
export const SOURCE_CREDIT_ROLE = 'Rédaction';

// Each pattern reads a whole sentence naming the reporters and the programme they worked for.
const CREDIT_SENTENCES: readonly RegExp[] = [
  /^(?<names>.+?) (?:y )?(?:ont|a) assisté pour (?:le |la |les |l['’])?(?<programme>[^.!?]+?)[.!]?$/u,
  /^(?:Un )?[Rr]eportage (?:de |d['’])(?<names>.+?) pour (?:le |la |les |l['’])?(?<programme>[^.!?]+?)[.!]?$/u,
  /^(?<names>.+?) (?:était|étaient|est|sont) sur place pour (?:le |la |les |l['’])?(?<programme>[^.!?]+?)[.!]?$/u,
];
// A name: two to five words, each capitalised or a particle ("Steve Damman", "Anne de la Croix").
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'el', 'ben']);
// Sentence ends: after . ! ? … and whitespace, before a capital or an opening quote.
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[\p{Lu}"«“])/u;

/**
 * Credits named by the closing sentence of the standfirst, one per reporter, with the role
 * "Reportage <programme>". Returns `[]` when the standfirst does not end with such a sentence.
 */
export function detectCredits(standfirst: string): Credit[] {
  const last = standfirst.trim().split(SENTENCE_BREAK).at(-1) ?? '';
  for (const pattern of CREDIT_SENTENCES) {
    const groups = pattern.exec(last)?.groups;
    if (!groups) continue;
    const names = groups.names!.split(/, | et /u).map((name) => name.trim());
    if (names.length === 0 || !names.every(isPersonName)) continue;
    const role = `Reportage ${groups.programme!.trim()}`;
    return names.map((name) => ({ name, role }));
  }
  return [];
}

/** True when `text` reads as a person's name: 2–5 words, each capitalised or a particle, the first capitalised. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || !NAME_WORD.test(words[0]!)) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word) || /^d['’]\p{Lu}/u.test(word));
}

/** Parses one `--credit` value, `"Name=Role"` (split at the first `=`, both parts required). */
export function parseCreditOption(value: string): Credit {
  const separator = value.indexOf('=');
  const name = separator < 0 ? '' : value.slice(0, separator).trim();
  const role = separator < 0 ? '' : value.slice(separator + 1).trim();
  if (!name || !role) {
    throw new ImportError(`--credit "${value}" is not of the form "Name=Role"`, {
      hint: 'Write e.g. --credit "Martin Vachiery=Reportage RTLINFO 19H"',
    });
  }
  return { name, role };
}

/**
 * Chooses the credits: explicit ones, else those detected in the standfirst, else the source
 * credited as "Rédaction". Throws {@link ImportError} when none of these exists.
 */
export function resolveCredits(
  explicit: readonly Credit[],
  standfirst: string,
  sourceName: string | undefined,
): Credit[] {
  if (explicit.length > 0) return [...explicit];
  const detected = detectCredits(standfirst);
  if (detected.length > 0) return detected;
  if (sourceName) return [{ name: sourceName, role: SOURCE_CREDIT_ROLE }];
  throw new ImportError('no credit found: the standfirst names no reporter and no --source-name was given', {
    hint: 'Pass --credit "Name=Role" (repeatable) or --source-name',
  });
}
