/**
 * Topic existence: a topic is known when `<contentDir>/topics/<slug>.yaml` exists.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from './errors.ts';

/** Slugs of the topics defined in `<contentDir>/topics/`, sorted. Throws when the folder is unreadable. */
export async function listTopicSlugs(contentDir: string): Promise<string[]> {
  const folder = join(contentDir, 'topics');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    throw new ImportError(`cannot read the topics folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: folder,
      hint: 'Pass --content-dir <dir> pointing at the folder that holds topics/ and articles/',
    });
  }
  return names
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** Throws {@link ImportError} naming the unknown topics and listing the known ones. */
export async function assertTopicsExist(contentDir: string, topics: readonly string[]): Promise<void> {
  const known = await listTopicSlugs(contentDir);
  const unknown = topics.filter((topic) => !known.includes(topic));
  if (unknown.length === 0) return;
  const list = unknown.map((topic) => `"${topic}"`).join(', ');
  throw new ImportError(`unknown topic${unknown.length > 1 ? 's' : ''} ${list}: no such .yaml file`, {
    file: join(contentDir, 'topics'),
    hint:
      known.length > 0 ? `Known topics: ${known.join(', ')}` : 'No topic is defined yet; create the topic file first',
  });
}
