import { describe, expect, it } from 'vitest';
import {
  findContentFileProblems,
  findInvalidUtf8Offset,
  findYamlReferences,
  findYamlSyntaxProblems,
  getYamlText,
} from './content-files.ts';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('findInvalidUtf8Offset', () => {
  it.each([
    ['Latin-1 « é »', latin1('---\ntitle: "Sécurité"\n'), 13],
    ['a lone continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['an overlong slash (C0 AF)', Buffer.from([0x61, 0xc0, 0xaf]), 1],
    ['an overlong three-byte form (E0 80 AF)', Buffer.from([0xe0, 0x80, 0xaf]), 0],
    ['an encoded surrogate (ED A0 80)', Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 2],
    ['a code point above U+10FFFF (F4 90 80 80)', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a sequence cut short at the end', Buffer.from([0x61, 0xe2, 0x82]), 1],
    ['an F5 lead byte', Buffer.from([0xf5, 0x80, 0x80, 0x80]), 0],
  ])('finds %s', (_name, bytes, offset) => {
    expect(findInvalidUtf8Offset(bytes)).toBe(offset);
  });

  it('accepts UTF-8 French, a BOM, emoji and U+10FFFF', () => {
    expect(findInvalidUtf8Offset(Buffer.from('\uFEFF« Sécurité » 🚨 \u{10FFFF}', 'utf8'))).toBeUndefined();
  });
});

describe('findYamlReferences', () => {
  it('finds anchors and aliases with their lines', () => {
    const yaml = 'title: "x"\na: &lol ["lol", "lol"]\nb: &lol2 [*lol, *lol]\npublishedAt: *lol2\n';
    expect(findYamlReferences(yaml)).toEqual([
      { token: '&lol', line: 2 },
      { token: '&lol2', line: 3 },
      { token: '*lol', line: 3 },
      { token: '*lol', line: 3 },
      { token: '*lol2', line: 4 },
    ]);
  });

  it('does not mistake stars and ampersands in text for them', () => {
    const yaml = `title: "Le *bon* &choix"\nd: texte *avec* étoile & co\ne: 'x &y'\nf: |\n  *gras* &et\ng: >-\n  &non\n`;
    expect(findYamlReferences(yaml)).toEqual([]);
  });
});

describe('findContentFileProblems', () => {
  it('names the file, the byte offset and the fix for a Latin-1 file', () => {
    expect(findContentFileProblems('content/articles/x.md', latin1('---\ntitle: "Sécurité"\n---\n'))).toEqual([
      {
        filePath: 'content/articles/x.md',
        field: 'encoding',
        message: 'byte 13 (0xE9) is not UTF-8; save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
      },
    ]);
  });

  it('refuses a YAML alias bomb in the frontmatter with a short message per reference', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    const text = `---\n${levels.join('\n')}\npublishedAt: *i\n---\n\nTexte.\n`;
    const problems = findContentFileProblems('content/articles/bombe.md', Buffer.from(text));
    expect(problems[0]).toEqual({
      filePath: 'content/articles/bombe.md',
      field: 'frontmatter',
      message: 'YAML anchor "&a" on line 1 of the YAML; write the value out in full (anchors and aliases are refused)',
    });
    expect(problems.at(-1)?.message).toMatch(/^YAML alias "\*i" on line 10 /);
    expect(problems.every((p) => p.message.length < 200)).toBe(true);
  });

  it('reads only the frontmatter of a Markdown entry, and a whole topic file', () => {
    expect(findContentFileProblems('a.md', Buffer.from('---\ntitle: "x"\n---\n\n*Texte* &amp; a: &b *c\n'))).toEqual(
      [],
    );
    expect(getYamlText('t.yaml', 'name: &n x')).toBe('name: &n x');
    expect(findContentFileProblems('t.yaml', Buffer.from('name: &n x\ndescription: *n\n'))).toHaveLength(2);
  });
});

describe('findYamlSyntaxProblems', () => {
  it('locates an unquoted « : » in the file, counting the frontmatter fence, and gives the fix', () => {
    const problems = findYamlSyntaxProblems(
      'content/articles/x.md',
      'description: "Chapeau."\ntitle: Procès des attentats : le verdict',
    );
    expect(problems).toEqual([
      {
        filePath: 'content/articles/x.md',
        field: 'line 3, column 8',
        message: expect.stringMatching(/^not valid YAML \(.+\); write a value that holds « : »/),
      },
    ]);
  });

  it('counts lines from the top of a YAML file, and accepts the quoted value', () => {
    expect(findYamlSyntaxProblems('content/topics/x.yaml', 'name: Procès : verdict')[0]?.field).toBe(
      'line 1, column 7',
    );
    expect(findYamlSyntaxProblems('content/topics/x.yaml', 'name: "Procès : verdict"')).toEqual([]);
  });
});
