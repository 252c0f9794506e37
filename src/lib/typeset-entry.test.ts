import { describe, expect, it } from 'vitest';
import { typesetArticleData, typesetTopicData } from './typeset-entry.ts';
import type { ArticleData } from '../schemas/article.ts';

const data: ArticleData = {
  title: '"On a fait un grand pas": voici',
  description: 'Un objectif commun: renforcer la coopération.',
  publishedAt: new Date('2017-01-06T18:00:00Z'),
  dateNote: 'Date déduite ; heure indicative',
  topics: ['terrorisme'],
  credits: [{ name: 'Martin Vachiery', role: 'Reportage: RTLINFO 19H' }],
  references: [{ name: 'RTL INFO: article', url: 'https://www.rtl.be/x' }],
  kind: 'article',
  draft: false,
  event: { date: '2017-01-06', label: 'Rencontre: Jambon et Le Roux' },
  priority: 0,
  updates: [{ date: new Date('2017-01-07T10:00:00Z'), kind: 'correction', text: 'Le nom du ministre: corrigé' }],
};

describe('typesetArticleData', () => {
  it('typesets every reader-facing text field and leaves the rest alone', () => {
    const out = typesetArticleData(data);
    expect(out.title).toBe('«\u00A0On a fait un grand pas\u00A0»\u00A0: voici');
    expect(out.description).toBe('Un objectif commun\u00A0: renforcer la coopération.');
    expect(out.dateNote).toBe('Date déduite\u202F; heure indicative');
    expect(out.credits[0]!.role).toBe('Reportage\u00A0: RTLINFO 19H');
    expect(out.references[0]).toEqual({ name: 'RTL INFO\u00A0: article', url: 'https://www.rtl.be/x' });
    expect(out.event!.label).toBe('Rencontre\u00A0: Jambon et Le Roux');
    expect(out.updates[0]).toEqual({ ...data.updates[0], text: 'Le nom du ministre\u00A0: corrigé' });
    expect(out.publishedAt).toBe(data.publishedAt);
    expect(out.topics).toEqual(['terrorisme']);
  });

  it('does not touch the input', () => {
    typesetArticleData(data);
    expect(data.title).toBe('"On a fait un grand pas": voici');
  });
});

describe('typesetTopicData', () => {
  it('typesets name and intro', () => {
    expect(typesetTopicData({ name: 'Sécurité', description: 'Police: terrain', chronology: false }).description).toBe(
      'Police\u00A0: terrain',
    );
  });
});
