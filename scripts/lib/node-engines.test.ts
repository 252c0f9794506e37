import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { findRefusals, getLowestVersions, readLockedEngines } from './node-engines.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const locked = readLockedEngines(ROOT);

describe('getLowestVersions', () => {
  it('gives the lowest version of each alternative', () => {
    expect(getLowestVersions('^22.23.4 || ^24.16.0 || >=26.3.0')).toEqual(['22.23.4', '24.16.0', '26.3.0']);
  });
});

describe('findRefusals', () => {
  it('names the packages a version does not satisfy', () => {
    const requirements = [
      { id: 'a@1.0.0', range: '>=22.12.0' },
      { id: 'b@2.0.0', range: '^22.12.0 || ^24.0.0 || >=26.0.0' },
    ];
    expect(findRefusals('25.0.0', requirements).map((r) => r.id)).toEqual(['b@2.0.0']);
    expect(findRefusals('22.11.0', requirements).map((r) => r.id)).toEqual(['a@1.0.0', 'b@2.0.0']);
  });
});

describe('the Node this project declares', () => {
  it('reads the engines of the installed tree', () => {
    // astro alone has one; an empty list would make the checks below vacuous.
    expect(locked.map((r) => r.id)).toContain(`astro@${readVersion('astro')}`);
  });

  it.each(getLowestVersions(pkg.engines.node))('engines admits %s, which every locked package accepts', (version) => {
    expect(findRefusals(version, locked)).toEqual([]);
  });

  it('engines is no looser than the strictest locked package: the last patch before each lowest version is refused', () => {
    for (const version of getLowestVersions(pkg.engines.node)) {
      const parsed = semver.parse(version)!;
      if (parsed.minor === 0 && parsed.patch === 0) continue;
      const below =
        parsed.patch > 0
          ? `${parsed.major}.${parsed.minor}.${parsed.patch - 1}`
          : `${parsed.major}.${parsed.minor - 1}.99`;
      expect(findRefusals(below, locked), `${below} should be refused by some package`).not.toEqual([]);
    }
  });

  it('the pinned node devDependency and .nvmrc are the same version, inside engines', () => {
    const pinned = pkg.devDependencies.node!;
    expect(readFileSync(`${ROOT}.nvmrc`, 'utf8').trim()).toBe(pinned);
    expect(semver.satisfies(pinned, pkg.engines.node)).toBe(true);
    expect(findRefusals(pinned, locked)).toEqual([]);
  });

  it('npm scripts run the pinned Node', () => {
    // Vitest runs under `npm test`, whose PATH starts with node_modules/.bin.
    expect(process.version).toBe(`v${pkg.devDependencies.node}`);
  });
});

function readVersion(name: string): string {
  return (JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
}
