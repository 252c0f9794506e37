import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { CHROME_LINES, isBlankLine, isChromeLine, isSubheadLike, parseTextCapture } from './parse-capture.ts';
import { SEED_CAPTURE_PATH } from './test-fixtures.ts';

const NBSP = '\u00a0';
const seed = readFileSync(SEED_CAPTURE_PATH, 'utf8');

describe('parseTextCapture on the seed', () => {
  const capture = parseTextCapture(seed);

  it('reads the headline with its straight-quoted quotation, chrome dropped', () => {
    expect(capture.headline).toBe(
      `"On a fait un grand pas en avant depuis les attentats de Paris": voici comment la Belgique et la France coopèrent aujourd'hui contre le terrorisme`,
    );
  });

  it('reads the standfirst, ending with the TV credit sentence', () => {
    expect(capture.standfirst).toMatch(/^Le terrorisme et la gestion de l'après-attentats/);
    expect(capture.standfirst).toMatch(/Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H\.$/);
  });

  it('finds the four subheads in order', () => {
    expect(capture.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)).toEqual([
      '"Les services de renseignements se parlent tous les jours"',
      '"On a fait un grand pas en avant depuis les attentats de Paris"',
      'Une meilleure coopération',
      'Un officier de liaison',
    ]);
  });

  it('splits the hard-break pair into two paragraphs, dropping the trailing spaces', () => {
    const [first, second] = capture.blocks;
    expect(first).toEqual({
      type: 'paragraph',
      text: `La coopération entre la France et la Belgique a "permis de regagner du terrain" dans la lutte contre le terrorisme, malgré les attentats qui ont touché les deux pays, a estimé vendredi le ministre belge de l'Intérieur à l'issue de sa première rencontre avec son homologue français.`,
    });
    expect(second?.type).toBe('paragraph');
    expect(second?.text).toMatch(/^"L'année 2016/);
  });

  it('keeps the text byte-identical: typo, curly apostrophe and inner no-break spaces', () => {
    const body = capture.blocks.map((b) => b.text).join('\n');
    expect(body).toContain('de le rattrapé plus vite');
    expect(body).toContain('j’ai d’ailleurs');
    expect(body).toContain(`Bruno Le Roux${NBSP}au micro de RTLINFO.`);
    expect(body).toContain(`capitale belge.${NBSP}Paris et Bruxelles`);
  });

  it('has seven paragraphs and no page chrome', () => {
    expect(capture.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(7);
    const all = [capture.headline, capture.standfirst, ...capture.blocks.map((b) => b.text)].join('\n');
    expect(all).not.toContain('En ce moment');
    expect(all).not.toContain('Vos commentaires');
  });
});

describe('parseTextCapture on hand-made captures', () => {
  const cases: { name: string; input: string; expected: ReturnType<typeof parseTextCapture> }[] = [
    {
      name: 'minimal: headline and standfirst',
      input: 'Titre\n\nChapeau.',
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [] },
    },
    {
      name: 'chrome lines at both ends, with comment count and blank residue',
      input: `En ce moment\n${NBSP}\n\nTitre\n\nChapeau.\n\nTexte.\n\n${NBSP}\nPartager\nVos commentaires (12)`,
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'chrome words inside the article are kept',
      input: 'Titre\n\nChapeau.\n\nEn ce moment\n\nFin.',
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'paragraph', text: 'En ce moment' },
          { type: 'paragraph', text: 'Fin.' },
        ],
      },
    },
    {
      name: 'no-break-space lines count as blank lines before a subhead',
      input: `Titre\n\nChapeau.\n\nUn.\n${NBSP}\n ${NBSP} \nSous-titre\n\nDeux.`,
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'paragraph', text: 'Un.' },
          { type: 'subhead', text: 'Sous-titre' },
          { type: 'paragraph', text: 'Deux.' },
        ],
      },
    },
    {
      name: 'one blank line: a short line without punctuation stays a paragraph',
      input: 'Titre\n\nChapeau.\n\nUn.\n\nPresque un sous-titre\n\nDeux.',
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'paragraph', text: 'Un.' },
          { type: 'paragraph', text: 'Presque un sous-titre' },
          { type: 'paragraph', text: 'Deux.' },
        ],
      },
    },
    {
      name: 'two blank lines before a sentence: a paragraph, not a subhead',
      input: 'Titre\n\nChapeau.\n\n\nUne phrase complète.\n\n\n"Une citation."',
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'paragraph', text: 'Une phrase complète.' },
          { type: 'paragraph', text: '"Une citation."' },
        ],
      },
    },
    {
      name: 'hard break with two spaces, and with space + no-break space',
      input: `Titre\n\nChapeau.\n\nUn.  \nDeux. ${NBSP}\nTrois.`,
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'paragraph', text: 'Un.' },
          { type: 'paragraph', text: 'Deux.' },
          { type: 'paragraph', text: 'Trois.' },
        ],
      },
    },
    {
      name: 'single newline without trailing spaces: a soft break kept inside the paragraph',
      input: 'Titre\n\nChapeau.\n\nUn,\nsuite. \nFin.',
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [{ type: 'paragraph', text: 'Un,\nsuite.\nFin.' }],
      },
    },
    {
      name: 'headline directly followed by the standfirst',
      input: 'Titre\nChapeau.\n\nTexte.',
      expected: { headline: 'Titre', standfirst: 'Chapeau.', blocks: [{ type: 'paragraph', text: 'Texte.' }] },
    },
    {
      name: 'CRLF and CR line ends, BOM',
      input: '\uFEFFTitre\r\n\r\nChapeau.\r\n\r\n\r\nSous-titre\r\rTexte.',
      expected: {
        headline: 'Titre',
        standfirst: 'Chapeau.',
        blocks: [
          { type: 'subhead', text: 'Sous-titre' },
          { type: 'paragraph', text: 'Texte.' },
        ],
      },
    },
    {
      name: 'Markdown-looking text kept as is',
      input: 'Titre *gras*\n\n# Chapeau_\n\n- [lien](x) & <b>',
      expected: {
        headline: 'Titre *gras*',
        standfirst: '# Chapeau_',
        blocks: [{ type: 'paragraph', text: '- [lien](x) & <b>' }],
      },
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(parseTextCapture(input)).toEqual(expected);
  });
});

