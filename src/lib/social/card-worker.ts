/**
 * Body of a card-drawing worker process (forked by `card-pool.ts`): draws each card
 * it is sent with `renderSocialCard` and sends back the PNG bytes or the error. It
 * exits when the pool closes the channel.
 */
import { renderSocialCard } from './render-card.ts';
import type { CardJob, CardJobResult } from './card-pool.ts';

const send = process.send?.bind(process);
if (!send) throw new Error('card-worker.ts runs as a worker process forked by card-pool.ts, not on its own.');

process.on('message', async (message) => {
  const { id, input } = message as CardJob;
  let result: CardJobResult;
  try {
    result = { id, bytes: new Uint8Array(await renderSocialCard(input)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  send(result);
});
