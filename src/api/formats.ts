/** The artifacts a build writes (a module of its own, so the CLI can list them without loading the build). */
export type OutputFormat = 'xml' | 'text' | 'html';
export const FORMATS: readonly OutputFormat[] = ['xml', 'text', 'html'];
