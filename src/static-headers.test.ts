import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Rules of a Netlify / Cloudflare Pages `_headers` file: path pattern → headers. */
function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Every Content-Security-Policy a response for `path` gets (all apply: the strictest wins). */
function getPolicies(path: string): string[] {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  return rules
    .filter((rule) => matches(rule.pattern))
    .flatMap((rule) => rule.headers.filter(([name]) => name === 'content-security-policy').map(([, value]) => value));
}

function blocksScript(policy: string): boolean {
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  return scripts === "'none'" && directives.has('sandbox');
}

describe('public/_headers', () => {
  it.each(['/_astro/logo.B1x2c3.svg', '/_astro/photo.Ab12.webp', '/favicon.svg'])(
    'serves %s with a policy that runs no script',
    (path) => {
      expect(getPolicies(path).some(blocksScript)).toBe(true);
    },
  );

  it.each(['/', '/articles/x/', '/recherche/'])('leaves script to the page’s own hashed policy on %s', (path) => {
    const policies = getPolicies(path);
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.some(blocksScript)).toBe(false);
  });
});
