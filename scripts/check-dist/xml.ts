import { XMLValidator } from 'fast-xml-parser';
import type { Finding } from './report.ts';

/** The document is well-formed XML (feeds, sitemaps): a feed reader rejects the whole file otherwise. */
export function checkWellFormedXml(source: string): Finding[] {
  if (source.trim() === '') return [{ message: 'empty file' }];
  // Deprecated upstream in favour of the separate fast-xml-validator package, which is not a dependency here.
  const result = XMLValidator.validate(source);
  if (result === true) return [];
  return [{ message: `${result.err.code}: ${result.err.msg}`, line: result.err.line, column: result.err.col }];
}
