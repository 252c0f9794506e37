/**
 * Summary of a V8 `.heapsnapshot` by node type and constructor name (self sizes),
 * read as a stream: snapshots of a large build exceed V8's maximum string length,
 * so they cannot go through `JSON.parse`. Edges are skipped (no retained sizes).
 */
import { createReadStream } from 'node:fs';

/** Self size and count of one group of heap objects. */
export interface HeapGroup {
  /** `type` for strings and arrays, `type:constructor` otherwise (`object:Map`). */
  name: string;
  count: number;
  selfMB: number;
}

/** What {@link summariseHeapSnapshot} reports. */
export interface HeapSummary {
  nodeCount: number;
  totalSelfMB: number;
  groups: HeapGroup[];
  /** The largest single strings: size and their first characters. */
  largestStrings: Array<{ selfMB: number; preview: string }>;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

// Types whose `name` is content rather than a constructor (strings, code, numbers…).
const CONTENT_NAMED = new Set([
  'string',
  'concatenated string',
  'sliced string',
  'code',
  'number',
  'bigint',
  'regexp',
  'symbol',
  'hidden',
  'array',
  'object shape',
]);

/** Streams `file` and groups its nodes (see {@link HeapSummary}); `limit` caps the groups. */
export async function summariseHeapSnapshot(file: string, limit = 30, largest = 10): Promise<HeapSummary> {
  let header = '';
  let phase: 'header' | 'nodes' | 'skip' | 'strings' | 'done' = 'header';
  let fieldCount = 7;
  let typeField = 0;
  let nameField = 1;
  let sizeField = 3;
  let nodeTypes: string[] = [];
  const nodeTypeIdx: number[] = [];
  const nodeName: number[] = [];
  const nodeSize: number[] = [];
  let field = 0;
  let number = '';
  const current: number[] = [];
  // Strings: only those needed are kept (constructor names and the largest strings).
  const needed = new Set<number>();
  const kept = new Map<number, string>();
  let stringIndex = 0;
  let inString = false;
  let escaped = false;
  let stringBuffer = '';
  let stringLength = 0;

  const finishNodes = () => {
    const stringTypes = new Set(['string', 'concatenated string', 'sliced string'].map((t) => nodeTypes.indexOf(t)));
    const bySize: number[] = [];
    for (let i = 0; i < nodeSize.length; i++) {
      const type = nodeTypes[nodeTypeIdx[i]!]!;
      if (!CONTENT_NAMED.has(type)) needed.add(nodeName[i]!);
      if (stringTypes.has(nodeTypeIdx[i]!)) bySize.push(i);
    }
    bySize.sort((a, b) => nodeSize[b]! - nodeSize[a]!);
    for (const i of bySize.slice(0, largest)) needed.add(nodeName[i]!);
    largestNodes = bySize.slice(0, largest);
  };
  let largestNodes: number[] = [];

  for await (const chunk of createReadStream(file, {
    encoding: 'utf8',
    highWaterMark: 1 << 20,
  }) as AsyncIterable<string>) {
    let i = 0;
    if (phase === 'header') {
      header += chunk;
      const at = header.indexOf('"nodes":[');
      if (at === -1) continue;
      const meta = JSON.parse(/"meta":(\{.*?\}),"node_count"/s.exec(header)![1]!) as {
        node_fields: string[];
        node_types: [string[]];
      };
      fieldCount = meta.node_fields.length;
      typeField = meta.node_fields.indexOf('type');
      nameField = meta.node_fields.indexOf('name');
      sizeField = meta.node_fields.indexOf('self_size');
      nodeTypes = meta.node_types[0];
      phase = 'nodes';
      i = at + '"nodes":['.length - (header.length - chunk.length);
      header = '';
    }
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (phase === 'nodes') {
        if (c >= '0' && c <= '9') number += c;
        else if (c === ',' || c === ']') {
          if (number !== '') {
            current[field++] = Number(number);
            number = '';
            if (field === fieldCount) {
              nodeTypeIdx.push(current[typeField]!);
              nodeName.push(current[nameField]!);
              nodeSize.push(current[sizeField]!);
              field = 0;
            }
          }
          if (c === ']') {
            finishNodes();
            phase = 'skip';
          }
        }
      } else if (phase === 'skip') {
        // Edges and trace data: numbers only, until the strings array.
        if (c === '"') {
          header += '"';
        } else if (header.length > 0) {
          header += c;
          if ('"strings":['.startsWith(header)) {
            if (header === '"strings":[') {
              phase = 'strings';
              header = '';
            }
          } else header = '';
        }
      } else if (phase === 'strings') {
        if (!inString) {
          if (c === '"') {
            inString = true;
            stringBuffer = '';
            stringLength = 0;
          } else if (c === ']') phase = 'done';
          continue;
        }
        if (escaped) {
          escaped = false;
          // Previews only: simple escapes decoded, \uXXXX left as written.
          if (needed.has(stringIndex) && stringLength < 400) stringBuffer += SIMPLE_ESCAPES[c] ?? `\\${c}`;
          stringLength++;
        } else if (c === '\\') escaped = true;
        else if (c === '"') {
          if (needed.has(stringIndex)) kept.set(stringIndex, stringBuffer);
          stringIndex++;
          inString = false;
        } else {
          if (needed.has(stringIndex) && stringLength < 400) stringBuffer += c;
          stringLength++;
        }
      }
    }
    if (phase === 'done') break;
  }

  const groups = new Map<string, { count: number; size: number }>();
  let total = 0;
  for (let i = 0; i < nodeSize.length; i++) {
    const type = nodeTypes[nodeTypeIdx[i]!]!;
    const name = CONTENT_NAMED.has(type) ? type : `${type}:${kept.get(nodeName[i]!) ?? '?'}`;
    const group = groups.get(name) ?? { count: 0, size: 0 };
    group.count++;
    group.size += nodeSize[i]!;
    groups.set(name, group);
    total += nodeSize[i]!;
  }
  return {
    nodeCount: nodeSize.length,
    totalSelfMB: Math.round(total / 1e5) / 10,
    groups: [...groups]
      .sort((a, b) => b[1].size - a[1].size)
      .slice(0, limit)
      .map(([name, g]) => ({ name, count: g.count, selfMB: Math.round(g.size / 1e5) / 10 })),
    largestStrings: largestNodes.map((i) => ({
      selfMB: Math.round(nodeSize[i]! / 1e4) / 100,
      preview: (kept.get(nodeName[i]!) ?? '').slice(0, 120),
    })),
  };
}

/** The summary as Markdown. */
export function formatHeapSummary(summary: HeapSummary, title: string): string {
  return [
    `### ${title} (${summary.totalSelfMB} MB in ${summary.nodeCount} objects)`,
    '',
    '| type:constructor | objects | self MB |',
    '|---|--:|--:|',
    ...summary.groups.map((g) => `| ${g.name.replaceAll('|', '\\|')} | ${g.count} | ${g.selfMB} |`),
    '',
    'Largest strings:',
    '',
    ...summary.largestStrings.map(
      (s) => `- ${s.selfMB} MB: \`${s.preview.replaceAll('`', "'").replace(/\s+/g, ' ')}\``,
    ),
  ].join('\n');
}
