/**
 * The fingerprint of everything that shapes pages besides content: templates and code (`src/`),
 * static files (`public/`), the Astro config, the locked dependencies, the Node version and the
 * site URL. An incremental build is allowed only when it equals the published site's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files and folders (relative to the project root) whose content is part of the fingerprint. */
export const FINGERPRINTED_PATHS: readonly string[] = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => listFiles(join(path, entry.name)));
}

/** A hex digest of the files under `paths` (names and bytes) and of `settings`. */
export function computeFingerprint(
  root: string,
  settings: Record<string, string>,
  paths: readonly string[] = FINGERPRINTED_PATHS,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(Object.entries(settings).sort()));
  for (const file of paths.flatMap((path) => listFiles(join(root, path)))) {
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}
