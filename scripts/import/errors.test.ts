import { describe, expect, it } from 'vitest';
import { formatImportProblem, ImportError, isImportError } from './errors.ts';

describe('formatImportProblem', () => {
  it.each([
    [{ problem: 'the file is empty' }, 'the file is empty'],
    [{ problem: 'the file is empty', file: 'a.txt' }, 'a.txt: the file is empty'],
    [
      { problem: 'the file is empty', file: 'a.txt', hint: 'Capture it again' },
      'a.txt: the file is empty. Capture it again',
    ],
    [{ problem: 'two\nlines', hint: 'and\r\n  more' }, 'two lines. and more'],
  ])('%j → %s', ({ problem, ...details }, expected) => {
    expect(formatImportProblem(problem, details)).toBe(expected);
  });
});

describe('ImportError', () => {
  it('keeps file, problem and hint, and formats its message on one line', () => {
    const error = new ImportError('no such file', { file: 'x.txt', hint: 'Check the path' });
    expect([error.file, error.problem, error.hint, error.message]).toEqual([
      'x.txt',
      'no such file',
      'Check the path',
      'x.txt: no such file. Check the path',
    ]);
    expect(isImportError(error)).toBe(true);
    expect(isImportError(new Error('x'))).toBe(false);
  });

  it('withFile attaches a file once and never replaces one', () => {
    const attached = new ImportError('empty', { hint: 'Retry' }).withFile('a.txt');
    expect(attached.message).toBe('a.txt: empty. Retry');
    expect(attached.withFile('b.txt').file).toBe('a.txt');
  });
});
