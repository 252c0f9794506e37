/**
 * Test stand-in for `card-worker.ts` (same messages): holds its process for `kicker`
 * ms, then answers with JSON `{ pid, start, end }` (process id and the wall-clock
 * span of the job), or fails when the title is "échec". Lets `card-pool.test.ts`
 * see which worker drew what, and when.
 */
import type { CardJob, CardJobResult } from '../card-pool.ts';

process.on('message', (message) => {
  const { id, input } = message as CardJob;
  const start = performance.timeOrigin + performance.now();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(input.kicker ?? 0));
  const end = performance.timeOrigin + performance.now();
  const result: CardJobResult =
    input.title === 'échec'
      ? { id, error: 'Error: refused on purpose' }
      : { id, bytes: Buffer.from(JSON.stringify({ pid: process.pid, start, end })) };
  process.send!(result);
});
