/**
 * Runs one command and measures it as a process tree: wall time, CPU time (user and
 * system, every descendant included) and peak resident memory, both the sum over
 * the tree (sampled from /proc) and the largest single process (from the kernel).
 * Linux only: the figures come from /proc and `/usr/bin/time`.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What one measured run cost. Seconds and megabytes (10^6 bytes). */
export interface Measurement {
  exitCode: number;
  wallSeconds: number;
  /** User CPU of the process and all its waited-for descendants. */
  userSeconds: number;
  /** System CPU, same scope. */
  systemSeconds: number;
  /** `userSeconds + systemSeconds`. */
  cpuSeconds: number;
  /** Highest sum of the resident sets of the whole tree, sampled every `sampleMs`. */
  peakTreeRssMB: number;
  /** Peak resident set of the largest single process (kernel's maxrss), or null without /usr/bin/time. */
  maxProcessRssMB: number | null;
  /** When the tree peak was sampled, in seconds after the start (to match it with the log's phases). */
  peakAtSeconds: number;
}

/** Options of {@link measureCommand}. */
export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File receiving the command's stdout and stderr. */
  logFile: string;
  /** Interval of the /proc memory sampling; default 100 ms. */
  sampleMs?: number;
  /** Called with the pid of the spawned process (GNU time or the wrapper; the command is its child). */
  onStart?: (pid: number) => void;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;
const CLOCK_TICKS = 100;

/**
 * Parses the `-f '%e %U %S %M'` line GNU time writes: wall, user and system
 * seconds and the max RSS in KiB. Returns undefined when the text has no such line.
 */
export function parseGnuTime(
  text: string,
): { wall: number; user: number; system: number; maxRssKiB: number } | undefined {
  const line = text
    .trim()
    .split('\n')
    .reverse()
    .find((l) => /^\d+(\.\d+)? \d+(\.\d+)? \d+(\.\d+)? \d+$/.test(l.trim()));
  if (!line) return undefined;
  const [wall, user, system, maxRssKiB] = line.trim().split(' ').map(Number) as [number, number, number, number];
  return { wall, user, system, maxRssKiB };
}

/**
 * Fields 14–17 of /proc/<pid>/stat (utime, stime, cutime, cstime) in clock ticks.
 * The command name (field 2) may contain spaces and parentheses, so fields are
 * counted from its closing parenthesis.
 */
export function parseProcStatTimes(stat: string): { utime: number; stime: number; cutime: number; cstime: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14.
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as [number, number, number, number];
  return { utime, stime, cutime, cstime };
}

/** Pids of the direct children of `pid` (all its threads), from /proc. */
export function readChildren(pid: number): number[] {
  const children: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return children;
  }
  for (const tid of tasks) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) {
        if (child.trim()) children.push(Number(child));
      }
    } catch {
      // The task ended between the listing and the read.
    }
  }
  return children;
}

/** Sum of the resident sets of `root` and its live descendants, in bytes. */
export function readTreeRssBytes(root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      continue;
    }
    queue.push(...readChildren(pid));
  }
  return total;
}

/**
 * Runs `command` with `args` and measures it (see {@link Measurement}). CPU and the
 * largest process's RSS come from GNU time when installed; otherwise the command
 * runs under a small Node wrapper that reports its children's CPU from
 * /proc/self/stat after waiting for them.
 */
export async function measureCommand(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measurement> {
  const { cwd, env, logFile, sampleMs = 100, onStart } = options;
  const useGnuTime = existsSync(GNU_TIME);
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const [exe, exeArgs] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]]
    : [process.execPath, [join(import.meta.dirname, 'rusage-wrapper.ts'), timeFile, command, ...args]];

  const out = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(exe, exeArgs, { cwd, env, stdio: ['ignore', out, out] });
  if (child.pid !== undefined) onStart?.(child.pid);
  let peakTree = 0;
  let peakAt = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const rss = readTreeRssBytes(child.pid);
    if (rss > peakTree) {
      peakTree = rss;
      peakAt = (performance.now() - started) / 1000;
    }
  };
  const timer = setInterval(sample, sampleMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearInterval(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(out);

  const times = parseGnuTime(existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '');
  if (!times) throw new Error(`no CPU times recorded for ${command} ${args.join(' ')} (see ${logFile})`);
  return {
    exitCode,
    wallSeconds,
    userSeconds: times.user,
    systemSeconds: times.system,
    cpuSeconds: times.user + times.system,
    peakTreeRssMB: peakTree / 1e6,
    maxProcessRssMB: useGnuTime ? (times.maxRssKiB * 1024) / 1e6 : null,
    peakAtSeconds: peakAt,
  };
}

/** Clock ticks per second of /proc times (`getconf CLK_TCK`, 100 on Linux). */
export const PROC_CLOCK_TICKS = CLOCK_TICKS;
