import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from './page-ids.ts';

function listTemplates(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('LAYOUT_IDS', () => {
  it('lists every id the templates write', () => {
    const written = new Set<string>();
    for (const file of ['src/layouts', 'src/components', 'src/pages'].flatMap(listTemplates)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((id) => !LAYOUT_IDS.includes(id))).toEqual([]);
  });
});
