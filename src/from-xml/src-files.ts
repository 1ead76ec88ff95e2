import { readFileSync } from 'node:fs';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { visitElements, type RfcElement } from '../tree/nodes.js';
import { localFile } from './local-files.js';
import { checkXml, parseXmlFragment } from '../xml/parse.js';

/**
 * Reads the local files that `<artwork src>` and `<sourcecode src>` name into the element, as
 * xml2rfc's prep does, so every writer has the text; an SVG file becomes the artwork's `<svg>`
 * (the text writer shows a placeholder for it). Remote addresses are never fetched.
 */
export function readSrcFiles(root: RfcElement, file: string | undefined, allowOutside: boolean, reporter: Reporter): void {
  visitElements(root, (e) => {
    if (e.name !== 'artwork' && e.name !== 'sourcecode') return;
    const src = e.attributes.src;
    if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src)) return;
    if (e.children.some((c) => c.type !== 'text' || c.value.trim())) return;
    const found = localFile(file, src, allowOutside);
    if ('error' in found) {
      if (found.error === 'outside') {
        reporter.error('include-outside', `"${src}" is outside the document's folder`, e.position,
          'move the file next to the document, or build with --allow-outside-includes');
      } else {
        reporter.warn('src-missing', `cannot read "${src}": no such file`, e.position, 'check the path');
      }
      return;
    }
    const content = readFileSync(found.path, 'utf8');
    if (e.attributes.type !== 'svg') {
      e.children = [{ type: 'text', value: content }];
      return;
    }
    // An SVG file becomes the artwork's <svg> element (the HTML writer draws it, sanitised).
    const xml = content.replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, '').replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>/i, '');
    const err = checkXml(xml);
    const svg = err ? undefined : parseXmlFragment(xml).find((n): n is RfcElement => n.type === 'element' && n.name.replace(/^[\w-]+:/, '') === 'svg');
    if (!svg) {
      reporter.warn('src-svg', `"${src}" is not an SVG drawing${err ? ` (${err.message})` : ''}`, e.position, 'check the file');
      return;
    }
    // Messages about the drawing (what the HTML writer removes) point at the artwork that named the file.
    visitElements(svg, (x) => {
      x.position = e.position;
    });
    e.children = [svg];
  });
}
