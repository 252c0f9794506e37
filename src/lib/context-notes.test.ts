import { describe, expect, it } from 'vitest';
import { placeContextNotes, toAnchorKey } from './context-notes.ts';

// Shaped like our pipeline's output: typeset quotes with no-break spaces, headings with ids.
const HTML =
  '<p>Premier paragraphe, avec «\u00A0des guillemets\u00A0» et un deux-points\u00A0: voilà.</p>\n' +
  '<h2 id="titre">Un titre</h2>\n' +
  '<p>Deuxième paragraphe sur le sommet du 1er février 2016.</p>\n' +
  '<p>Troisième paragraphe, le 22 mars.</p>';

describe('toAnchorKey', () => {
  it('ignores quotes, spacing and case, so a source phrase matches its typeset form', () => {
    expect(toAnchorKey('avec "des guillemets" et un deux-points: voilà')).toBe(
      toAnchorKey('avec «\u00A0des guillemets\u00A0» et un deux-points\u00A0: voilà'),
    );
    expect(toAnchorKey('l’Intérieur')).toBe(toAnchorKey("l'intérieur"));
  });
});

describe('placeContextNotes', () => {
  it('cuts the HTML after the paragraph holding each anchor, in reading order, without changing a byte', () => {
    const { segments, problems } = placeContextNotes(HTML, [
      { after: 'le 22 mars', note: 'C' },
      { after: 'avec "des guillemets" et un deux-points: voilà', note: 'A' },
      { after: 'sommet du 1er février 2016', note: 'B' },
    ]);
    expect(problems).toEqual([]);
    expect(segments.map((s) => s.notes)).toEqual([['A'], ['B'], ['C']]);
    expect(segments[0]!.html.endsWith('voilà.</p>')).toBe(true);
    expect(segments[1]!.html).toBe(
      '\n<h2 id="titre">Un titre</h2>\n<p>Deuxième paragraphe sur le sommet du 1er février 2016.</p>',
    );
    expect(segments.map((s) => s.html).join('')).toBe(HTML);
  });

  it('keeps the input order of two notes after one paragraph and leaves the tail as a segment', () => {
    const { segments } = placeContextNotes(HTML, [
      { after: 'Deuxième paragraphe', note: 'B1' },
      { after: '1er février', note: 'B2' },
    ]);
    expect(segments.map((s) => s.notes)).toEqual([['B1', 'B2'], []]);
    expect(segments.map((s) => s.html).join('')).toBe(HTML);
  });

  it('refuses an anchor found in no paragraph (headings do not count), naming it', () => {
    const { segments, problems } = placeContextNotes(HTML, [
      { after: 'le 22 mars', note: 'ok' },
      { after: 'Un titre', note: 'heading' },
      { after: 'le 13 novembre', note: 'absent' },
    ]);
    expect(problems).toEqual([
      { index: 1, message: expect.stringMatching(/^"Un titre" is in no paragraph of the story; copy a phrase/) },
      { index: 2, message: expect.stringMatching(/^"le 13 novembre" is in no paragraph/) },
    ]);
    expect(segments).toEqual([{ html: HTML, notes: [] }]);
  });

  it('refuses an anchor found in several paragraphs', () => {
    const { problems } = placeContextNotes(HTML, [{ after: 'paragraphe', note: 'x' }]);
    expect(problems).toEqual([
      { index: 0, message: expect.stringMatching(/is in 3 paragraphs; quote a longer phrase/) },
    ]);
  });
});
