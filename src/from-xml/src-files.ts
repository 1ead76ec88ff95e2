import { readFileSync } from 'node:fs';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { visitElements, type RfcElement } from '../tree/nodes.js';
import { localFile } from './local-files.js';

/**
 * Reads the local files that `<artwork src>` and `<sourcecode src>` name into the element, as
 * xml2rfc's prep does, so every writer has the text. SVG stays unread (the text writer shows a
 * placeholder for it), and so do remote addresses (never fetched).
 */
export function readSrcFiles(root: RfcElement, file: string | undefined, allowOutside: boolean, reporter: Reporter): void {
  visitElements(root, (e) => {
    if (e.name !== 'artwork' && e.name !== 'sourcecode') return;
    const src = e.attributes.src;
    if (!src || e.attributes.type === 'svg' || /^[a-z][a-z0-9+.-]*:/i.test(src)) return;
    if (e.children.some((c) => c.type !== 'text' || c.value.trim())) return;
    const found = localFile(file, src, allowOutside);
    if ('error' in found) {
      if (found.error === 'outside') {
        reporter.error('include-outside', `"${src}" is outside the document's folder`, e.position,
          'move the file next to the document, or allow it explicitly');
      } else {
        reporter.warn('src-missing', `cannot read "${src}": no such file`, e.position, 'check the path');
      }
      return;
    }
    e.children = [{ type: 'text', value: readFileSync(found.path, 'utf8') }];
  });
}
