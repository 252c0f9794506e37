import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from './report.ts';

/** One message of the Nu Html Checker's `--format json` output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  extract?: string;
}

/**
 * Warnings dropped from the report. vnu evaluates a `<meta>` CSP against the `file:` URL it reads,
 * where `'self'` matches nothing, and counts JSON-LD data blocks as inline scripts: every page would
 * warn that its own stylesheet and data are blocked. Real CSP violations are console errors in the
 * end-to-end tests, which load the pages over HTTP in Chromium.
 */
export const IGNORED_WARNINGS: readonly RegExp[] = [/violates Content Security Policy \(meta tag\)/];

/** Arguments for ONE `java` process checking all the given files, JSON on stdout, exit code 0 even on errors. */
export function getVnuArgs(jarPath: string, files: readonly string[]): string[] {
  return ['-jar', jarPath, '--format', 'json', '--exit-zero-always', '--stdout', ...files];
}

/**
 * Findings per file (relative to `root`, `/` separators) from the checker's JSON output:
 * `error` and `non-document-error` fail, `info` with subType `warning` is a warning, other info is dropped.
 * Messages not tied to a file are filed under the empty string. Throws on output that is not the expected JSON.
 */
export function parseVnuOutput(output: string, root: string): Map<string, Finding[]> {
  const parsed = JSON.parse(output) as { messages?: VnuMessage[] };
  if (!Array.isArray(parsed.messages)) throw new Error('vnu output has no "messages" array');
  const byFile = new Map<string, Finding[]>();
  for (const m of parsed.messages) {
    const isWarning = m.type === 'info' && m.subType === 'warning';
    if (m.type === 'info' && !isWarning) continue;
    if (isWarning && IGNORED_WARNINGS.some((pattern) => pattern.test(m.message))) continue;
    const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)).split('\\').join('/') : '';
    const extract = m.extract ? ` — “${m.extract.replace(/\s+/g, ' ').trim().slice(0, 80)}”` : '';
    const list = byFile.get(file) ?? [];
    list.push({
      message: `${m.message}${extract}`,
      line: m.firstLine ?? m.lastLine,
      column: m.firstColumn,
      severity: isWarning ? 'warning' : 'error',
    });
    byFile.set(file, list);
  }
  return byFile;
}
