import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSwallowingTagName } from './prose-tags.ts';
import { siteRenderer } from './test-renderer.ts';

const FILE_URL = pathToFileURL(`${process.cwd()}/content/articles/prose.md`);
let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
});
afterEach(() => vi.restoreAllMocks());

async function render(source: string): Promise<string> {
  return (await siteRenderer.render(source, { fileURL: FILE_URL })).code;
}

const ARTICLE = `Les pirates ont glissé une balise <script> dans la page du ministère.

## Ce que dit l'enquête

Les enquêteurs ont retrouvé la trace des pirates.

Le site a été rétabli le lendemain.
`;

describe('tags named in prose', () => {
  it('keeps « une balise <script> dans la page » as text, and every paragraph after it', async () => {
    const html = await render(ARTICLE);
    expect(html).toContain('une balise &lt;script&gt; dans la page du ministère');
    expect(html).toContain(">Ce que dit l'enquête</h2>");
    expect(html).toContain('Les enquêteurs ont retrouvé la trace des pirates.');
    expect(html).toContain('Le site a été rétabli le lendemain.');
    expect(html).not.toMatch(/<script/i);
    expect(warnings).toEqual([]);
  });

  it.each(['iframe', 'style', 'textarea', 'title', 'template', 'noscript', 'svg', 'math', 'object', 'select', 'xmp'])(
    'keeps the text after an unclosed <%s> named in a sentence',
    async (tag) => {
      const html = await render(`La balise <${tag}> est en cause.\n\nParagraphe suivant.\n`);
      expect(html).toContain('Paragraphe suivant.');
      expect(html).toContain(`&lt;${tag}&gt; est en cause`);
    },
  );

  it('still removes real markup, closed where it is opened', async () => {
    const html = await render('Avant <script>alert(1)</script> après, <SCRIPT>x</SCRIPT> fin.\n\nSuite.\n');
    expect(html).not.toMatch(/alert|<script/i);
    expect(html).toContain('Suite.');
    expect(warnings.join('\n')).toContain('<script> and its content');
  });

  it('shows an opening tag as text when its closer is only in a later paragraph', async () => {
    const html = await render('Un <script> ici.\n\nalert(1)\n\nEt </script> là.\n');
    expect(html).toContain('&lt;script&gt; ici.');
    expect(html).toContain('alert(1)');
    expect(html).not.toMatch(/<script/i);
  });

  it('fails on a line that opens a script nothing closes, naming the file and the fix', async () => {
    await expect(render('Texte.\n\n<script> est une balise.\n\n## Suite\n\nFin.\n')).rejects.toThrow(
      /content\/articles\/prose\.md → body: a line starts with <script> and nothing closes it.*write it as `<script>` or \\<script>/,
    );
  });
});

describe('getSwallowingTagName', () => {
  it.each([
    ['<script>', 'script'],
    ['<SCRIPT type="x">', 'script'],
    ['<iframe src=x>', 'iframe'],
    ['<b>', undefined],
    ['<input>', undefined],
    ['<svg/>', undefined],
    ['</script>', undefined],
  ])('%s → %s', (html, name) => {
    expect(getSwallowingTagName(html)).toBe(name);
  });
});
