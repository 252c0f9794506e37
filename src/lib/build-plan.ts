/**
 * Which pages this build renders. A cold build renders every page. A build whose templates,
 * configuration and dependencies are those of the published site (same fingerprint, see
 * `src/integrations/publish.ts`) renders only the pages whose cache key changed; the publish step
 * keeps every other page of the published site as it is.
 *
 * A page's key (`src/lib/cache-key.ts`) covers every datum it shows besides its template, so an
 * unchanged key means an unchanged page. Routes pass their `getStaticPaths()` result through
 * {@link selectPathsToRender}; pages without a key (home, feeds, sitemaps) always render.
 *
 * The plan is shared between the publish integration (Astro's process) and the routes (Astro's
 * prerender bundle, a second copy of this module) through one `globalThis` slot.
 */

/** What the publish integration decided before the build, and what the routes recorded during it. */
export interface BuildPlan {
  /** `incremental`: render only pages whose key differs from `previousKeys`. */
  mode: 'full' | 'incremental';
  /** Site path → cache key of every keyed page of the published site. */
  previousKeys: ReadonlyMap<string, string>;
  /** Site path → cache key of every keyed page of this build, rendered or not. */
  keys: Map<string, string>;
  /**
   * Fingerprint of templates, code, configuration and dependencies (`src/lib/publish/fingerprint.ts`),
   * when the publish integration computed one: what build-to-build memos of derived data are valid for.
   */
  fingerprint?: string;
}

const SLOT = Symbol.for('vigie.build-plan');
type GlobalWithPlan = typeof globalThis & { [SLOT]?: BuildPlan };

/** Installs the plan for this build (the publish integration calls it before pages render). */
export function setBuildPlan(plan: BuildPlan): void {
  (globalThis as GlobalWithPlan)[SLOT] = plan;
}

/** The plan of the running build; outside a planned build (astro dev, tests), a full build. */
export function getBuildPlan(): BuildPlan {
  const holder = globalThis as GlobalWithPlan;
  holder[SLOT] ??= { mode: 'full', previousKeys: new Map(), keys: new Map() };
  return holder[SLOT];
}

/** A `getStaticPaths()` item that carries a cache key. */
export interface KeyedPath {
  cacheKey: string;
}

/**
 * Records the key of every path (`toSitePath` gives its URL path) and returns the paths to
 * render: all of them in a full build, those whose key is new or changed in an incremental one.
 */
export function selectPathsToRender<T extends KeyedPath>(
  paths: readonly T[],
  toSitePath: (path: T) => string,
  plan: BuildPlan = getBuildPlan(),
): T[] {
  const selected: T[] = [];
  for (const path of paths) {
    const sitePath = toSitePath(path);
    plan.keys.set(sitePath, path.cacheKey);
    if (plan.mode === 'full' || plan.previousKeys.get(sitePath) !== path.cacheKey) selected.push(path);
  }
  return selected;
}
