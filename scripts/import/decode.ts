/**
 * Bytes of a capture → text. Detects the encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM,
 * otherwise Windows-1252, the usual encoding of captures saved by older Windows tools) and
 * refuses binary content. Line ends are normalised to `\n`.
 */
import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';

/** Encodings the importer recognises in a capture. */
export type CaptureEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded capture: its text with `\n` line ends, and how it was read. */
export interface DecodedCapture {
  text: string;
  encoding: CaptureEncoding;
  /** True when a byte-order mark was found (and removed). */
  hadBom: boolean;
  /** True when CRLF or CR line ends were turned into LF. */
  normalisedLineEnds: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes capture bytes. Throws {@link ImportError} for an empty or blank file, binary content,
 * or text holding control characters (which would end up invisible in the published page).
 */
export function decodeCapture(bytes: Uint8Array): DecodedCapture {
  if (bytes.length === 0) {
    throw new ImportError('the file is empty', { hint: 'Capture the article text again' });
  }
  const { text: raw, encoding, hadBom } = decodeBytes(bytes);
  const text = raw.replace(/\r\n?/g, '\n');
  assertNoControlCharacters(text);
  if (text.trim() === '') {
    throw new ImportError('the file holds only blank lines', { hint: 'Capture the article text again' });
  }
  return { text, encoding, hadBom, normalisedLineEnds: text !== raw };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: CaptureEncoding; hadBom: boolean } {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? refuseInvalidUtf8AfterBom(), encoding: 'utf-8', hadBom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', hadBom: true };
  }
  // NUL never occurs in text in a single-byte or UTF-8 encoding: check before guessing one.
  if (bytes.includes(0)) throw binaryError();
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', hadBom: false };
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', hadBom: false };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuseInvalidUtf8AfterBom(): never {
  throw new ImportError('the file starts with a UTF-8 byte-order mark but is not valid UTF-8', {
    hint: 'Save the capture again as UTF-8',
  });
}

function binaryError(): ImportError {
  return new ImportError('this is a binary file, not a text or HTML capture', {
    hint: 'Pass the .txt or .html file saved from the article page',
  });
}

// C0 controls other than tab, LF and form feed (CR is gone by now), DEL, and C1 controls,
// which Windows-1252 decoding yields for its five undefined bytes.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/u;

function assertNoControlCharacters(text: string): void {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return;
  const controls = text.match(new RegExp(CONTROL_CHARACTER.source, 'gu'))?.length ?? 0;
  // A few stray controls are a damaged text file; many mean the bytes are not text at all.
  if (controls > Math.max(8, text.length / 100)) throw binaryError();
  const line = text.slice(0, match.index).split('\n').length;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ImportError(`line ${line} holds the control character ${codePoint}, which is not text`, {
    hint: 'Remove it from the capture and run the import again',
  });
}
