/**
 * The system programs `npm test` needs beyond Node: a Chromium for Playwright, a Java 17+ runtime
 * for the Nu Html Checker, xmllint for the sitemap schema checks. Finds what is missing, and either
 * installs it (root on a machine with apt-get, as CI is) or names the Debian packages in one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One system program the tests need and the Debian package that provides it. */
export interface SystemRequirement {
  /** What the tests use it for, as shown to the user. */
  purpose: string;
  /** Debian package that provides it. */
  debianPackage: string;
  /** Whether `apt-get install` should also pull the package's recommends (Chromium's fonts). */
  withRecommends: boolean;
}

/** Chromium, for the Playwright suite. */
export const CHROMIUM: SystemRequirement = { purpose: 'Chromium', debianPackage: 'chromium', withRecommends: true };
/** Java 17+, for vnu.jar. */
export const JAVA: SystemRequirement = {
  purpose: 'Java 17+',
  debianPackage: 'default-jre-headless',
  withRecommends: false,
};
/** xmllint, for the sitemap XSD checks. */
export const XMLLINT: SystemRequirement = { purpose: 'xmllint', debianPackage: 'libxml2-utils', withRecommends: false };

/** Debian's Chromium, used when CHROMIUM_PATH is unset and Playwright's own browser has not been downloaded. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** What the machine has, as probed by {@link probeMachine}; plain data so the decision is testable. */
export interface MachineProbe {
  /** A browser executable that exists (CHROMIUM_PATH, Playwright's download or Debian's), or null. */
  chromium: string | null;
  /** Major version of `java` on PATH, or null when there is none. */
  javaMajor: number | null;
  hasXmllint: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

/** Major version from the first line of `java -version` (`openjdk version "17.0.9"`, `"1.8.0_392"`), or null. */
export function parseJavaMajor(output: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** The requirements a machine misses, in a stable order. */
export function findMissing(probe: MachineProbe): SystemRequirement[] {
  const missing: SystemRequirement[] = [];
  if (!probe.chromium) missing.push(CHROMIUM);
  if (probe.javaMajor === null || probe.javaMajor < 17) missing.push(JAVA);
  if (!probe.hasXmllint) missing.push(XMLLINT);
  return missing;
}

/** The one line printed when packages are missing and cannot be installed here. */
export function formatMissingLine(missing: readonly SystemRequirement[]): string {
  const what = missing.map((r) => r.purpose).join(', ');
  const packages = missing.map((r) => r.debianPackage).join(' ');
  return `npm test needs ${what}: install them (Debian: sudo apt-get install -y ${packages}) and run npm test again.`;
}

/** The apt-get invocations that install `missing`: one with recommends, one without, skipping empty ones. */
export function getAptCommands(missing: readonly SystemRequirement[]): string[][] {
  const plain = missing.filter((r) => !r.withRecommends).map((r) => r.debianPackage);
  const recommended = missing.filter((r) => r.withRecommends).map((r) => r.debianPackage);
  return [
    ...(recommended.length > 0 ? [['install', '-y', '-q', ...recommended]] : []),
    ...(plain.length > 0 ? [['install', '-y', '-q', '--no-install-recommends', ...plain]] : []),
  ];
}

function runs(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Probes this machine; `playwrightChromium` is Playwright's download path (may not exist). */
export function probeMachine(env: NodeJS.ProcessEnv, playwrightChromium: string | null): MachineProbe {
  const candidates = [env.CHROMIUM_PATH, playwrightChromium, SYSTEM_CHROMIUM];
  const java = runs('java', ['-version']);
  return {
    chromium: candidates.find((path): path is string => !!path && existsSync(path)) ?? null,
    javaMajor: java.ok ? parseJavaMajor(java.output) : null,
    hasXmllint: runs('xmllint', ['--version']).ok,
    isRoot: process.getuid?.() === 0,
    hasAptGet: runs('apt-get', ['--version']).ok,
  };
}

/** Installs `missing` with apt-get (root only), output shown; false when any step failed. */
export function installWithAptGet(missing: readonly SystemRequirement[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`installing ${missing.map((r) => r.debianPackage).join(' ')} with apt-get`);
  for (const args of [['update', '-q'], ...getAptCommands(missing)]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return true;
}
