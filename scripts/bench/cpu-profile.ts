/**
 * Summary of a V8 `.cpuprofile` (from `node --cpu-prof`): where the samples went,
 * by package or project folder (self time) and by subsystem (inclusive time: a
 * sample counts for a subsystem when any frame of its stack belongs to it).
 */
import { readFileSync } from 'node:fs';

/** The parts of a `.cpuprofile` used here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A named share of the profile, in milliseconds. */
export interface ProfileShare {
  name: string;
  ms: number;
  /** Of all sampled time (idle included), in %. */
  percent: number;
}

/** What {@link summariseCpuProfile} reports. */
export interface CpuProfileSummary {
  totalMs: number;
  /** Self time by package (`node_modules/<pkg>`), project folder (`src/lib/social`), or V8 pseudo-frame. */
  bySource: ProfileShare[];
  /** Self time by function (`name url:line`). */
  byFunction: ProfileShare[];
  /** Inclusive time of the subsystems in `subsystems`. */
  bySubsystem: ProfileShare[];
}

/** Subsystems matched against frame URLs and names, in report order. */
export const DEFAULT_SUBSYSTEMS: ReadonlyArray<{ name: string; test: RegExp }> = [
  { name: 'social cards (satori + sharp)', test: /\/src\/lib\/social\/|\/node_modules\/(satori|sharp|@resvg|yoga)/ },
  { name: 'Markdown (Sätteri)', test: /\/node_modules\/(satteri|@astrojs\/markdown-satteri)/ },
  { name: 'content layer (sync, store)', test: /\/node_modules\/astro\/dist\/content\// },
  { name: 'zod validation', test: /\/node_modules\/zod\// },
  { name: 'page rendering (astro runtime)', test: /\/node_modules\/astro\/dist\/runtime\/server\// },
  { name: 'Vite / Rolldown bundling', test: /\/node_modules\/(vite|rolldown|@rolldown|esbuild)\// },
  { name: 'sitemap', test: /\/node_modules\/(@astrojs\/sitemap|sitemap)\/|\/src\/integrations\/sitemap/ },
  { name: 'RSS / feed HTML', test: /\/node_modules\/@astrojs\/rss\/|\/src\/lib\/feeds\// },
  { name: 'related stories', test: /\/src\/lib\/(related|text-index)\./ },
  { name: 'typography', test: /\/src\/lib\/typography\.|\/src\/markdown\// },
  { name: 'garbage collector', test: /^\(garbage collector\)/ },
];

/** `node_modules/@scope/pkg`, `node_modules/pkg`, a project folder, `node:` built-ins, or the V8 pseudo-frame name. */
export function getFrameSource(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replace(/.*node_modules\//, 'node_modules/'));
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return 'node: built-ins';
  const project = /\/(src\/(?:[^/]+\/)?|scripts\/|dist\/|\.astro\/)/.exec(url);
  if (project) return project[1]!.replace(/\/$/, '');
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

function toShares(map: Map<string, number>, totalMs: number, limit: number): ProfileShare[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: Math.round((us / 1000 / totalMs) * 1000) / 10 }));
}

/** Summarises `profile` (see {@link CpuProfileSummary}); `limit` caps each list. */
export function summariseCpuProfile(
  profile: CpuProfile,
  subsystems = DEFAULT_SUBSYSTEMS,
  limit = 25,
): CpuProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfBySource = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  // Subsystems of a node's stack, computed once per node.
  const stackSubsystems = new Map<number, string[]>();
  const getSubsystems = (id: number): string[] => {
    let found = stackSubsystems.get(id);
    if (found) return found;
    const node = byId.get(id)!;
    const frame = `${node.callFrame.url} ${node.callFrame.functionName}`;
    const own = subsystems
      .filter((s) => s.test.test(node.callFrame.url) || s.test.test(node.callFrame.functionName) || s.test.test(frame))
      .map((s) => s.name);
    const up = parent.has(id) ? getSubsystems(parent.get(id)!) : [];
    found = [...new Set([...up, ...own])];
    stackSubsystems.set(id, found);
    return found;
  };
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    if (delta <= 0) return;
    totalUs += delta;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const source = getFrameSource(url, functionName);
    selfBySource.set(source, (selfBySource.get(source) ?? 0) + delta);
    const fn =
      `${functionName || '(anonymous)'} ${url ? `${getFrameSource(url, functionName)}:${lineNumber + 1}` : ''}`.trim();
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + delta);
    for (const name of getSubsystems(id)) inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
  });
  const totalMs = totalUs / 1000;
  const ordered = new Map(subsystems.map((s) => [s.name, inclusive.get(s.name) ?? 0]));
  return {
    totalMs: Math.round(totalMs),
    bySource: toShares(selfBySource, totalMs, limit),
    byFunction: toShares(selfByFunction, totalMs, limit),
    bySubsystem: [...ordered].map(([name, us]) => ({
      name,
      ms: Math.round(us / 1000),
      percent: Math.round((us / 1000 / totalMs) * 1000) / 10,
    })),
  };
}

/** Reads and summarises a `.cpuprofile` file. */
export function summariseCpuProfileFile(file: string, limit = 25): CpuProfileSummary {
  return summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, DEFAULT_SUBSYSTEMS, limit);
}

/** The summary as Markdown tables. */
export function formatCpuProfileSummary(summary: CpuProfileSummary, title: string): string {
  const table = (head: string, shares: ProfileShare[]) =>
    [
      `| ${head} | ms | % |`,
      '|---|--:|--:|',
      ...shares.map((s) => `| ${s.name.replaceAll('|', '\\|')} | ${s.ms} | ${s.percent} |`),
    ].join('\n');
  return [
    `### ${title} (${(summary.totalMs / 1000).toFixed(1)} s sampled, main thread)`,
    '',
    table('subsystem (inclusive)', summary.bySubsystem),
    '',
    table('source (self)', summary.bySource),
    '',
    table('function (self)', summary.byFunction),
  ].join('\n');
}
