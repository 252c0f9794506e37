import { describe, expect, it } from 'vitest';
import { indexAuthors, indexEntities, toEntity } from './people.ts';

const entity = (id: string, name: string, aliases: string[] = [], type: 'person' | 'organization' = 'person') =>
  toEntity(id, `content/people/${id}.yaml`, { name, aliases, type, description: 'x', suspect: false, sameAs: [] });
const story = (
  id: string,
  title: string,
  bodyText: string,
  credits = [{ name: 'Steve Damman', role: 'Reportage' }],
) => ({
  id,
  data: { title, description: '', credits },
  bodyText,
});

describe('indexEntities', () => {
  it('lists for each entity the stories naming it, in story order, with French paths', () => {
    const jambon = entity('jan-jambon', 'Jan Jambon', ['M. Jambon']);
    const ei = entity('etat-islamique', 'État islamique', [], 'organization');
    const stories = [story('b', 'Rien', 'M. Jambon parle.'), story('a', 'Jan Jambon', 'Le groupe État islamique.')];
    const { storiesByEntity, mentionsByStory, problems } = indexEntities([jambon, ei], stories);
    expect(problems).toEqual([]);
    expect(storiesByEntity.get('jan-jambon')!.map((s) => s.id)).toEqual(['b', 'a']);
    expect(storiesByEntity.get('etat-islamique')!.map((s) => s.id)).toEqual(['a']);
    expect(mentionsByStory.get('a')).toEqual({ about: [jambon], mentions: [ei] });
    expect([jambon.path, ei.path]).toEqual(['/personnes/jan-jambon/', '/organisations/etat-islamique/']);
  });

  it('refuses a name claimed by two entries, naming the file and the field', () => {
    const { problems } = indexEntities(
      [entity('jan-jambon', 'Jan Jambon', ['Jambon']), entity('jambon', 'Jambon')],
      [],
    );
    expect(problems).toEqual([
      {
        filePath: 'content/people/jambon.yaml',
        field: 'name',
        message: '"Jambon" is already a name of content/people/jan-jambon.yaml; one name must lead to one page',
      },
    ]);
  });
});

describe('indexAuthors', () => {
  it('gives each credited name one page with its roles and stories', () => {
    const authors = indexAuthors([
      story('a', 'A', '', [
        { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
        { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
      ]),
      story('b', 'B', '', [{ name: 'Steve Damman', role: 'Images' }]),
    ]);
    expect([...authors.keys()]).toEqual(['martin-vachiery', 'steve-damman']);
    const damman = authors.get('steve-damman')!;
    expect(damman).toMatchObject({
      name: 'Steve Damman',
      path: '/auteurs/steve-damman/',
      roles: ['Reportage RTLINFO 19H', 'Images'],
    });
    expect(damman.stories.map((s) => s.id)).toEqual(['a', 'b']);
  });
});
