/**
 * French typography for interface strings: the same function as titles and bodies
 * (`applyFrenchTypography`), applied once to a whole table of strings, so no label or
 * message reaches a reader with a plain space before « : » or straight quotes.
 */
import { applyFrenchTypography } from './typography.ts';

type StringTable = Record<string, string | ((...args: never[]) => string)>;

/**
 * A copy of `table` whose strings are typeset and whose functions return typeset strings.
 * Values keep their declared types (the characters change, not the meaning).
 */
export function typesetStrings<T extends StringTable>(table: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    result[key] =
      typeof value === 'function'
        ? (...args: never[]) => applyFrenchTypography((value as (...a: never[]) => string)(...args))
        : applyFrenchTypography(value);
  }
  return result as T;
}
