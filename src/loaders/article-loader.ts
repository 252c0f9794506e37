/**
 * The articles' loader: Astro's `glob()` loader, with each rendered body moved out of the
 * content store into the body cache (`src/lib/body-cache.ts`).
 *
 * Why: Astro serialises the whole store as one string and inlines it into the build bundle.
 * With bodies inside, 10,000 stories make a 58 MB store that costs seconds to bundle and
 * gigabytes of memory, and 100,000 stories exceed V8's string limit ("Invalid string length").
 * Metadata alone is about a tenth of that. `glob()` still does everything else: finding files,
 * digests (unchanged files are neither parsed nor rendered again), schema validation, rendering
 * with the configured Markdown processor, image references, and watching in `astro dev`.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { hasRenderedBody, writeRenderedBody } from '../lib/body-cache.ts';

type GlobOptions = Parameters<typeof glob>[0];
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/** `glob(options)` whose entries keep their rendered HTML in `bodyCacheDir` instead of the store. */
export function articleLoader(options: GlobOptions & { bodyCacheDir: string }): Loader {
  const { bodyCacheDir, ...globOptions } = options;
  const inner = glob({ ...globOptions, retainBody: false });
  return {
    name: 'vigie-article-loader',
    load: async (context: LoaderContext) => {
      // An entry whose body file is gone (cache folder cleaned, first build with this loader)
      // must be rendered again: forgetting it makes glob() treat its file as new.
      for (const [id, entry] of context.store.entries()) {
        if (!entry.digest || !hasRenderedBody(bodyCacheDir, String(entry.digest))) context.store.delete(id);
      }
      const store = withBodiesMovedOut(context.store, bodyCacheDir);
      await inner.load({ ...context, store });
    },
  };
}

/** A view of `store` whose `set` writes the rendered HTML to the body cache and stores metadata only. */
function withBodiesMovedOut(store: LoaderContext['store'], bodyCacheDir: string): LoaderContext['store'] {
  const set = (entry: DataEntry): boolean => {
    if (!entry.rendered || entry.digest === undefined) return store.set(entry);
    writeRenderedBody(bodyCacheDir, String(entry.digest), entry.rendered.html);
    // The frontmatter copy in the metadata duplicates `data`; headings and image paths stay.
    const { frontmatter: _frontmatter, ...metadata } = entry.rendered.metadata ?? {};
    return store.set({ ...entry, rendered: { html: '', metadata } });
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'set') return set;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
