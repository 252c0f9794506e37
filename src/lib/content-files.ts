/**
 * Checks on the raw bytes of content files, before the content layer parses them: the
 * file must be UTF-8 (a Latin-1 file would otherwise publish U+FFFD for every accent),
 * its YAML must not use anchors or aliases (an alias bomb expands a few lines into
 * gigabytes, and no entry needs to repeat a value by reference), and it must parse, so that a
 * syntax error is reported with its line in the file and the usual fix, not as a parser trace.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Lexer, parseDocument } from 'yaml';
import type { CleanFileMemo } from './clean-files-memo.ts';
import type { ContentProblem } from './corpus.ts';

/** Where the first invalid UTF-8 sequence of `bytes` starts, or `undefined` when all is UTF-8. */
export function findInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      i += 1;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte (no overlong forms,
    // no surrogates, nothing above U+10FFFF), as in the Unicode standard's table 3-7.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return undefined;
}

/** An anchor (`&name`) or alias (`*name`) of a YAML text, with its 1-based line. */
export interface YamlReference {
  token: string;
  line: number;
}

/** The anchors and aliases of `yamlText`, in order (quoted and block text is not mistaken for them). */
export function findYamlReferences(yamlText: string): YamlReference[] {
  const references: YamlReference[] = [];
  let line = 1;
  for (const token of new Lexer().lex(yamlText)) {
    // The lexer also yields one-character markers (document start, scalar…) that are not source text.
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
    if (token.startsWith('&') || token.startsWith('*')) references.push({ token, line });
    line += token.split('\n').length - 1;
  }
  return references;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)(?:\r?\n)?^---\s*$/m;

/** The YAML of a content file: a Markdown entry's frontmatter, or a whole `.yaml` file. */
export function getYamlText(fileName: string, text: string): string {
  if (/\.ya?ml$/i.test(fileName)) return text;
  return FRONTMATTER.exec(text)?.[1] ?? '';
}

/** Problems of one content file's bytes; `filePath` is how messages name it. */
export function findContentFileProblems(filePath: string, bytes: Uint8Array): ContentProblem[] {
  const offset = findInvalidUtf8Offset(bytes);
  if (offset !== undefined) {
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return [
      {
        filePath,
        field: 'encoding',
        message: `byte ${offset} (0x${byte}) is not UTF-8; save the file as UTF-8 (it looks like ${bytes[offset]! >= 0x80 && bytes[offset]! <= 0xff ? 'Latin-1 or Windows-1252' : 'another encoding'})`,
      },
    ];
  }
  const text = Buffer.from(bytes).toString('utf8');
  const yamlText = getYamlText(filePath, text);
  const references = findYamlReferences(yamlText);
  if (references.length === 0) return findYamlSyntaxProblems(filePath, yamlText);
  return references.map(({ token, line }) => ({
    filePath,
    field: 'frontmatter',
    message: `YAML ${token.startsWith('&') ? 'anchor' : 'alias'} ${JSON.stringify(token.length > 40 ? `${token.slice(0, 39)}…` : token)} on line ${line} of the YAML; write the value out in full (anchors and aliases are refused)`,
  }));
}

/**
 * The first YAML syntax error of a content file, located in the file (a Markdown entry's YAML
 * starts on its second line), with the fix for the likeliest cause: a French title such as
 * « Procès : le verdict » holds « : » and must be quoted.
 */
export function findYamlSyntaxProblems(filePath: string, yamlText: string): ContentProblem[] {
  const [error] = parseDocument(yamlText).errors;
  if (!error) return [];
  const firstLine = /\.ya?ml$/i.test(filePath) ? 1 : 2;
  const position = error.linePos?.[0];
  const where = position ? `line ${position.line + firstLine - 1}, column ${position.col}` : 'frontmatter';
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return [
    {
      filePath,
      field: where,
      message: `not valid YAML (${reason}); write a value that holds « : » or « # », or starts with a quote, [, {, & or *, in double quotes ("…")`,
    },
  ];
}

/**
 * Problems of every file of `folder` (not recursive) whose name passes `include`, named
 * relative to the working directory as the content layer names them. With a `memo`, files whose
 * bytes already passed these checks are not checked again, and files that pass are recorded.
 */
export function findContentFolderProblems(
  folder: string,
  include: (fileName: string) => boolean,
  memo?: CleanFileMemo,
): ContentProblem[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter(include)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        // A folder or a dangling link: the content layer reports it in its own words.
        return [];
      }
      if (memo?.isKnownClean(bytes)) return [];
      const problems = findContentFileProblems(relative(process.cwd(), path) || path, bytes);
      if (problems.length === 0) memo?.markClean(bytes);
      return problems;
    });
}

/**
 * Digest of the checks above and of the YAML parser they use: a memo of clean files made by other
 * checks is not trusted (see `src/lib/clean-files-memo.ts`).
 */
export const CONTENT_CHECKS_DIGEST = createHash('sha256')
  .update(
    [findInvalidUtf8Offset, findYamlReferences, getYamlText, findContentFileProblems, findYamlSyntaxProblems]
      .map(String)
      .join('\n'),
  )
  .update(`yaml ${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}`)
  .digest('hex')
  .slice(0, 16);
