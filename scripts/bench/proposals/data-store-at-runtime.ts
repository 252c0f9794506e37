/**
 * Experiment (variant `store-at-runtime`), not a recommendation as is: a Vite plugin
 * that makes Astro's `astro:data-layer-content` module read the content store from
 * disk when the prerenderer imports it, instead of embedding the whole store as one
 * JSON string literal in the server bundle (astro/dist/content/vite-plugin-content-
 * virtual-mod.js; withastro/astro#17430). It measures what an upstream change would
 * save: bundling the literal, compiling it (V8 keeps the module source and the string,
 * two copies of the store), and the memory. Static builds only: the file must exist
 * where and when the bundle runs. Relies on an internal module id.
 */
import { resolve } from 'node:path';

/** Astro's resolved id of the data store module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The plugin; `cacheDir` is Astro's `cacheDir` as configured (relative to the project root). */
export function dataStoreAtRuntime(cacheDir: string) {
  const file = resolve(process.cwd(), cacheDir, 'data-store.json');
  return {
    name: 'vigie-bench:data-store-at-runtime',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      if (id !== DATA_STORE_MODULE_ID || !code.startsWith('export default JSON.parse(')) return null;
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}
