import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A revision that cannot be compared: a missing file, an unknown git revision, a binary file,
 * or a source with errors (its diagnostics). The CLI prints it and exits with status 1.
 */
export class DiffInputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly hint?: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }

  /** As diagnostics: the source's own when it had errors, else this one. */
  toDiagnostics(): Diagnostic[] {
    if (this.diagnostics.length) return this.diagnostics;
    return [{ severity: 'error', ruleId: 'diff-input', file: this.file, message: this.message, hint: this.hint }];
  }
}
