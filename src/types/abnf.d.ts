/** The part of the `abnf` package (no types of its own) the ABNF check uses. */
declare module 'abnf' {
  interface Location {
    start: { offset: number; line: number; column: number };
  }
  interface Rules {
    /** Rule definitions by upper-cased name. */
    defs: Record<string, { name?: string; loc: Location }>;
    /** Every rule reference, in order. */
    refs: { name: string; loc: Location }[];
    /** The upper-cased name of the first rule. */
    first: string;
  }
  /** Parses a grammar; throws a peggy syntax error (with `location`) on bad input. */
  export function parseString(text: string, grammarSource?: string, utf16?: boolean): Rules;
}