describe('parseTextCapture refusals', () => {
  const cases = [
    {
      name: 'only chrome and blank lines',
      input: `En ce moment\n${NBSP}\n\nVos commentaires`,
      message: /no headline found/,
    },
    {
      name: 'first line without a letter',
      input: '12345 --- 678\n\nChapeau.',
      message: /no recognisable headline.*holds no letter/,
    },
    {
      name: 'first line too long to be a headline',
      input: `${'Une très longue phrase. '.repeat(20)}\n\nChapeau.`,
      message: /no recognisable headline.*479 characters long \(a headline has at most 200\)/,
    },
    {
      name: 'headline without standfirst',
      input: 'Titre seul\n\n\nVos commentaires',
      message: /no standfirst found after the headline "Titre seul"/,
    },
  ];
  it.each(cases)('$name', ({ input, message }) => {
    expect(() => parseTextCapture(input)).toThrow(ImportError);
    expect(() => parseTextCapture(input)).toThrow(message);
  });
});

describe('line classifiers', () => {
  it.each([
    ['En ce moment', true],
    ['  vos commentaires : ', true],
    ['Vos commentaires (3)', true],
    ['Commentaires 12', true],
    ...CHROME_LINES.map((line) => [line, true] as [string, boolean]),
    ['En ce moment à Bruxelles', false],
    ['Le terrorisme', false],
  ])('isChromeLine(%j) is %s', (line, expected) => {
    expect(isChromeLine(line)).toBe(expected);
  });

  it.each([
    ['', true],
    [`${NBSP}`, true],
    [` \t${NBSP}\u202f `, true],
    ['.', false],
  ])('isBlankLine(%j) is %s', (line, expected) => {
    expect(isBlankLine(line)).toBe(expected);
  });

  it.each([
    ['Une meilleure coopération', true],
    ['"Les services de renseignements se parlent tous les jours"', true],
    ['"Une phrase."', false],
    ['Une question ?', false],
    ['Fin de phrase:', false],
    ['2017', false],
    ['x'.repeat(121), false],
    ['x'.repeat(120), true],
  ])('isSubheadLike(%j) is %s', (line, expected) => {
    expect(isSubheadLike(line)).toBe(expected);
  });
});

describe('parseTextCapture on random input', () => {
  const onlyImportErrors = (input: string) => {
    try {
      const capture = parseTextCapture(input);
      expect(capture.headline.trim()).toBe(capture.headline);
      expect(capture.headline).not.toBe('');
      expect(capture.standfirst).not.toBe('');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
    }
  };

  it('throws nothing but ImportError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), onlyImportErrors), { numRuns: 500 });
  });

  it('throws nothing but ImportError on capture-like lines, and never loses a word', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        NBSP,
        ' ',
        `${NBSP} `,
        'En ce moment',
        'Vos commentaires',
        'Un sous-titre',
        '"Une citation"',
        'Phrase.  ',
        `Phrase. ${NBSP}`,
      ),
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'é', ' ', '.', '"', '\u00a0', '*', '#', '-', '\t'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const input = lines.join(eol);
        onlyImportErrors(input);
        try {
          const capture = parseTextCapture(input);
          const output = [capture.headline, capture.standfirst, ...capture.blocks.map((b) => b.text)].join(' ');
          // Every non-chrome line's text reaches the output.
          for (const l of lines) if (!isBlankLine(l) && !isChromeLine(l)) expect(output).toContain(l.trim());
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
