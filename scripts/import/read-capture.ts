/**
 * Reads a capture file from disk: size checked before reading, bytes decoded, then parsed as
 * HTML or plain text depending on its content. Every failure is an {@link ImportError} naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Capture } from './capture.ts';
import { type CaptureEncoding, decodeCapture } from './decode.ts';
import { ImportError, isImportError } from './errors.ts';
import { parseTextCapture } from './parse-capture.ts';
import { type HtmlCapture, type HtmlOverrides, parseHtmlCapture } from './parse-html-capture.ts';

/** Largest capture accepted, in bytes (2 MiB): an article page is far smaller, anything bigger is the wrong file. */
export const MAX_CAPTURE_BYTES = 2 * 1024 * 1024;

/** A parsed capture and how it was read. */
export interface LoadedCapture {
  capture: Capture;
  format: 'text' | 'html';
  /** The HTML reading of the page (its metadata, where headline and standfirst came from), for HTML captures. */
  html?: HtmlCapture;
  encoding: CaptureEncoding;
  /** Human-readable notes on conversions applied (encoding, byte-order mark, line ends). */
  notes: string[];
}

/** Reads, decodes and parses the capture at `path`; `overrides` replace the headline or standfirst of a page. */
export async function loadCapture(path: string, overrides: HtmlOverrides = {}): Promise<LoadedCapture> {
  try {
    return readCaptureBytes(await readCaptureFile(path), overrides);
  } catch (error) {
    throw isImportError(error) ? error.withFile(path) : error;
  }
}

/** The bytes of the capture at `path`, refusing missing files, folders and files over {@link MAX_CAPTURE_BYTES}. */
export async function readCaptureFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new ImportError('not a regular file', { file: path, hint: 'Pass the path of the capture file' });
    size = info.size;
  } catch (error) {
    if (isImportError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`, {
      file: path,
      hint: 'Check the capture path (relative paths start from the current folder)',
    });
  }
  if (size > MAX_CAPTURE_BYTES) {
    throw new ImportError(
      `the file is ${formatMiB(size)}, over the ${formatMiB(MAX_CAPTURE_BYTES)} limit for a capture (MAX_CAPTURE_BYTES)`,
      {
        file: path,
        hint: 'An article capture is a few kilobytes; check that this is the right file',
      },
    );
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: path,
    });
  }
}

/** Decodes and parses capture bytes, choosing the HTML or plain-text parser by content. */
export function readCaptureBytes(bytes: Uint8Array, overrides: HtmlOverrides = {}): LoadedCapture {
  const decoded = decodeCapture(bytes);
  const { format } = decoded;
  const html = format === 'html' ? parseHtmlCapture(decoded.text, overrides) : undefined;
  const capture = html ?? parseTextCapture(decoded.text);
  const notes: string[] = [];
  if (decoded.encoding !== 'utf-8') notes.push(`converted from ${decoded.encoding} to UTF-8`);
  else if (decoded.hadBom) notes.push('removed the UTF-8 byte-order mark');
  if (decoded.normalisedLineEnds) notes.push('converted CRLF line ends to LF');
  if (decoded.removedControls) {
    const { count, first, line } = decoded.removedControls;
    notes.push(`removed ${count} stray control character${count === 1 ? '' : 's'} (first ${first}, line ${line})`);
  }
  if (html) notes.push(...html.notes);
  return html
    ? { capture, format, html, encoding: decoded.encoding, notes }
    : { capture, format, encoding: decoded.encoding, notes };
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
