/**
 * Command lines of the scripts in `scripts/`: `--help` (`-h`) prints the usage and exits 0; an
 * unknown option, a missing value or a stray argument prints one line naming it and exits 2,
 * without a stack trace. Built on node:util `parseArgs`.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What a CLI accepts: its name (as shown in messages), usage text, options and positionals. */
export interface CliSpec<T extends ParseArgsOptionsConfig> {
  name: string;
  usage: string;
  options: T;
  /** Largest number of positional arguments accepted (default 0). */
  maxPositionals?: number;
}

/** Outcome of {@link parseCommandLine}: run with the values, or print and exit. */
export type CliParse<T extends ParseArgsOptionsConfig> =
  | {
      kind: 'run';
      values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];
      positionals: string[];
    }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

/** First sentence of a parseArgs error, without its hint on passing values that start with a dash. */
export function getFirstSentence(message: string): string {
  return message.split(/\.(?:\s|$)/)[0]!;
}

/** Parses `argv` against `spec`; never throws for bad input. */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(argv: string[], spec: CliSpec<T>): CliParse<T> {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: spec.usage.trimEnd() };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    return { kind: 'error', message: `${spec.name}: ${getFirstSentence((error as Error).message)}; see --help` };
  }
  const max = spec.maxPositionals ?? 0;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals.slice(max).join(' ');
    return { kind: 'error', message: `${spec.name}: unexpected argument '${extra}'; see --help` };
  }
  return { kind: 'run', values: parsed.values, positionals: parsed.positionals };
}

/** {@link parseCommandLine} over this process's arguments: prints and exits on --help (0) or bad input (2). */
export function readCommandLine<T extends ParseArgsOptionsConfig>(
  spec: CliSpec<T>,
  argv: string[] = process.argv.slice(2),
): Extract<CliParse<T>, { kind: 'run' }> {
  const result = parseCommandLine(argv, spec);
  if (result.kind === 'help') {
    console.log(result.text);
    process.exit(0);
  }
  if (result.kind === 'error') {
    console.error(result.message);
    process.exit(2);
  }
  return result;
}
