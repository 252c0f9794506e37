/**
 * Fallback for hosts without GNU time: runs a command, waits for it, and writes its
 * CPU times in GNU time's `%e %U %S %M` format (max RSS written as 0: unknown).
 *
 *   node scripts/bench/rusage-wrapper.ts <time-file> <command> [args…]
 *
 * After a wait, the kernel adds the child's CPU (and that of every descendant it
 * waited for) to our cutime/cstime in /proc/self/stat.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseProcStatTimes, PROC_CLOCK_TICKS } from './measure.ts';

const [timeFile, command, ...args] = process.argv.slice(2);
if (!timeFile || !command) {
  console.error('usage: node scripts/bench/rusage-wrapper.ts <time-file> <command> [args…]');
  process.exit(2);
}
const started = performance.now();
const result = spawnSync(command, args, { stdio: 'inherit' });
const wall = (performance.now() - started) / 1000;
const { cutime, cstime } = parseProcStatTimes(readFileSync('/proc/self/stat', 'utf8'));
writeFileSync(
  timeFile,
  `${wall.toFixed(2)} ${(cutime / PROC_CLOCK_TICKS).toFixed(2)} ${(cstime / PROC_CLOCK_TICKS).toFixed(2)} 0\n`,
);
process.exit(result.status ?? 1);
