/**
 * Loud failures for the limits a large archive can hit (issue #12): when `astro build` dies of
 * one, say which limit, the size that hit it and what to do, instead of a V8 stack trace.
 */

/** What the build knew about its size and memory when it failed. */
export interface BuildSize {
  /** Markdown files in the articles folder. */
  stories: number;
  /** V8 heap limit of the build process, in MiB. */
  heapLimitMiB: number;
}

/** A one-paragraph explanation of the limit that `output` (the build's stderr tail) shows, or undefined. */
export function explainLimit(output: string, size: BuildSize): string | undefined {
  const stories = size.stories.toLocaleString('en');
  if (/JavaScript heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit/.test(output)) {
    return (
      `The build ran out of memory: V8's heap limit of ${size.heapLimitMiB} MiB was reached while building ` +
      `${stories} stories. Raise it with VIGIE_BUILD_HEAP_MB (for example VIGIE_BUILD_HEAP_MB=${
        Math.ceil((size.heapLimitMiB * 2) / 1024) * 1024
      }) on a machine with that much free memory.`
    );
  }
  if (/Invalid string length/.test(output)) {
    return (
      `The build hit V8's maximum string length (about 512 MiB) with ${stories} stories: Astro serialises its ` +
      `content store as one string. Keep article bodies out of the store (src/loaders/article-loader.ts) ` +
      `and large fields out of the frontmatter, or split the archive.`
    );
  }
  return undefined;
}
