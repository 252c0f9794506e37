import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from './decode.ts';
import { ImportError } from './errors.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeCapture', () => {
  const accepted: {
    name: string;
    input: Uint8Array;
    text: string;
    encoding: string;
    hadBom: boolean;
    normalisedLineEnds: boolean;
    format: 'text' | 'html';
    removedControls?: { count: number; first: string; line: number };
  }[] = [
    {
      name: 'plain UTF-8',
      input: utf8('Coopération\n'),
      text: 'Coopération\n',
      encoding: 'utf-8',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'UTF-8 with BOM: BOM stripped',
      input: bytes([0xef, 0xbb, 0xbf], utf8('Été')),
      text: 'Été',
      encoding: 'utf-8',
      hadBom: true,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'CRLF and lone CR: normalised to LF',
      input: utf8('a\r\nb\rc\n'),
      text: 'a\nb\nc\n',
      encoding: 'utf-8',
      hadBom: false,
      normalisedLineEnds: true,
      format: 'text',
    },
    {
      name: 'Windows-1252: converted, curly apostrophe and euro included',
      input: iconv.encode('Coopération franco-belge : j’ai 5 €\r\n', 'windows-1252'),
      text: 'Coopération franco-belge : j’ai 5 €\n',
      encoding: 'windows-1252',
      hadBom: false,
      normalisedLineEnds: true,
      format: 'text',
    },
    {
      name: 'Latin-1 bytes: read as Windows-1252',
      input: bytes([0x63, 0x61, 0x66, 0xe9]),
      text: 'café',
      encoding: 'windows-1252',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'UTF-16 LE with BOM',
      input: bytes([0xff, 0xfe], iconv.encode('Été\n', 'utf-16le')),
      text: 'Été\n',
      encoding: 'utf-16le',
      hadBom: true,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'UTF-16 BE with BOM',
      input: bytes([0xfe, 0xff], iconv.encode('Été\n', 'utf-16be')),
      text: 'Été\n',
      encoding: 'utf-16be',
      hadBom: true,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'tab and form feed are text',
      input: utf8('a\tb\fc'),
      text: 'a\tb\fc',
      encoding: 'utf-8',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'text',
    },
    {
      name: 'an HTML page declaring Windows-1252 whose bytes happen to be valid UTF-8: the declaration wins',
      input: bytes(utf8('<html><head><meta charset="windows-1252"></head><body><p>'), [0xc3, 0xa9], utf8('</p>')),
      text: '<html><head><meta charset="windows-1252"></head><body><p>Ã©</p>',
      encoding: 'windows-1252',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'html',
    },
    {
      name: 'an HTML page declaring ISO-8859-1 (read as Windows-1252, as browsers do)',
      input: bytes(
        utf8('<html><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'),
        [0x92, 0xe9],
      ),
      text: '<html><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>’é',
      encoding: 'windows-1252',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'html',
    },
    {
      name: 'an HTML page with a stray U+0081: removed, as an HTML parser tolerates it',
      input: utf8('<!DOCTYPE html>\n<p>Le\u0081 texte</p>'),
      text: '<!DOCTYPE html>\n<p>Le texte</p>',
      encoding: 'utf-8',
      hadBom: false,
      normalisedLineEnds: false,
      format: 'html',
      removedControls: { count: 1, first: 'U+0081', line: 2 },
    },
  ];
  it.each(accepted)('$name', ({ name: _name, input, ...expected }) => {
    expect(decodeCapture(input)).toEqual(expected);
  });

  const refused: { name: string; input: Uint8Array; message: RegExp }[] = [
    { name: 'empty file', input: new Uint8Array(), message: /^the file is empty/ },
    {
      name: 'only blank lines and no-break spaces',
      input: utf8('\n\u00a0\n  \r\n'),
      message: /holds only blank lines/,
    },
    {
      name: 'NUL bytes (binary)',
      input: bytes(utf8('PK'), [0x03, 0x04, 0x00, 0x00], utf8('text')),
      message: /binary file/,
    },
    {
      name: 'PNG header',
      input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      message: /binary file/,
    },
    {
      name: 'many control bytes without NUL',
      input: bytes(...Array.from({ length: 40 }, (_, i) => [0x01 + (i % 7), 0x41])),
      message: /binary file/,
    },
    {
      name: 'one stray control character',
      input: utf8('Titre\n\nUn\u0007texte.'),
      message: /line 3 holds the control character U\+0007/,
    },
    {
      name: 'a plain-text capture with a stray U+0081 (plain-text rules unchanged)',
      input: utf8('Titre\n\nUn\u0081 texte.'),
      message: /line 3 holds the control character U\+0081/,
    },
    {
      name: 'an HTML page full of control bytes (binary, whatever it starts with)',
      input: bytes(utf8('<html><p>'), ...Array.from({ length: 40 }, (_, i) => [0x01 + (i % 7), 0x41])),
      message: /binary file/,
    },
    {
      name: 'UTF-8 BOM followed by invalid UTF-8',
      input: bytes([0xef, 0xbb, 0xbf, 0x63, 0xe9]),
      message: /byte-order mark but is not valid UTF-8/,
    },
  ];
  it.each(refused)('refuses $name', ({ input, message }) => {
    expect(() => decodeCapture(input)).toThrow(ImportError);
    expect(() => decodeCapture(input)).toThrow(message);
  });
});
