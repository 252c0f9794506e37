import { spawn } from 'node:child_process';

/** Result of a finished child process. */
export interface CommandResult {
  code: number;
  seconds: number;
  /** Combined stdout and stderr, kept only when `capture` was set. */
  output: string;
}

/**
 * Runs a command with the given environment, streaming its output to ours (and keeping a copy
 * when `capture` is set). Resolves with exit code 127 when the program cannot be started.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; capture?: boolean },
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      target.write(chunk);
      if (options.capture) output += chunk.toString('utf8');
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    const finish = (code: number) => resolve({ code, seconds: (performance.now() - started) / 1000, output });
    child.on('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
