import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createCardRenderPool, type CardRenderPool } from './card-pool.ts';
import { renderSocialCard, type SocialCardInput } from './render-card.ts';

const PID_WORKER = new URL('./test-workers/pid-worker.ts', import.meta.url);

const INPUTS: SocialCardInput[] = [
  { title: '«\u00A0Un grand pas\u00A0»\u00A0: la coopération', kicker: 'Terrorisme', footer: '6 janvier 2017' },
  { title: 'Le procès des attentats de Bruxelles reprend', kicker: 'Justice', footer: '3 mars 2023' },
  { title: 'Renseignement', kicker: 'Sujet', footer: '12 articles' },
  { title: 'Œuvre à peine née\u202F? Déjà là\u202F!', footer: '1er février 2016' },
];

const pools: CardRenderPool[] = [];
const open = (...args: Parameters<typeof createCardRenderPool>) => {
  const pool = createCardRenderPool(...args);
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('createCardRenderPool', () => {
  it('draws the same bytes with 1 or 2 workers as in the calling process', { timeout: 120_000 }, async () => {
    const expected = await Promise.all(INPUTS.map((input) => renderSocialCard(input)));
    for (const size of [1, 2]) {
      const pool = open({ size });
      const cards = await Promise.all(INPUTS.map((input) => pool.render(input)));
      cards.forEach((card, i) => expect(card.equals(expected[i]!), `card ${i} with ${size} workers`).toBe(true));
    }
  });

  it('has one worker per core by default', () => {
    expect(open().size).toBe(availableParallelism());
  });

  it('keeps every worker busy: cards are spread over all of them and drawn at the same time', async () => {
    const pool = open({ size: 2, workerUrl: PID_WORKER });
    // Each card holds its worker for 200 ms without using the CPU, so the check holds on a busy machine.
    const jobs = (
      await Promise.all(Array.from({ length: 4 }, () => pool.render({ title: 'lent', kicker: '200' })))
    ).map((bytes) => JSON.parse(bytes.toString()) as { pid: number; start: number; end: number });
    expect(new Set(jobs.map((j) => j.pid)).size).toBe(2);
    expect(jobs.every((j) => j.pid !== process.pid)).toBe(true);
    // The first card of each worker ran while the other worker's first card was running.
    const [a, b] = jobs;
    expect(a!.pid).not.toBe(b!.pid);
    expect(a!.start < b!.end && b!.start < a!.end).toBe(true);
  });

  it('rejects a card whose drawing fails, naming it, and goes on drawing the others', async () => {
    const pool = open({ size: 1, workerUrl: PID_WORKER });
    const [failed, drawn] = await Promise.allSettled([pool.render({ title: 'échec' }), pool.render({ title: 'ok' })]);
    expect(failed).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/Drawing the social card "échec" failed: Error: refused on purpose/) },
    });
    expect(drawn.status).toBe('fulfilled');
  });

  it('reports a real drawing error from the card worker', { timeout: 60_000 }, async () => {
    const pool = open({ size: 1 });
    await expect(pool.render({ title: undefined as unknown as string })).rejects.toThrow(
      /Drawing the social card "undefined" failed: TypeError/,
    );
    expect((await pool.render(INPUTS[2]!)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('finishes the queued cards on close, then refuses new ones', async () => {
    const pool = open({ size: 1, workerUrl: PID_WORKER });
    const queued = [pool.render({ title: 'a', kicker: '50' }), pool.render({ title: 'b', kicker: '50' })];
    await pool.close();
    await expect(Promise.all(queued)).resolves.toHaveLength(2);
    await expect(pool.render({ title: 'c' })).rejects.toThrow('The social card pool is closed.');
  });

  it('returns once its worker processes have exited, so their memory is given back', async () => {
    const pool = open({ size: 2, workerUrl: PID_WORKER });
    const jobs = await Promise.all([
      pool.render({ title: 'a', kicker: '50' }),
      pool.render({ title: 'b', kicker: '50' }),
    ]);
    const pids = jobs.map((bytes) => (JSON.parse(bytes.toString()) as { pid: number }).pid);
    await pool.close();
    for (const pid of pids)
      expect(() => process.kill(pid, 0), `worker ${pid}`).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('rejects the pending cards, naming the cause, when a worker process dies', async () => {
    const pool = open({ size: 1, workerUrl: PID_WORKER });
    const first = await pool.render({ title: 'a' });
    process.kill((JSON.parse(first.toString()) as { pid: number }).pid, 'SIGKILL');
    await expect(pool.render({ title: 'b', kicker: '1000' })).rejects.toThrow(
      /A social card worker stopped \(SIGKILL\) before the pool was closed\./,
    );
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => createCardRenderPool({ size: 0 })).toThrow(/Card pool size must be an integer ≥ 1, got 0/);
  });
});
