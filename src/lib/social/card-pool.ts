/**
 * A pool of child processes that draw social cards, one per core by default: the
 * build's process only queues inputs and receives PNG bytes. A card's bytes depend
 * on its input alone, never on which worker drew it or how many there are.
 *
 * Processes, not worker threads: what a drawing thread allocates (resvg, its own V8
 * heap) stayed in the build's process after the threads ended, +530 MB of resident
 * memory at 10,000 cards, held through the search index that follows. A process gives
 * it all back when it exits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SocialCardInput } from './render-card.ts';

/** A card to draw, as sent to a worker. */
export interface CardJob {
  id: number;
  input: SocialCardInput;
}

/** A worker's answer: the PNG bytes, or the error's stack. */
export type CardJobResult = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** Options of {@link createCardRenderPool}. */
export interface CardRenderPoolOptions {
  /** Worker processes; default `os.availableParallelism()`. */
  size?: number;
  /** Worker module; default `card-worker.ts` beside this file (tests pass others). */
  workerUrl?: URL;
}

/** Draws cards in worker processes. */
export interface CardRenderPool {
  /** Number of worker processes. */
  readonly size: number;
  /** PNG bytes of the card of `input`, drawn by the first free worker. */
  render(input: SocialCardInput): Promise<Buffer>;
  /** Stops the workers once the queued cards are drawn; `render` refuses new cards afterwards. */
  close(): Promise<void>;
}

interface Pending {
  job: CardJob;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Node flags of a worker process (not the build's own: a worker needs little heap). Left to
 * its defaults, V8 let a worker's heap fill with garbage up to ~370 MB of resident memory
 * over 600 cards; with these it stays at ~155 MB, at the same speed per card.
 */
const WORKER_NODE_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=2'];

/** Errors of sending to a worker whose process is gone; its 'exit' event follows and reports why. */
const CHANNEL_CLOSED = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED']);

/** A pool of `options.size` card-drawing processes, started on the first card. */
export function createCardRenderPool(options: CardRenderPoolOptions = {}): CardRenderPool {
  const size = options.size ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Card pool size must be an integer ≥ 1, got ${size}.`);
  const workerUrl = options.workerUrl ?? new URL('./card-worker.ts', import.meta.url);
  const queue: Pending[] = [];
  const idle: ChildProcess[] = [];
  const busy = new Map<ChildProcess, Pending>();
  const workers: ChildProcess[] = [];
  const exited: Promise<void>[] = [];
  let nextId = 0;
  let closed = false;
  let failure: Error | undefined;
  let drained: (() => void) | undefined;

  function fail(error: Error): void {
    failure ??= error;
    for (const pending of [...busy.values(), ...queue.splice(0)]) pending.reject(failure);
    busy.clear();
    for (const worker of workers) worker.kill();
    drained?.();
  }

  function start(): void {
    for (let i = 0; i < size; i++) {
      // 'advanced' serialisation sends the PNG bytes as a Uint8Array, not as JSON numbers.
      const worker = fork(fileURLToPath(workerUrl), [], { serialization: 'advanced', execArgv: WORKER_NODE_FLAGS });
      exited.push(new Promise((resolve) => worker.once('exit', () => resolve())));
      worker.on('message', (message) => {
        const result = message as CardJobResult;
        const pending = busy.get(worker);
        if (!pending || pending.job.id !== result.id) return;
        busy.delete(worker);
        if ('bytes' in result)
          pending.resolve(Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength));
        else pending.reject(new Error(`Drawing the social card "${pending.job.input.title}" failed: ${result.error}`));
        idle.push(worker);
        dispatch();
      });
      worker.on('error', (error: NodeJS.ErrnoException) => {
        // A job sent to a worker that has just died fails to write (EPIPE) before its 'exit' arrives:
        // the exit, which names the signal or code, is the failure to report.
        if (CHANNEL_CLOSED.has(error.code ?? '')) return;
        fail(new Error(`A social card worker crashed: ${error.message}`, { cause: error }));
      });
      worker.on('exit', (code, signal) => {
        if (!closed)
          fail(
            new Error(`A social card worker stopped (${signal ?? `exit code ${code}`}) before the pool was closed.`),
          );
      });
      workers.push(worker);
      idle.push(worker);
    }
  }

  function dispatch(): void {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.send(pending.job);
    }
    if (queue.length === 0 && busy.size === 0) drained?.();
  }

  return {
    size,
    render(input) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new Error('The social card pool is closed.'));
      if (workers.length === 0) start();
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ job: { id: nextId++, input }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      if (queue.length > 0 || busy.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      closed = true;
      // Closing the channel ends a worker's event loop: it exits on its own, and the pool waits for it.
      for (const worker of workers) if (worker.connected) worker.disconnect();
      await Promise.all(exited);
    },
  };
}
