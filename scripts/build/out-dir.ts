/** The build output folder, shared by the build, the search index and the output checks. */

/**
 * Resolves the output folder exactly as `astro.config.mjs` does:
 * `VIGIE_OUT_DIR` when set and not blank, else `dist` (relative to the project root).
 */
export function getOutDir(env: Record<string, string | undefined> = process.env): string {
  return env.VIGIE_OUT_DIR?.trim() || 'dist';
}
