/** Serialisation of JSON-LD for `<script type="application/ld+json">`. */

/**
 * JSON text that no content can turn into markup: `<`, `>` and `&` become
 * `\u003c`-style escapes (still the same JSON value), as do U+2028/U+2029.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
