import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFrenchTypography,
  applyFrenchTypographyToSegments,
  BREAK_SEGMENT,
  isUrlLike,
  normalizeTypographyForComparison,
  OPAQUE_SEGMENT,
} from './typography.ts';

const S = '\u00A0'; // no-break space
const F = '\u202F'; // narrow no-break space

const HEADLINE =
  '"On a fait un grand pas en avant depuis les attentats de Paris": voici comment la Belgique et la France coopèrent aujourd\'hui contre le terrorisme';

describe('applyFrenchTypography', () => {
  it.each([
    [
      'the seed headline',
      HEADLINE,
      `«${S}On a fait un grand pas en avant depuis les attentats de Paris${S}»${S}: voici comment la Belgique et la France coopèrent aujourd'hui contre le terrorisme`,
    ],
    [
      'seed: colon without space',
      'Un objectif commun: renforcer encore la coopération entre les deux pays.',
      `Un objectif commun${S}: renforcer encore la coopération entre les deux pays.`,
    ],
    [
      'seed: quote inside a sentence',
      'a "permis de regagner du terrain" dans la lutte',
      `a «${S}permis de regagner du terrain${S}» dans la lutte`,
    ],
    [
      'seed: quote then comma, curly apostrophes kept',
      '"Nous avons vocation à protéger nos frontières ensemble, j’ai d’ailleurs confirmé", a déclaré',
      `«${S}Nous avons vocation à protéger nos frontières ensemble, j’ai d’ailleurs confirmé${S}», a déclaré`,
    ],
    [
      'seed: typo and ellipsis kept',
      '"Si on avait transmis les informations plus vite, il aurait été possible de le rattrapé plus vite. (...) et on a fait un grand pas", estime Jan Jambon.',
      `«${S}Si on avait transmis les informations plus vite, il aurait été possible de le rattrapé plus vite. (...) et on a fait un grand pas${S}», estime Jan Jambon.`,
    ],
    [
      'seed: quote after "de"',
      'fut l\'occasion de "constater la parfaite collaboration entre nos deux pays", a estimé',
      `fut l'occasion de «${S}constater la parfaite collaboration entre nos deux pays${S}», a estimé`,
    ],
    ['space before colon replaced', 'Bilan : 32 morts', `Bilan${S}: 32 morts`],
    ['several spaces before colon become one', 'Bilan   : 32 morts', `Bilan${S}: 32 morts`],
    ['narrow space before colon becomes a no-break space', `Bilan${F}: 32 morts`, `Bilan${S}: 32 morts`],
    ['colon at the end of the text', 'Voici la liste:', `Voici la liste${S}:`],
    ['semicolon added', 'Paris; Bruxelles', `Paris${F}; Bruxelles`],
    ['semicolon: space replaced', 'Paris ; Bruxelles', `Paris${F}; Bruxelles`],
    ['exclamation mark added', 'Enfin!', `Enfin${F}!`],
    ['no-break space before ! becomes narrow', `Enfin${S}!`, `Enfin${F}!`],
    ['question mark added', 'Pourquoi?', `Pourquoi${F}?`],
    ['?! is one unit', 'Vraiment?!', `Vraiment${F}?!`],
    ['!? with a space before is one unit', 'Vraiment !?', `Vraiment${F}!?`],
    ['!!! is one unit', 'Non!!!', `Non${F}!!!`],
    ['"? !" gets two narrow spaces', 'Quoi ? !', `Quoi${F}?${F}!`],
    ['question after an ellipsis', 'Vraiment...?', `Vraiment...${F}?`],
    ['time is never spaced', 'Rendez-vous à 12:30 et à 19:00.', 'Rendez-vous à 12:30 et à 19:00.'],
    ['time then colon', 'À 19:00: le RTLINFO 19H', `À 19:00${S}: le RTLINFO 19H`],
    [
      'URL with query and fragment',
      'Voir https://www.rtl.be/info?x=1;y=2#a:b ici',
      'Voir https://www.rtl.be/info?x=1;y=2#a:b ici',
    ],
    ['URL then sentence punctuation', 'Lu sur https://www.rtl.be/info ?', `Lu sur https://www.rtl.be/info${F}?`],
    ['URL glued to a question mark', 'Lu sur https://x.be/a?', `Lu sur https://x.be/a${F}?`],
    [
      'punctuation inside a URL',
      'Voir https://example.org/archive;-2016/?.html ici',
      'Voir https://example.org/archive;-2016/?.html ici',
    ],
    ['URL in parentheses', '(voir https://x.be/a:b)', '(voir https://x.be/a:b)'],
    ['www host', 'Voir www.rtl.be/info?id=1!', `Voir www.rtl.be/info?id=1${F}!`],
    ['mailto', 'Écrire à mailto:redaction@vigie.be; merci', `Écrire à mailto:redaction@vigie.be${F}; merci`],
    ['quote inside a URL', 'https://x.be/?q="a" fin', 'https://x.be/?q="a" fin'],
    ['colon at the very start', ': début', ': début'],
    ['spaces then colon at the start', '  : début', '  : début'],
    ['colon at the start of a line', 'Titre\n: suite', 'Titre\n: suite'],
    ['question mark after an opening parenthesis', 'Il serait (?) parti', 'Il serait (?) parti'],
    ['glued colon left alone', 'Re:Bonjour et a;b', 'Re:Bonjour et a;b'],
    ['spaces inside quotes replaced', 'Il a dit " bonjour " hier', `Il a dit «${S}bonjour${S}» hier`],
    ['narrow spaces inside quotes replaced', `"${F}bonjour${F}"`, `«${S}bonjour${S}»`],
    ['quote after an opening parenthesis', '("bonjour")', `(«${S}bonjour${S}»)`],
    ['quote after an em dash', 'Il hésite —"non" dit-il', `Il hésite —«${S}non${S}» dit-il`],
    ['quote after a colon', 'Il a dit:"Bonjour"', `Il a dit${S}:«${S}Bonjour${S}»`],
    ['quote after an elided article', 'l\'"État"', `l'«${S}État${S}»`],
    ['question inside quotes', '"Pourquoi?"', `«${S}Pourquoi${F}?${S}»`],
    ['exclamation before a closing guillemet', '"Non !" a-t-il crié', `«${S}Non${F}!${S}» a-t-il crié`],
    ['two quotations', '"a" et "b"', `«${S}a${S}» et «${S}b${S}»`],
    ['nested straight quotes', '"a "b" c"', `«${S}a «${S}b${S}» c${S}»`],
    ['glued closing quote', '"foo"bar', `«${S}foo${S}»bar`],
    ['empty quotes', '""', `«${S}»`],
    ['straight quotes glued inside guillemets', '«"oui"»', `«${S}«${S}oui${S}»${S}»`],
    ['quote at a line start', 'Il a dit\n"oui"', `Il a dit\n«${S}oui${S}»`],
    ['unbalanced opening quote left as is', 'Il a dit "bonjour', 'Il a dit "bonjour'],
    ['unbalanced closing quote left as is', 'bonjour" a-t-il dit', 'bonjour" a-t-il dit'],
    ['extra opening quote left, last pair converted', '"a "b"', `"a «${S}b${S}»`],
    [
      'existing guillemets get no-break spaces',
      '«Déjà» et « non » et «\tbof\t»',
      `«${S}Déjà${S}» et «${S}non${S}» et «${S}bof${S}»`,
    ],
    ['existing guillemets with narrow spaces', `«${F}oui${F}»`, `«${S}oui${S}»`],
    ['lone guillemet at the end', 'Il a dit «', 'Il a dit «'],
    ['guillemet at a line end keeps the line', 'Il a dit «\nsuite', 'Il a dit «\nsuite'],
    ['curly quotes left as they are', 'Il a dit “bonjour”', 'Il a dit “bonjour”'],
    ['apostrophes untouched', "aujourd'hui, l’après-attentats", "aujourd'hui, l’après-attentats"],
    ['dashes and ellipsis untouched', 'Paris -- Bruxelles --- et (...) ...', 'Paris -- Bruxelles --- et (...) ...'],
    [
      'already typographed text unchanged',
      `«${S}On a fait un grand pas${S}»${S}: voici${F}! Quoi${F}?`,
      `«${S}On a fait un grand pas${S}»${S}: voici${F}! Quoi${F}?`,
    ],
    ['empty string', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(applyFrenchTypography(input)).toBe(expected);
  });
});

describe('applyFrenchTypographyToSegments', () => {
  it.each([
    ['quotes across emphasis', ['"Les ', 'services', ' se parlent"'], [`«${S}Les `, 'services', ` se parlent${S}»`]],
    ['space before a colon moves to the colon segment', ['Paris ', ': voici'], ['Paris', `${S}: voici`]],
    ['added space goes before the mark', ['Paris', '!'], ['Paris', `${F}!`]],
    ['space inside a quote stays with the guillemet', ['" ', 'Paris', ' "'], [`«${S}`, 'Paris', `${S}»`]],
    ['colon after inline code', ['Voir ', OPAQUE_SEGMENT, ': suite'], ['Voir ', OPAQUE_SEGMENT, `${S}: suite`]],
    ['quotes around inline code', ['"', OPAQUE_SEGMENT, '"'], [`«${S}`, OPAQUE_SEGMENT, `${S}»`]],
    ['line break before a punctuation mark', ['Titre', BREAK_SEGMENT, '? suite'], ['Titre', BREAK_SEGMENT, '? suite']],
    ['quote after a line break opens', ['dit', BREAK_SEGMENT, '"oui"'], ['dit', BREAK_SEGMENT, `«${S}oui${S}»`]],
    ['empty segments kept', ['', 'Quoi?', ''], ['', `Quoi${F}?`, '']],
    ['no segment', [], []],
  ])('%s', (_name, segments, expected) => {
    expect(applyFrenchTypographyToSegments(segments)).toEqual(expected);
  });
});

describe('normalizeTypographyForComparison', () => {
  it.each([
    ['guillemets and their spaces', `«${S}Paris${S}»${S}: voici`, '"Paris": voici'],
    ['straight quotes with spaces', 'a " b " c', 'a"b"c'],
    ['curly quotes', '“oui”', '"oui"'],
    ['spaces before high punctuation', `Quoi${F}?! Non ; oui${S}!`, 'Quoi?! Non; oui!'],
    ['no-break spaces elsewhere', `19${S}h et 1${F}000`, '19 h et 1 000'],
    ['letters and apostrophes untouched', "l'État d’urgence", "l'État d’urgence"],
  ])('%s', (_name, input, expected) => {
    expect(normalizeTypographyForComparison(input)).toBe(expected);
  });
});

describe('isUrlLike', () => {
  it.each([
    ['https://www.rtl.be/info?x=1', true],
    ['  http://x.be  ', true],
    ['www.rtl.be', true],
    ['mailto:redaction@vigie.be', true],
    ['redaction@vigie.be', true],
    ['Voir https://x.be', false],
    ['https://x.be et plus', false],
    ['RTLINFO', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isUrlLike(text)).toBe(expected);
  });

  it('leaves no state behind that changes the next typesetting', () => {
    const text = 'voir https://x.be/?a;-b ici';
    expect(isUrlLike('https://x.be/?a')).toBe(true);
    expect(applyFrenchTypography(text)).toBe(text);
  });
});

// Strings made mostly of the characters the rules look at, so that fast-check
// explores quotes, spaces and punctuation next to each other.
const typographicChar = fc.constantFrom(
  'a',
  'É',
  '1',
  '2',
  ' ',
  ' ',
  '"',
  '"',
  ':',
  ';',
  '!',
  '?',
  '«',
  '»',
  S,
  F,
  '\n',
  '\t',
  '(',
  ')',
  "'",
  '’',
  '.',
  '/',
  '—',
  '“',
  '”',
  OPAQUE_SEGMENT,
  'h',
  't',
  'p',
  's',
  'w',
);
const typographicText = fc.oneof(
  fc.array(typographicChar, { maxLength: 40 }).map((chars) => chars.join('')),
  fc
    .array(
      fc.constantFrom('https://x.be/?a=1;b', 'www.x.be', 'mailto:a@b.be', '12:30', 'Paris', ' ', '"', ': ', '?!'),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
);
const typographicSegments = fc.array(typographicText, { maxLength: 6 });

describe('properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(typographicText, (text) => {
        const once = applyFrenchTypography(text);
        expect(applyFrenchTypography(once)).toBe(once);
      }),
      { numRuns: 20000 },
    );
  });

  it('only changes what the comparison normalisation forgets', () => {
    fc.assert(
      fc.property(typographicText, (text) => {
        expect(normalizeTypographyForComparison(applyFrenchTypography(text))).toBe(
          normalizeTypographyForComparison(text),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('never changes letters, digits or apostrophes', () => {
    const keep = (text: string) => text.replace(/[^\p{L}\p{N}'’]/gu, '');
    fc.assert(
      fc.property(typographicText, (text) => {
        expect(keep(applyFrenchTypography(text))).toBe(keep(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('treats segments as one text and keeps their number', () => {
    fc.assert(
      fc.property(typographicSegments, (segments) => {
        const result = applyFrenchTypographyToSegments(segments);
        expect(result).toHaveLength(segments.length);
        expect(result.join('')).toBe(applyFrenchTypography(segments.join('')));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns placeholder segments unchanged', () => {
    fc.assert(
      fc.property(
        typographicSegments,
        fc.constantFrom(OPAQUE_SEGMENT, BREAK_SEGMENT),
        fc.nat(),
        (segments, placeholder, at) => {
          const index = segments.length === 0 ? 0 : at % (segments.length + 1);
          const withPlaceholder = [...segments.slice(0, index), placeholder, ...segments.slice(index)];
          expect(applyFrenchTypographyToSegments(withPlaceholder)[index]).toBe(placeholder);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
