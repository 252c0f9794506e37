/**
 * Bytes of a capture → text. Detects the encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM, the
 * `<meta charset>` an HTML page declares, otherwise Windows-1252, the usual encoding of captures
 * saved by older Windows tools) and refuses binary content. Line ends are normalised to `\n`.
 * A plain-text capture holding a control character is refused; an HTML page loses its stray
 * control characters, as an HTML parser tolerates them (a page saved from a browser often has one).
 */
import iconv from 'iconv-lite';
import { isHtmlCapture } from './capture-format.ts';
import { ImportError } from './errors.ts';

/** Encodings the importer recognises in a capture. */
export type CaptureEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

/** A decoded capture: its text with `\n` line ends, and how it was read. */
export interface DecodedCapture {
  text: string;
  encoding: CaptureEncoding;
  /** True when a byte-order mark was found (and removed). */
  hadBom: boolean;
  /** True when CRLF or CR line ends were turned into LF. */
  normalisedLineEnds: boolean;
  /** Whether the text is an HTML page (or fragment) rather than plain text. */
  format: 'text' | 'html';
  /** Control characters removed from an HTML page: how many, and the first one with its line. */
  removedControls?: { count: number; first: string; line: number };
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
  const normalised = raw.replace(/\r\n?/g, '\n');
  const format = isHtmlCapture(normalised) ? 'html' : 'text';
  const controls = findControlCharacters(normalised);
  let text = normalised;
  let removedControls: DecodedCapture['removedControls'];
  if (controls) {
    if (controls.count > Math.max(8, normalised.length / 100)) throw binaryError();
    if (format === 'text') {
      throw new ImportError(`line ${controls.line} holds the control character ${controls.first}, which is not text`, {
        hint: 'Remove it from the capture and run the import again',
      });
    }
    text = normalised.replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), '');
    removedControls = controls;
  }
  if (text.trim() === '') {
    throw new ImportError('the file holds only blank lines', { hint: 'Capture the article text again' });
  }
  return {
    text,
    encoding,
    hadBom,
    normalisedLineEnds: normalised !== raw,
    format,
    ...(removedControls ? { removedControls } : {}),
  };
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
  const declared = declaredHtmlCharset(bytes);
  if (declared === 'windows-1252' || declared === 'iso-8859-15') {
    return { text: iconv.decode(bytes, declared), encoding: declared, hadBom: false };
  }
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

/**
 * The single-byte encoding an HTML page declares in its first 1,024 bytes (`<meta charset>` or the
 * `http-equiv` form), as browsers read it: Latin-1 and ASCII labels mean Windows-1252. UTF-8 and
 * unknown labels return undefined: UTF-8 is tried first anyway.
 */
export function declaredHtmlCharset(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (!head.trimStart().startsWith('<')) return undefined;
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label) return undefined;
  if (/^(?:windows-1252|cp1252|x-cp1252|iso-?8859-1|iso_8859-1|latin-?1|l1|us-ascii|ascii)$/.test(label)) {
    return 'windows-1252';
  }
  if (/^(?:iso-?8859-15|latin-?9|l9)$/.test(label)) return 'iso-8859-15';
  return undefined;
}

// C0 controls other than tab, LF and form feed (CR is gone by now), DEL, and C1 controls,
// which Windows-1252 decoding yields for its five undefined bytes.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/u;

function findControlCharacters(text: string): { count: number; first: string; line: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const count = text.match(new RegExp(CONTROL_CHARACTER.source, 'gu'))?.length ?? 0;
  const line = text.slice(0, match.index).split('\n').length;
  const first = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { count, first, line };
}
