/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the root of a deployed site:
 * a URL pattern on its own line, then indented `Name: value` lines. `*` matches any run of
 * characters (including `/`), `:name` one path segment. When several rules match a URL, their
 * headers are all sent; a header set by two rules gets both values, joined by a comma.
 */

/** One rule: the pattern as written and the headers it sets, in file order. */
export interface HeadersRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file; throws naming the line when a header comes before any pattern or has no colon. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) {
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a URL pattern, got "${line}"`);
    }
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Headers (lower-case names) that `rules` give the URL path `path`. */
export function getHeadersFor(rules: readonly HeadersRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
