/**
 * The HTML writer's SVG sanitiser: real drawings from the corpus come through whole; hostile
 * ones lose every part that could run script or load something, and say so.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { xmlToRfc } from '../../../../src/from-xml/index.js';
import { checkXml, parseXmlFragment } from '../../../../src/xml/parse.js';
import { el, isElement, type ElementName, visitElements, type RfcElement, type RfcNode } from '../../../../src/tree/nodes.js';
import { svgMarkup } from '../../../../src/writers/html/svg.js';
import { repoRoot } from '../../helpers.js';

/** ../shared/corpus next to the repository, or $DRAFTSMITH_CORPUS. */
const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));
const XML2RFC_INPUTS = join(CORPUS, 'xml2rfc', 'tests', 'input');

/** An element built by hand (SVG names are not in the RFC XML vocabulary type). */
function svgEl(name: string, attributes: Record<string, string> = {}, children: RfcNode[] = []): RfcElement {
  return el(name as ElementName, attributes, children);
}

interface Sanitised { markup: string; reports: { message: string; element: RfcElement }[] }

function sanitise(svg: RfcElement): Sanitised {
  const reports: Sanitised['reports'] = [];
  const markup = svgMarkup(svg, (message, element) => reports.push({ message, element }));
  return { markup, reports };
}

/** Reads an SVG fragment with the project's XML reader and sanitises it. */
function run(xml: string): Sanitised & { messages: string; svg: RfcElement } {
  const nodes = parseXmlFragment(xml);
  const svg = nodes.find((n): n is RfcElement => isElement(n));
  assert.ok(svg, 'test input has no element');
  const r = sanitise(svg);
  return { ...r, svg, messages: r.reports.map((x) => x.message).join('\n') };
}

/** The markup read back as XML: it must be well-formed, with one root element. */
function reparse(markup: string): RfcElement {
  const err = checkXml(markup);
  assert.equal(err, undefined, `output is not well-formed XML: ${JSON.stringify(err)}\n${markup}`);
  const roots = parseXmlFragment(markup).filter((n): n is RfcElement => isElement(n));
  assert.equal(roots.length, 1, markup);
  return roots[0];
}

/** Element names (prefix removed) in document order, with their attributes other than namespace declarations. */
function shape(root: RfcElement): { name: string; attributes: Record<string, string> }[] {
  const out: { name: string; attributes: Record<string, string> }[] = [];
  visitElements(root, (e) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.attributes)) if (k !== 'xmlns' && !k.startsWith('xmlns:')) attributes[k] = v;
    out.push({ name: e.name.replace(/^svg:/, ''), attributes });
  });
  return out;
}

/** The concatenated text of every <text>, <tspan>, <title> and <desc>. */
function drawingText(root: RfcElement): string {
  let s = '';
  const walk = (n: RfcNode, inText: boolean) => {
    if (n.type === 'text' && inText) s += n.value;
    if (n.type === 'element') for (const c of n.children) walk(c, inText || ['text', 'tspan', 'title', 'desc'].includes(n.name));
  };
  walk(root, false);
  return s;
}

/** The drawings of an xml2rfc test input: inline `<svg>` children of SVG artwork, and `src=` files next to it. */
async function drawingsOf(file: string): Promise<{ where: string; svg: RfcElement }[]> {
  const r = await xmlToRfc(readFileSync(file, 'utf8'), { file, offline: true });
  const found: { where: string; svg: RfcElement }[] = [];
  visitElements(r.document.root, (e) => {
    if (e.name !== 'artwork' || e.attributes.type !== 'svg') return;
    for (const c of e.children) if (isElement(c, 'svg')) found.push({ where: `${file} line ${c.position?.start.line}`, svg: c });
    const src = e.attributes.src;
    if (src && !e.children.some((c) => isElement(c)) && existsSync(join(dirname(file), src))) {
      const svg = parseXmlFragment(readFileSync(join(dirname(file), src), 'utf8')).find((n): n is RfcElement => isElement(n, 'svg'));
      if (svg) found.push({ where: `${file}: ${src}`, svg });
    }
  });
  return found;
}

