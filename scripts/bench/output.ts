/**
 * Size of a build output folder.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files, bytes and HTML pages under `dir` (0s when it does not exist). */
export function measureOutput(dir: string): { files: number; bytes: number; htmlPages: number } {
  let files = 0;
  let bytes = 0;
  let htmlPages = 0;
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(path).size;
        if (entry.name.endsWith('.html')) htmlPages++;
      }
    }
  };
  walk(dir);
  return { files, bytes, htmlPages };
}
