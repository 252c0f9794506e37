/**
 * Test stand-in for `card-worker.ts` (same messages): holds its thread for `kicker`
 * ms, then answers with JSON `{ thread, start, end }` (thread id and the wall-clock
 * span of the job), or fails when the title is "échec". Lets `card-pool.test.ts`
 * see which thread drew what, and when.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { CardJob, CardJobResult } from '../card-pool.ts';

parentPort!.on('message', ({ id, input }: CardJob) => {
  const start = performance.timeOrigin + performance.now();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(input.kicker ?? 0));
  const end = performance.timeOrigin + performance.now();
  const result: CardJobResult =
    input.title === 'échec'
      ? { id, error: 'Error: refused on purpose' }
      : { id, bytes: Buffer.from(JSON.stringify({ thread: threadId, start, end })) };
  parentPort!.postMessage(result);
});
