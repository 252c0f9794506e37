import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { assertTopicsExist, listTopicSlugs } from './topics.ts';

let contentDir: string;
beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'vigie-topics-'));
  await mkdir(join(contentDir, 'topics'));
  for (const name of ['terrorisme.yaml', 'securite.yaml', 'notes.txt'])
    await writeFile(join(contentDir, 'topics', name), 'name: x\n');
});
afterAll(() => rm(contentDir, { recursive: true, force: true }));

describe('listTopicSlugs', () => {
  it('lists the .yaml files of topics/, sorted, without extension', async () => {
    expect(await listTopicSlugs(contentDir)).toEqual(['securite', 'terrorisme']);
  });

  it('names the folder when it cannot be read', async () => {
    await expect(listTopicSlugs(join(contentDir, 'absent'))).rejects.toThrow(
      /absent\/topics: cannot read the topics folder \(ENOENT\)\. Pass --content-dir/,
    );
  });
});

describe('assertTopicsExist', () => {
  it('accepts known topics', async () => {
    await expect(assertTopicsExist(contentDir, ['terrorisme', 'securite'])).resolves.toBeUndefined();
  });

  it.each([
    [['justice'], /unknown topic "justice": no such \.yaml file\. Known topics: securite, terrorisme$/],
    [['terrorisme', 'justice', 'notes'], /unknown topics "justice", "notes": no such \.yaml file/],
  ])('refuses %j and lists the known topics', async (topics, message) => {
    const result = assertTopicsExist(contentDir, topics);
    await expect(result).rejects.toBeInstanceOf(ImportError);
    await expect(assertTopicsExist(contentDir, topics)).rejects.toThrow(message);
  });
});
