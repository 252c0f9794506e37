/**
 * A pool of worker threads that draw social cards, one per core by default: the
 * calling thread only queues inputs and receives PNG bytes. A card's bytes depend
 * on its input alone, never on which worker drew it or how many there are.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
  /** Worker threads; default `os.availableParallelism()`. */
  size?: number;
  /** Worker module; default `card-worker.ts` beside this file (tests pass others). */
  workerUrl?: URL;
}

/** Draws cards on worker threads. */
export interface CardRenderPool {
  /** Number of worker threads. */
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

/** A pool of `options.size` card-drawing threads, started on the first card. */
export function createCardRenderPool(options: CardRenderPoolOptions = {}): CardRenderPool {
  const size = options.size ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Card pool size must be an integer ≥ 1, got ${size}.`);
  const workerUrl = options.workerUrl ?? new URL('./card-worker.ts', import.meta.url);
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const workers: Worker[] = [];
  let nextId = 0;
  let closed = false;
  let failure: Error | undefined;
  let drained: (() => void) | undefined;

  function fail(error: Error): void {
    failure ??= error;
    for (const pending of [...busy.values(), ...queue.splice(0)]) pending.reject(failure);
    busy.clear();
    for (const worker of workers) void worker.terminate();
    drained?.();
  }

  function start(): void {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl);
      worker.on('message', (result: CardJobResult) => {
        const pending = busy.get(worker);
        if (!pending || pending.job.id !== result.id) return;
        busy.delete(worker);
        if ('bytes' in result)
          pending.resolve(Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength));
        else pending.reject(new Error(`Drawing the social card "${pending.job.input.title}" failed: ${result.error}`));
        idle.push(worker);
        dispatch();
      });
      worker.on('error', (error) =>
        fail(new Error(`A social card worker crashed: ${error.message}`, { cause: error })),
      );
      worker.on('exit', (code) => {
        if (!closed) fail(new Error(`A social card worker stopped (exit code ${code}) before the pool was closed.`));
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
      worker.postMessage(pending.job);
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
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
