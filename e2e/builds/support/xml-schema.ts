/**
 * XML Schema validation with `xmllint` (libxml2), against the official sitemap schemas vendored
 * in `e2e/fixtures/sitemap-schemas/` (see SOURCES.md there).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build-fixture.ts';

/** Folder of the vendored XSD files. */
export const SCHEMA_DIR = resolve(ROOT, 'e2e/fixtures/sitemap-schemas');

/** Result of one validation: `valid` and xmllint's messages. */
export interface SchemaValidation {
  valid: boolean;
  output: string;
}

/** Throws with the install command when xmllint is missing, so the test fails saying what to do. */
export function assertXmllintInstalled(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `xmllint is not installed (${probe.error.message}); install it with: apt-get install -y libxml2-utils`,
    );
  }
}

/** Validates the XML file `xmlFile` against the XSD file `xsdFile`. */
export function validateWithSchema(xmlFile: string, xsdFile: string): SchemaValidation {
  assertXmllintInstalled();
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsdFile, xmlFile], { encoding: 'utf8' });
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/**
 * An XSD importing the sitemap `urlset` schema and the Google News extension, for validating a
 * news sitemap as a whole: `sitemap.xsd` admits other namespaces in `<url>` only with
 * `processContents="strict"`, so the news schema must be loaded beside it. Returns its path.
 */
export function writeNewsSitemapSchema(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-xsd-'));
  const file = join(dir, 'news-urlset.xsd');
  const at = (name: string) => pathToFileURL(join(SCHEMA_DIR, name)).href;
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="${at('sitemap.xsd')}"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="${at('sitemap-news.xsd')}"/>
</xsd:schema>
`,
  );
  return file;
}
