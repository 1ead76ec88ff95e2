/** The output formats of a diff (a module of its own, so the CLI can list them without loading the diff). */
export type DiffFormat = 'html' | 'text' | 'summary' | 'markdown' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['html', 'text', 'summary', 'markdown', 'json'];
