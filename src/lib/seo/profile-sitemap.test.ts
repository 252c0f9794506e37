import { describe, expect, it } from 'vitest';
import { buildProfileLastModified } from './profile-sitemap.ts';

const story = (id: string, publishedAt: string, updatedAt?: string) => ({
  id,
  path: `/articles/${id}/`,
  data: {
    title: id,
    topics: ['x'],
    publishedAt: new Date(publishedAt),
    updatedAt: updatedAt ? new Date(updatedAt) : undefined,
  },
});

describe('buildProfileLastModified', () => {
  it('dates each profile page by the newest change of its stories and skips empty ones', () => {
    expect(
      buildProfileLastModified([
        {
          path: '/personnes/a/',
          stories: [story('x', '2016-01-01T00:00:00Z', '2018-05-01T00:00:00Z'), story('y', '2017-01-01T00:00:00Z')],
        },
        { path: '/auteurs/b/', stories: [] },
      ]),
    ).toEqual({ '/personnes/a/': '2018-05-01T00:00:00.000Z' });
  });
});
