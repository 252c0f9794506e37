import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseHeapSnapshot } from './heap-snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-heap-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The shape V8 writes, cut down to four nodes: two Maps, one big string, one small string.
const SNAPSHOT = {
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
      node_types: [
        [
          'hidden',
          'array',
          'string',
          'object',
          'code',
          'closure',
          'regexp',
          'number',
          'native',
          'synthetic',
          'concatenated string',
          'sliced string',
          'symbol',
          'bigint',
          'object shape',
        ],
        'string',
        'number',
        'number',
        'number',
        'number',
        'number',
      ],
      edge_fields: ['type', 'name_or_index', 'to_node'],
    },
    node_count: 4,
    edge_count: 1,
  },
  nodes: [3, 0, 1, 2_000_000, 1, 0, 0, 3, 0, 3, 1_000_000, 0, 0, 0, 2, 1, 5, 5_000_000, 0, 0, 0, 2, 2, 7, 100, 0, 0, 0],
  edges: [2, 1, 7],
  trace_function_infos: [],
  strings: ['Map', '<p>« Un article "cité" »\n</p>', 'petit'],
};

describe('summariseHeapSnapshot', () => {
  it('groups self sizes by type and constructor and lists the largest strings', async () => {
    const file = join(dir, 'x.heapsnapshot');
    writeFileSync(file, JSON.stringify(SNAPSHOT));
    const summary = await summariseHeapSnapshot(file, 10, 1);
    expect(summary.nodeCount).toBe(4);
    expect(summary.totalSelfMB).toBe(8);
    expect(summary.groups).toEqual([
      { name: 'string', count: 2, selfMB: 5 },
      { name: 'object:Map', count: 2, selfMB: 3 },
    ]);
    expect(summary.largestStrings).toEqual([{ selfMB: 5, preview: '<p>« Un article "cité" »\n</p>' }]);
  });
});
