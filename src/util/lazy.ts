import { createRequire } from 'node:module';

/**
 * A module loaded the first time it is used instead of when draftsmith starts: for the code
 * most runs never reach (the micromark parser, the example validators), whose hundreds of
 * files would otherwise be read and compiled on every start. Loading is synchronous, so sync
 * code can use it: CommonJS packages, and ES modules without top-level await, which Node has
 * been able to `require` since 20.19 (the oldest version draftsmith supports).
 *
 * `from` is the importing module's `import.meta.url`; `specifier` is resolved from there.
 */
export function lazy<T>(from: string, specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(from)(specifier) as T);
}
