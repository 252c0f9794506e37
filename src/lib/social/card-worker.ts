/**
 * Body of a card-drawing worker thread (started by `card-pool.ts`): draws each
 * card it is sent with `renderSocialCard` and posts back the PNG bytes or the error.
 */
import { parentPort } from 'node:worker_threads';
import { renderSocialCard } from './render-card.ts';
import type { CardJob, CardJobResult } from './card-pool.ts';

if (!parentPort) throw new Error('card-worker.ts runs as a worker thread of card-pool.ts, not on its own.');
const port = parentPort;

port.on('message', async ({ id, input }: CardJob) => {
  let result: CardJobResult;
  try {
    const png = await renderSocialCard(input);
    // A fresh Uint8Array owns its buffer, so it can be transferred instead of copied.
    const bytes = new Uint8Array(png);
    result = { id, bytes };
    port.postMessage(result, [bytes.buffer]);
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(result);
  }
});
