import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureCommand, parseGnuTime, parseProcStatTimes, readTreeRssBytes } from './measure.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-measure-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseGnuTime', () => {
  it('reads the last matching line, after a non-zero exit notice', () => {
    expect(parseGnuTime('Command exited with non-zero status 1\n12.34 10.50 1.25 906636\n')).toEqual({
      wall: 12.34,
      user: 10.5,
      system: 1.25,
      maxRssKiB: 906636,
    });
  });

  it('returns undefined without a figures line', () => {
    expect(parseGnuTime('Command terminated by signal 9\n')).toBeUndefined();
  });
});

describe('parseProcStatTimes', () => {
  it('counts fields after the command name, even with spaces and parentheses in it', () => {
    const stat = '4242 (node (astro) x) S 1 4242 4242 0 -1 4194304 100 200 0 0 1500 300 70 30 20 0 12 0 100 1000 50';
    expect(parseProcStatTimes(stat)).toEqual({ utime: 1500, stime: 300, cutime: 70, cstime: 30 });
  });
});

describe('readTreeRssBytes', () => {
  it('counts this process, and nothing for a process that does not exist', () => {
    expect(readTreeRssBytes(process.pid)).toBeGreaterThan(10e6);
    expect(readTreeRssBytes(2 ** 22 + 1)).toBe(0);
  });
});

describe('measureCommand', () => {
  it('runs the command, logs its output and reports its exit code', async () => {
    const logFile = join(dir, 'echo.log');
    const ok = await measureCommand(process.execPath, ['-e', 'console.log("bonjour")'], {
      cwd: dir,
      env: process.env,
      logFile,
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.cpuSeconds).toBeCloseTo(ok.userSeconds + ok.systemSeconds, 6);
    const failed = await measureCommand(process.execPath, ['-e', 'process.exit(3)'], {
      cwd: dir,
      env: process.env,
      logFile: join(dir, 'fail.log'),
    });
    expect(failed.exitCode).toBe(3);
  });
});
