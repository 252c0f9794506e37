/**
 * YAML output for the synthetic corpus, written by hand so the bytes are fixed by
 * the generator alone (no YAML library version can change them) and every string
 * is double-quoted: the article schema refuses dates YAML would read as timestamps.
 */

/** A YAML value the corpus needs: strings, booleans, lists and maps of those. */
export type YamlValue = string | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

// JSON strings are valid YAML double-quoted scalars: JSON escapes are a subset of YAML's.
function toScalar(value: string | boolean): string {
  return typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function isScalar(value: YamlValue): value is string | boolean {
  return typeof value === 'string' || typeof value === 'boolean';
}

function toLines(key: string, value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${key}: ${toScalar(value)}`];
  if (Array.isArray(value)) {
    const items = value as readonly YamlValue[];
    if (items.every(isScalar))
      return [`${indent}${key}: [${items.map((v) => toScalar(v as string | boolean)).join(', ')}]`];
    const lines = [`${indent}${key}:`];
    for (const item of items) {
      const itemLines = toMapLines(item as { readonly [key: string]: YamlValue | undefined }, `${indent}    `);
      // First key of each list item goes on the dash line.
      lines.push(`${indent}  - ${itemLines[0]!.trimStart()}`, ...itemLines.slice(1));
    }
    return lines;
  }
  return [`${indent}${key}:`, ...toMapLines(value as { readonly [key: string]: YamlValue | undefined }, `${indent}  `)];
}

function toMapLines(map: { readonly [key: string]: YamlValue | undefined }, indent: string): string[] {
  return Object.entries(map).flatMap(([key, value]) => (value === undefined ? [] : toLines(key, value, indent)));
}

/** A YAML document (no `---`) for `map`, keys in insertion order, `undefined` values left out. */
export function toYaml(map: { readonly [key: string]: YamlValue | undefined }): string {
  return `${toMapLines(map, '').join('\n')}\n`;
}

/** A Markdown file: `map` as YAML frontmatter between `---` lines, then `body`. */
export function toMarkdownFile(map: { readonly [key: string]: YamlValue | undefined }, body: string): string {
  return `---\n${toYaml(map)}---\n\n${body.trimEnd()}\n`;
}
