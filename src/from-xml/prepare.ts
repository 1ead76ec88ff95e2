import { checkXml } from '../xml/parse.js';
import { decodeEntityValues, EntityExpansionError, expandInternalEntities, externalEntitiesToIncludes, xml2rfcEntities } from './entities.js';

/** Why a text cannot be read as XML: where, what, and what to do. */
export interface PrepareError {
  ruleId: 'xml-entity' | 'xml-syntax';
  message: string;
  line: number;
  column: number;
  hint: string;
}

/** The 1-based line and column of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * A parameter entity (`<!ENTITY % name …>`), which RFC XML never needs and the parser cannot
 * read: the offset of the first declaration, if any.
 */
function parameterEntityAt(text: string): number | undefined {
  const m = /<!ENTITY\s+%/.exec(text);
  return m && /<!DOCTYPE/.test(text.slice(0, m.index)) ? m.index : undefined;
}

/**
 * An XML text (a document or a file it includes) made ready for the parser: xml2rfc's
 * entities, character references in entity values, external entities turned into
 * `xi:include`s (never read here), internal entities expanded within a bound, and the
 * result checked for well-formedness. Line numbers stay those of the text.
 */
export function prepareXmlText(source: string): { text: string } | { error: PrepareError } {
  const clean = source.replace(/^\uFEFF/, '');
  const param = parameterEntityAt(clean);
  if (param !== undefined) {
    return { error: { ruleId: 'xml-entity', message: 'parameter entities (<!ENTITY % …>) are not supported (refused)', ...lineColumn(clean, param),
      hint: 'declare general entities with plain values in the internal subset, or write the text out' } };
  }
  const { text: withIncludes } = externalEntitiesToIncludes(decodeEntityValues(xml2rfcEntities(clean)));
  let text: string;
  try {
    text = expandInternalEntities(withIncludes);
  } catch (e) {
    if (!(e instanceof EntityExpansionError)) throw e;
    return { error: { ruleId: 'xml-entity', message: e.message, ...lineColumn(withIncludes, e.offset),
      hint: 'declare entities with plain values, or write the text out' } };
  }
  const err = checkXml(text);
  if (err) {
    return { error: { ruleId: 'xml-syntax', message: `the XML is not well-formed: ${err.message}`, line: err.line, column: err.column,
      hint: 'fix the markup at this place; every element must be closed and attributes quoted' } };
  }
  return { text };
}
