import { describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  findMissing,
  formatMissingLine,
  getAptCommands,
  JAVA,
  parseJavaMajor,
  XMLLINT,
  type MachineProbe,
} from './system-packages.ts';

const complete: MachineProbe = {
  chromium: '/usr/bin/chromium',
  javaMajor: 17,
  hasXmllint: true,
  isRoot: false,
  hasAptGet: true,
};

describe('parseJavaMajor', () => {
  it('reads modern and 1.x version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.13" 2024-10-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
  });

  it('is null when the output names no version', () => {
    expect(parseJavaMajor('bash: java: command not found')).toBeNull();
  });
});

describe('findMissing', () => {
  it('finds nothing on a complete machine', () => {
    expect(findMissing(complete)).toEqual([]);
  });

  it('lists each missing program once, in a stable order', () => {
    expect(findMissing({ ...complete, chromium: null, javaMajor: null, hasXmllint: false })).toEqual([
      CHROMIUM,
      JAVA,
      XMLLINT,
    ]);
  });

  it('counts a Java older than 17 as missing (vnu.jar needs 17)', () => {
    expect(findMissing({ ...complete, javaMajor: 11 })).toEqual([JAVA]);
  });
});

describe('formatMissingLine', () => {
  it('names the purposes and the Debian packages in one line', () => {
    const line = formatMissingLine([CHROMIUM, JAVA, XMLLINT]);
    expect(line).not.toContain('\n');
    expect(line).toContain('Chromium, Java 17+, xmllint');
    expect(line).toContain('apt-get install -y chromium default-jre-headless libxml2-utils');
  });
});

describe('getAptCommands', () => {
  it('installs Chromium with its recommends (fonts) and the others without', () => {
    expect(getAptCommands([CHROMIUM, JAVA, XMLLINT])).toEqual([
      ['install', '-y', '-q', 'chromium'],
      ['install', '-y', '-q', '--no-install-recommends', 'default-jre-headless', 'libxml2-utils'],
    ]);
  });

  it('runs no empty install', () => {
    expect(getAptCommands([XMLLINT])).toEqual([['install', '-y', '-q', '--no-install-recommends', 'libxml2-utils']]);
  });
});
