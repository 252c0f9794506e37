import { describe, expect, it } from 'vitest';
import { resolveStoryContexts, type ContextTarget, type StoryContextRecord } from './story-context.ts';

const story: ContextTarget = {
  id: 'recit',
  filePath: 'content/articles/recit.md',
  data: { kind: 'article' },
  html: '<p>Les attentats du 13 novembre.</p>\n<p>Le sommet du 1er février.</p>',
};
const brief = (id: string): ContextTarget => ({
  id,
  filePath: `content/articles/${id}.md`,
  data: { kind: 'brief' },
  html: '<p>x</p>',
});
const articles = [story, brief('paris'), brief('sommet'), brief('brouillon')];
const published = new Map([
  ['recit', 'RECIT'],
  ['paris', 'PARIS'],
  ['sommet', 'SOMMET'],
]);
const context = (data: Partial<StoryContextRecord['data']>, id = 'recit'): StoryContextRecord => ({
  id,
  filePath: `content/context/${id}.yaml`,
  data: { notes: [], ...data },
});

describe('resolveStoryContexts', () => {
  it('places each published brief after its paragraph and keeps the event', () => {
    const event = { date: '2017-01-06', label: 'Rencontre' };
    const { byStoryId, problems } = resolveStoryContexts(
      [
        context({
          event,
          notes: [
            { after: '1er février', brief: 'sommet' },
            { after: '13 novembre', brief: 'paris' },
            { after: '13 novembre', brief: 'brouillon' },
          ],
        }),
      ],
      articles,
      published,
    );
    expect(problems).toEqual([]);
    const resolved = byStoryId.get('recit')!;
    expect(resolved.event).toEqual(event);
    // The unpublished brief is left out, not linked.
    expect(resolved.segments.map((s) => s.notes)).toEqual([['PARIS'], ['SOMMET']]);
  });

  it('names the file and field of every problem: unknown article, unknown brief, not a brief, missing anchor', () => {
    const { problems } = resolveStoryContexts(
      [
        context({}, 'inconnu'),
        context({
          notes: [
            { after: '13 novembre', brief: 'absent' },
            { after: '13 novembre', brief: 'recit' },
            { after: 'le 22 mars', brief: 'paris' },
          ],
        }),
      ],
      articles,
      published,
    );
    expect(problems).toEqual([
      {
        filePath: 'content/context/inconnu.yaml',
        field: 'file name',
        message: expect.stringMatching(/^there is no article "inconnu" in articles\/; name the file after/),
      },
      {
        filePath: 'content/context/recit.yaml',
        field: 'notes[0].brief',
        message: expect.stringMatching(/^there is no article "absent"; use the file name/),
      },
      {
        filePath: 'content/context/recit.yaml',
        field: 'notes[1].brief',
        message: expect.stringMatching(/^"recit" is a reported story, not a brief/),
      },
      {
        filePath: 'content/context/recit.yaml',
        field: 'notes[2].after',
        message: expect.stringMatching(
          /^"le 22 mars" is in no paragraph of the story.*\(content\/articles\/recit\.md\)$/,
        ),
      },
    ]);
  });
});