describe('html svgMarkup: corpus drawings', function () {
  if (!existsSync(XML2RFC_INPUTS)) {
    it('needs ../shared/corpus', function () {
      console.log(`${XML2RFC_INPUTS} not found: SVG corpus tests skipped`);
      this.skip();
    });
    return;
  }

  it('keeps every element, attribute and text of the SVG in xml2rfc\'s test inputs, and reports nothing', async () => {
    const files = readdirSync(XML2RFC_INPUTS).filter((f) => f.endsWith('.xml')).map((f) => join(XML2RFC_INPUTS, f))
      .filter((f) => /<svg\b|type="svg"/.test(readFileSync(f, 'utf8')));
    const drawings = (await Promise.all(files.map(drawingsOf))).flat();
    // draft-v3-features.xml: 4 inline and 2 src=; elements.xml: 2 inline and 1 xi:include; draft-template.xml: 1 src=.
    assert.ok(drawings.length >= 10, `only ${drawings.length} drawings found in ${files.join(', ')}`);
    let drawingElements = 0;
    for (const { where, svg } of drawings) {
      const { markup, reports } = sanitise(svg);
      assert.deepEqual(reports.map((r) => r.message), [], where);
      const back = reparse(markup);
      assert.equal(back.attributes.xmlns, 'http://www.w3.org/2000/svg', where);
      assert.deepEqual(shape(back), shape(svg), where);
      assert.equal(drawingText(back), drawingText(svg), where);
      drawingElements += shape(svg).filter((e) => ['path', 'rect', 'text', 'line', 'circle', 'polygon', 'polyline'].includes(e.name)).length;
    }
    assert.ok(drawingElements >= 30, `${drawingElements} drawing elements`);
  });

  it('keeps the <defs> and <use xlink:href="#…"> of the formula in RFC 9100, declaring xlink', async function () {
    const file = join(CORPUS, 'rfc', 'rfc9100.notprepped.xml');
    if (!existsSync(file)) this.skip();
    const [{ svg }] = await drawingsOf(file);
    const { markup, reports } = sanitise(svg);
    assert.deepEqual(reports, []);
    const back = reparse(markup);
    assert.equal(back.attributes['xmlns:xlink'], 'http://www.w3.org/1999/xlink');
    assert.deepEqual(shape(back), shape(svg));
    const uses = shape(back).filter((e) => e.name === 'use');
    assert.ok(uses.length >= 20 && uses.every((u) => /^#E1-/.test(u.attributes['xlink:href'])), `${uses.length} <use>`);
  });

  it('keeps the aasvg diagrams that the TLS 1.3bis draft\'s HTML carries (the usual source of SVG in drafts)', function () {
    const file = join(CORPUS, 'drafts', 'tls13-spec', 'draft-ietf-tls-rfc8446bis.html');
    if (!existsSync(file)) this.skip();
    const drawings = readFileSync(file, 'utf8').match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
    assert.ok(drawings.length >= 7, `${drawings.length} drawings`);
    for (const xml of drawings) {
      const r = run(xml);
      assert.deepEqual(r.reports, [], xml.slice(0, 200));
      const back = reparse(r.markup);
      assert.deepEqual(shape(back), shape(r.svg));
      assert.equal(drawingText(back), drawingText(r.svg));
    }
  });
});

describe('html svgMarkup: hostile drawings', () => {
  const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';

  it('drops <script> with its content, reporting it once', () => {
    const r = run(`<svg ${SVG}><script>alert(1)</script><path d="M0 0"/><script type="text/ecmascript">alert(2)</script></svg>`);
    assert.equal(r.markup, '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>');
    assert.deepEqual(r.reports.map((x) => x.message), ['removed <script> and its content (not part of SVG Tiny 1.2 RFC)']);
  });

  it('drops event handler attributes in any case and on any element', () => {
    const r = run(`<svg ${SVG} onload="alert(1)"><g ONCLICK="alert(2)"><rect width="1" height="1" onmouseover="alert(3)"/></g></svg>`);
    assert.equal(r.markup, '<svg xmlns="http://www.w3.org/2000/svg"><g><rect width="1" height="1"/></g></svg>');
    assert.doesNotMatch(r.markup, /alert|on\w+=/i);
    assert.match(r.messages, /removed the onload attribute \(event handler\)/);
    assert.match(r.messages, /removed the ONCLICK attribute \(event handler\)/);
    assert.match(r.messages, /removed the onmouseover attribute \(event handler\)/);
  });

  it('drops links out of the page: javascript:, data:, http:, even when hidden by whitespace or entities', () => {
    const r = run(`<svg ${SVG}>
      <a xlink:href="javascript:alert(1)"><text x="1" y="1">one</text></a>
      <a href=" JavaScript:alert(2)"><text>two</text></a>
      <a xlink:href="java&#10;script:alert(3)"><text>three</text></a>
      <use href="http://x/#a"/>
      <use xlink:href="data:image/svg+xml,&lt;svg onload='alert(4)'/&gt;"/>
      <use xlink:href="//x/y.svg#a"/>
      <image href="http://x/y.png"/>
      <a xlink:href="#target"><text>kept</text></a>
      <use href="#shape"/>
    </svg>`);
    assert.doesNotMatch(r.markup, /javascript|script:|alert|data:|\/\/x|<image/i);
    assert.match(r.markup, /<a xlink:href="#target"><text>kept<\/text><\/a>/);
    assert.match(r.markup, /<use xlink:href="#shape"\/>/, 'SVG 2 href becomes xlink:href');
    assert.match(r.markup, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink">/);
    // The links went, their content stayed.
    assert.equal((r.markup.match(/<text/g) ?? []).length, 4);
    assert.match(r.messages, /removed the xlink:href attribute of <a>: only links to an id within the page/);
    assert.match(r.messages, /removed the href attribute of <a>/);
    assert.match(r.messages, /removed the href attribute of <use>/);
    assert.match(r.messages, /removed <image> and its content/);
    reparse(r.markup);
  });

  it('drops foreignObject, handler, listener, style elements and nested <svg> with everything inside', () => {
    const r = run(`<svg ${SVG}>
      <foreignObject width="9" height="9"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://x/"/></foreignObject>
      <handler type="application/ecmascript">alert(1)</handler>
      <listener event="click" handler="#h"/>
      <style>@import url(http://x/a.css);</style>
      <g><svg><path d="M1 1"/></svg></g>
      <circle r="1"/>
    </svg>`);
    assert.doesNotMatch(r.markup, /foreignObject|iframe|handler|listener|style|alert|http:\/\/x|M1 1/);
    assert.match(r.markup, /<circle r="1"\/>/);
    for (const name of ['foreignObject', 'handler', 'listener', 'style']) assert.match(r.messages, new RegExp(`removed <${name}> and its content`));
    assert.match(r.messages, /removed <svg> inside <g>/);
  });

  it('drops animation elements, so href and on* attributes cannot be animated in', () => {
    const r = run(`<svg ${SVG}>
      <rect width="5" height="5"><set attributeName="onmouseover" to="alert(1)"/></rect>
      <a xlink:href="#x"><animate attributeName="href" to="javascript:alert(2)" begin="0s"/><text>t</text></a>
      <animateTransform attributeName="transform" type="scale" from="1" to="2"/>
    </svg>`);
    assert.doesNotMatch(r.markup, /set|animate|attributeName|onmouseover|javascript|alert/i);
    assert.match(r.markup, /<rect width="5" height="5">\s*<\/rect>/);
    assert.match(r.messages, /removed <set> and its content/);
    assert.match(r.messages, /removed <animate> and its content/);
    assert.match(r.messages, /removed <animateTransform> and its content/);
  });

  it('drops style attributes and values that CSS would fetch or evaluate', () => {
    const r = run(`<svg ${SVG}>
      <rect width="1" height="1" style="background:url(http://x/a.png)"/>
      <rect width="2" height="2" fill="url(http://x/p.svg#paint)"/>
      <rect width="3" height="3" fill="u\\rl(http://x/p.svg#paint)"/>
      <rect width="4" height="4" stroke="URL ( 'http://x' )"/>
      <rect width="5" height="5" stroke="image-set('http://x' 1x)"/>
      <rect width="6" height="6" fill="expression(alert(1))"/>
      <rect width="7" height="7" fill="rgb(0, 0, 0)" stroke="#000000" transform="translate(1,2) scale(2)"/>
    </svg>`);
    assert.doesNotMatch(r.markup, /style=|url|\\|\/\/x|image-set|expression|alert/i);
    assert.match(r.markup, /<rect width="7" height="7" fill="rgb\(0, 0, 0\)" stroke="#000000" transform="translate\(1,2\) scale\(2\)"\/>/);
    assert.match(r.messages, /removed the style attribute \(SVG Tiny 1\.2 RFC has no styles/);
    assert.match(r.messages, /removed the fill attribute of <rect>: its value could load a resource or run script/);
    assert.match(r.messages, /removed the stroke attribute of <rect>: its value could load a resource or run script/);
  });

  it('drops xml:base and attributes outside the profile or in foreign namespaces', () => {
    const r = run(`<svg ${SVG} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xml:base="http://x/" inkscape:version="1.0">
      <g inkscape:label="Layer" data-x="1" xml:space="preserve"><path d="M0 0" filter="url(#f)" pathLength="9"/></g>
      <inkscape:grid/>
    </svg>`);
    assert.equal(r.markup.replace(/\s+/g, ' '),
      '<svg xmlns="http://www.w3.org/2000/svg"> <g xml:space="preserve"><path d="M0 0" pathLength="9"/></g> </svg>');
    assert.match(r.messages, /removed the xml:base attribute \(it would change how the page resolves links\)/);
    assert.match(r.messages, /removed the inkscape:version attribute of <svg>/);
    assert.match(r.messages, /removed the data-x attribute of <g>/);
    assert.match(r.messages, /removed the filter attribute of <path>/);
    assert.match(r.messages, /removed <inkscape:grid> and its content/);
  });

  it('resolves prefixes through xmlns declarations: svg: and other prefixes for SVG and XLink are unprefixed / xlink:', () => {
    const r = run(`<s:svg xmlns:s="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink">
      <s:defs><s:path id="p" d="M0 0"/></s:defs><s:use l:href="#p" x="1"/><svg:rect width="1" height="1"/>
      <g xmlns="urn:not-svg"><path d="M9 9"/></g><xlink:path xmlns:xlink="http://www.w3.org/1999/xlink"/>
    </s:svg>`);
    assert.equal(r.markup.replace(/\s+/g, ' '), '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"> '
      + '<defs><path id="p" d="M0 0"/></defs><use xlink:href="#p" x="1"/><rect width="1" height="1"/> </svg>');
    assert.match(r.messages, /removed <g> and its content/);
    assert.match(r.messages, /removed <xlink:path> and its content/);
  });

  it('escapes text and attribute values: markup, comments and entities in them stay text', () => {
    const r = run(`<svg ${SVG}>
      <title>a &lt; b &amp;&amp; "c" &gt; d</title>
      <text x="0" y="0" id='x" onload="alert(1)'>&lt;script&gt;alert(2)&lt;/script&gt; &lt;!-- c --&gt; &amp;lt; <![CDATA[</text><script>alert(3)</script>]]></text>
      <!-- <script>alert(4)</script> -->
      <desc><![CDATA[<img src=x onerror=alert(5)>]]></desc>
    </svg>`);
    assert.doesNotMatch(r.markup, /<script|<!--|<img|<\/text><script|" onload="/);
    assert.doesNotMatch(r.markup, /alert\(4\)/, 'comments are dropped');
    assert.match(r.markup, /<title>a &lt; b &amp;&amp; "c" &gt; d<\/title>/);
    assert.match(r.markup, /id="x&quot; onload=&quot;alert\(1\)"/);
    const back = reparse(r.markup);
    const text = back.children.find((c): c is RfcElement => isElement(c) && (c.name as string) === 'text')!;
    assert.deepEqual(Object.keys(text.attributes), ['x', 'y', 'id']);
    assert.equal(text.attributes.id, 'x" onload="alert(1)');
    assert.equal(drawingText(back), drawingText(r.svg));
    assert.match(drawingText(back), /<\/text><script>alert\(3\)<\/script>/);
  });

  it('keeps <title> and <desc> text-only (they are HTML integration points), and drops stray text in <g>', () => {
    const r = run(`<svg ${SVG}><desc>d<g><path d="M0 0"/></g></desc><title>t<tspan>u</tspan></title><g>loose text<line x2="1"/></g></svg>`);
    assert.equal(r.markup, '<svg xmlns="http://www.w3.org/2000/svg"><desc>d</desc><title>t</title><g><line x2="1"/></g></svg>');
    assert.match(r.messages, /removed <g> inside <desc>/);
    assert.match(r.messages, /removed <tspan> inside <title>/);
    assert.match(r.messages, /removed text directly inside <g>/);
  });

  it('reads raw markup left in the tree and sanitises it like the rest', () => {
    const svg = svgEl('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
      { type: 'raw', value: '<path d="M0 0"/><script>alert(1)</script>' },
      { type: 'raw', value: '<path d="M1 1"' },
    ]);
    const r = sanitise(svg);
    assert.equal(r.markup, '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>');
    assert.deepEqual(r.reports.map((x) => x.message), [
      'removed <script> and its content (not part of SVG Tiny 1.2 RFC)',
      'removed markup inside <svg> that is not well-formed XML',
    ]);
  });

  it('gives the report the removed element, or its nearest ancestor with a source position', async () => {
    const doc = ['<rfc version="3"><front><title>T</title></front><middle><section><name>S</name>',
      '<artwork type="svg"><svg xmlns="http://www.w3.org/2000/svg">',
      '  <g>',
      '    <script>alert(1)</script>',
      '  </g>',
      '</svg></artwork></section></middle></rfc>'].join('\n');
    const r = await xmlToRfc(doc, { file: 'd.xml', offline: true });
    let svg: RfcElement | undefined;
    visitElements(r.document.root, (e) => { if (e.name === 'svg') svg ??= e; });
    assert.ok(svg);
    const viaTree = sanitise(svg);
    assert.equal(viaTree.reports.length, 1);
    assert.equal(viaTree.reports[0].element.name as string, 'script');
    assert.equal(viaTree.reports[0].element.position?.start.line, 4);
    // Built by hand, without positions: the root stands in.
    const bare = svgEl('svg', {}, [svgEl('g', {}, [svgEl('script')])]);
    const byHand = sanitise(bare);
    assert.equal(byHand.reports[0].element, bare);
  });

  it('returns an empty drawing when the root is not an SVG <svg>', () => {
    const r = run('<g xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></g>');
    assert.equal(r.markup, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.match(r.messages, /removed <g>: a drawing's root must be <svg>/);
    const other = run('<svg xmlns="http://www.w3.org/1999/xhtml"><path d="M0 0"/></svg>');
    assert.equal(other.markup, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.match(other.messages, /removed <svg> and its content/);
  });
});

describe('html svgMarkup: trees that are not well-behaved', () => {
  it('serialises a <g> nested 20,000 deep without overflowing the stack', () => {
    const depth = 20000;
    const svg = svgEl('svg', { xmlns: 'http://www.w3.org/2000/svg' });
    let at = svg;
    for (let i = 0; i < depth; i++) {
      const g = svgEl('g');
      at.children.push(g);
      at = g;
    }
    at.children.push(svgEl('path', { d: 'M0 0' }), svgEl('script'));
    const r = sanitise(svg);
    assert.equal(r.markup.split('<g>').length - 1, depth);
    assert.equal(r.markup.split('</g>').length - 1, depth);
    assert.ok(r.markup.includes('<path d="M0 0"/>'));
    assert.ok(!r.markup.includes('script'));
    assert.deepEqual(r.reports.map((x) => x.message), ['removed <script> and its content (not part of SVG Tiny 1.2 RFC)']);
  });

  it('stops at an element that contains itself, and survives odd nodes and a throwing callback', () => {
    const g = svgEl('g');
    g.children.push(svgEl('path', { d: 'M0 0' }), g);
    const odd = {
      type: 'element', name: 'svg', attributes: { width: 5 as unknown as string, 'a:b:c': 'x', '': 'y' },
      children: [null, { type: 'comment', value: 'c' }, { type: 'instruction', target: 'pi', value: '' }, { type: 'mystery' }, g],
    } as unknown as RfcElement;
    const messages: string[] = [];
    const markup = svgMarkup(odd, (m) => messages.push(m));
    assert.equal(markup, '<svg xmlns="http://www.w3.org/2000/svg" width="5"><g><path d="M0 0"/></g></svg>');
    assert.match(messages.join('\n'), /removed an element that contains itself/);
    assert.doesNotThrow(() => svgMarkup(odd, () => { throw new Error('callback failed'); }));
  });
});
