/**
 * What Node the locked dependencies accept: reads `engines.node` of every package installed from
 * the lockfile, so `package.json` `engines`, `.nvmrc` and the pinned `node` devDependency can be
 * checked against what the tree really needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/** One installed package's Node requirement. */
export interface EngineRequirement {
  /** `name@version`. */
  id: string;
  range: string;
}

/** `engines.node` of every package listed in `package-lock.json` and present under `root`. */
export function readLockedEngines(root: string): EngineRequirement[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  const requirements: EngineRequirement[] = [];
  for (const path of Object.keys(lock.packages)) {
    const manifest = join(root, path, 'package.json');
    // The root manifest is ours, and optional packages for other platforms are not installed.
    if (path === '' || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      version: string;
      engines?: { node?: string };
    };
    if (pkg.engines?.node) requirements.push({ id: `${pkg.name}@${pkg.version}`, range: pkg.engines.node });
  }
  return requirements;
}

/** The lowest version of each alternative of `range` (`^22.23.4 || >=26.3.0` → 22.23.4, 26.3.0). */
export function getLowestVersions(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => {
    const lowest = semver.minVersion(comparators.map((c) => c.value).join(' '));
    if (!lowest) throw new Error(`no version satisfies ${range}`);
    return lowest.version;
  });
}

/** The requirements that `version` fails. */
export function findRefusals(version: string, requirements: readonly EngineRequirement[]): EngineRequirement[] {
  return requirements.filter((r) => !semver.satisfies(version, r.range));
}
