/**
 * The one error type of the importer: a problem an editor can act on, tied to the file it concerns.
 * Anything else thrown during an import is a bug in the importer, not in the input.
 */

/** Where an import problem lies and how to fix it. */
export interface ImportErrorDetails {
  /** Path of the file the problem concerns (capture, topic folder or entry); absent for option errors. */
  file?: string;
  /** What the editor can do about it, as a sentence. */
  hint?: string;
}

/** An import failure meant for the editor: `file`, `problem` and an optional `hint`, printed on one line. */
export class ImportError extends Error {
  readonly file: string | undefined;
  readonly problem: string;
  readonly hint: string | undefined;

  constructor(problem: string, details: ImportErrorDetails = {}) {
    super(formatImportProblem(problem, details));
    this.name = 'ImportError';
    this.problem = problem;
    this.file = details.file;
    this.hint = details.hint;
  }

  /** Copy of this error attached to `file`, unless it already names one. */
  withFile(file: string): ImportError {
    if (this.file !== undefined) return this;
    return new ImportError(this.problem, { file, hint: this.hint });
  }
}

/** `file: problem. hint` on a single line (newlines inside the parts are flattened). */
export function formatImportProblem(problem: string, details: ImportErrorDetails = {}): string {
  const parts = [details.file ? `${details.file}: ${problem}` : problem];
  if (details.hint) parts.push(details.hint);
  return parts.join('. ').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** True when `error` is an {@link ImportError}. */
export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
