/** Last-modified dates of person, organisation and author pages: the newest change among their stories. */
import { getNewestChange } from './sitemap.ts';

type DatedStory = Parameters<typeof getNewestChange>[0][number];

/** Site path → ISO date for every profile page that lists at least one story. */
export function buildProfileLastModified(
  profiles: readonly { path: string; stories: readonly DatedStory[] }[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { path, stories } of profiles) {
    const newest = getNewestChange(stories);
    if (newest) map[path] = newest.toISOString();
  }
  return map;
}
