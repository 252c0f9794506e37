import { describe, expect, it } from 'vitest';
import { getVnuArgs, parseVnuOutput } from './vnu.ts';

describe('getVnuArgs', () => {
  it('checks every file in one run, JSON on stdout, never failing the process', () => {
    expect(getVnuArgs('/j/vnu.jar', ['/d/index.html', '/d/404.html'])).toEqual([
      '-jar',
      '/j/vnu.jar',
      '--format',
      'json',
      '--exit-zero-always',
      '--stdout',
      '/d/index.html',
      '/d/404.html',
    ]);
  });
});

describe('parseVnuOutput', () => {
  const output = JSON.stringify({
    version: '26.9.27',
    messages: [
      {
        type: 'error',
        url: 'file:/d/articles/x/index.html',
        lastLine: 1,
        firstColumn: 120,
        lastColumn: 130,
        message: 'Duplicate ID “contenu”.',
        extract: '<main id="contenu">',
      },
      {
        type: 'info',
        subType: 'warning',
        url: 'file:/d/index.html',
        lastLine: 1,
        message: 'Consider avoiding viewport values that prevent users from resizing documents.',
      },
      {
        type: 'info',
        url: 'file:/d/index.html',
        lastLine: 1,
        message: 'Trailing slash on void elements has no effect.',
      },
      { type: 'non-document-error', url: 'file:/d/broken.html', message: 'IO error: file not found.' },
      {
        type: 'info',
        subType: 'warning',
        url: 'file:/d/index.html',
        message:
          'Resource violates Content Security Policy (meta tag): external stylesheet “/_astro/a.css” blocked by “style-src” directive.',
      },
      {
        type: 'error',
        url: 'file:/d/index.html',
        lastLine: 2,
        message:
          'Element “style” not allowed as child of element “body” in this context. (Suppressing further errors from this subtree.) Content Security Policy (meta tag)',
      },
    ],
  });

  it('files errors and warnings under their page, dropping plain info messages and file:-origin CSP warnings', () => {
    const byFile = parseVnuOutput(output, '/d');
    expect([...byFile.keys()].sort()).toEqual(['articles/x/index.html', 'broken.html', 'index.html']);
    expect(byFile.get('articles/x/index.html')).toEqual([
      { message: 'Duplicate ID “contenu”. — “<main id="contenu">”', line: 1, column: 120, severity: 'error' },
    ]);
    expect(byFile.get('index.html')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('viewport') }),
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('Element “style” not allowed') }),
    ]);
    expect(byFile.get('broken.html')).toEqual([
      expect.objectContaining({ severity: 'error', message: 'IO error: file not found.' }),
    ]);
  });

  it('returns nothing for a clean run', () => {
    expect(parseVnuOutput('{"version":"26.9.27","messages":[]}', '/d').size).toBe(0);
  });

  it.each(['', 'Exception in thread "main"', '{"errors":[]}'])(
    'throws on output that is not a vnu JSON report: %j',
    (raw) => {
      expect(() => parseVnuOutput(raw, '/d')).toThrow();
    },
  );
});
